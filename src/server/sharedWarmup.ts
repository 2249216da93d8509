import {
  getArgumentValues,
  getVariableValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type OperationDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import type { SharedAnswers } from '../data/versionedAnswers.ts';
import type { CypherExecutor } from '../db/cypher.ts';
import { sharedFields, type SharedField } from '../graphql/sharedFields.ts';

export interface Warmup {
  /** The server's own executor: a shared answer is no one request's work. */
  cypher: CypherExecutor;
  similarityThreshold: number;
}

/** A field of a document whose answer is shared, with its definition, as the walk found it. */
interface SharedFieldUse {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  shared: SharedField;
}

/** The shared fields of each document (Apollo keeps one parsed document per query text). */
const sharedUses = new WeakMap<OperationDefinitionNode, SharedFieldUse[]>();

/** The fields of `operation` whose answers are shared: found by one walk per document. */
function sharedFieldUses(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): SharedFieldUse[] {
  const known = sharedUses.get(operation);
  if (known) return known;
  const uses: SharedFieldUse[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const shared = parent && field ? sharedFields[`${parent.name}.${field.name}`] : undefined;
        if (shared && field) uses.push({ node, field, shared });
      },
    }),
  );
  sharedUses.set(operation, uses);
  return uses;
}

/**
 * Computes, before an operation is costed, the shared answers it asks (once per graph version and
 * arguments, at most as many as are kept), so that it is costed for what it hands back: an
 * answer shared by every request is not any one request's work. Which fields those are depends
 * on the document alone and is found once per document; only their arguments are read per
 * request. Failures are left to the resolvers, which compute again and report them.
 */
export async function warmSharedAnswers(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  answers: SharedAnswers,
  { cypher, similarityThreshold }: Warmup,
): Promise<void> {
  const uses = sharedFieldUses(schema, document, operation);
  if (uses.length === 0) return;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (variables.errors) return;
  const computing: Promise<unknown>[] = [];
  for (const { node, field, shared } of uses) {
    try {
      const args = getArgumentValues(field, node, variables.coerced);
      const answer = shared.get(answers, cypher, args, similarityThreshold);
      if (answer) computing.push(answer);
    } catch {
      // Arguments the resolver refuses, saying why.
    }
  }
  await Promise.allSettled(computing);
}
