import {
  getArgumentValues,
  getVariableValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type OperationDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import type { SharedAnswers } from '../data/versionedAnswers.ts';
import type { CypherExecutor } from '../db/cypher.ts';
import { sharedFields } from '../graphql/sharedFields.ts';

export interface Warmup {
  /** The server's own executor: a shared answer is no one request's work. */
  cypher: CypherExecutor;
  similarityThreshold: number;
}

/**
 * Computes, before an operation is costed, the shared answers it asks (once per graph version and
 * arguments, at most as many as are kept), so that it is costed for what it hands back: an
 * answer shared by every request is not any one request's work. Failures are left to the
 * resolvers, which compute again and report them.
 */
export async function warmSharedAnswers(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  answers: SharedAnswers,
  { cypher, similarityThreshold }: Warmup,
): Promise<void> {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (variables.errors) return;
  const typeInfo = new TypeInfo(schema);
  const computing: Promise<unknown>[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const shared = parent && field ? sharedFields[`${parent.name}.${field.name}`] : undefined;
        if (!shared || !field) return;
        try {
          const args = getArgumentValues(field, node, variables.coerced);
          const answer = shared.get(answers, cypher, args, similarityThreshold);
          if (answer) computing.push(answer);
        } catch {
          // Arguments the resolver refuses, saying why.
        }
      },
    }),
  );
  await Promise.allSettled(computing);
}
