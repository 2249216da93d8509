import { ApolloServer } from '@apollo/server';
import { Loaders } from '../../../src/data/loaders.ts';
import type { RecordShape } from 'neo4j-driver';
import { CypherExecutor, type CypherParams } from '../../../src/db/cypher.ts';
import type { GraphQLContext } from '../../../src/graphql/context.ts';
import { resolvers } from '../../../src/graphql/resolvers/index.ts';
import { loadTypeDefs } from '../../../src/graphql/typeDefs.ts';
import { createLogger } from '../../../src/logger.ts';
import { loadConfig } from '../../../src/config.ts';

export interface Statement {
  query: string;
  params: CypherParams;
}

/**
 * An executor that keeps the statements it is asked to run and answers each with no rows: the
 * statements a root field compiles to are what these tests look at, and with no rows nothing
 * below the root runs. No database is involved.
 */
class RecordingCypher extends CypherExecutor {
  readonly statements: Statement[] = [];

  constructor(maxRows?: number) {
    super(
      {
        lease: () => {
          throw new Error('the recording executor opens no session');
        },
        reportUnavailable: () => undefined,
      },
      { database: 'neo4j', timeoutMs: 1_000, ...(maxRows === undefined ? {} : { maxRows }) },
    );
  }

  override read<Row extends RecordShape>(
    _operation: string,
    query: string,
    params: CypherParams = {},
  ): Promise<Row[]> {
    this.statements.push({ query: query.replace(/\s+/g, ' ').trim(), params });
    return Promise.resolve([]);
  }
}

/** The Cypher statements (and parameters) an operation's root fields compile to, planned; the operation must be valid. */
export async function compiledCypher(
  query: string,
  variables: Record<string, unknown> = {},
  { maxRows }: { maxRows?: number } = {},
): Promise<Statement[]> {
  const cypher = new RecordingCypher(maxRows);
  const contextValue: GraphQLContext = {
    cypher,
    loaders: new Loaders(cypher),
    log: createLogger({ logLevel: 'silent', env: 'test' }),
    databaseName: 'neo4j',
    planOperations: true,
    similarityThreshold: loadConfig({}).graphql.similarityThreshold,
  };
  const apollo = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
  await apollo.start();
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  await apollo.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const invalid = response.body.singleResult.errors?.find(
    (e) => e.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED',
  );
  if (invalid) throw new Error(invalid.message);
  // Errors that only say the (absent) rows were empty, such as an unknown tier, are expected here.
  return cypher.statements;
}
