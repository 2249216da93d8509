import type { CypherExecutor } from '../db/cypher.ts';
import type { Logger } from '../logger.ts';

/** What every resolver receives: a per-request Cypher executor and a request-scoped logger. */
export interface GraphQLContext {
  cypher: CypherExecutor;
  log: Logger;
  databaseName: string;
}
