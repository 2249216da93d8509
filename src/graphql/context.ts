import type { OneVersion } from '../data/graphVersion.ts';
import type { Loaders } from '../data/loaders.ts';
import type { CypherExecutor } from '../db/cypher.ts';
import type { Logger } from '../logger.ts';
import type { SharedAnswers } from '../data/versionedAnswers.ts';

/** What every resolver receives: a per-request Cypher executor, its batching loaders and a logger. */
export interface GraphQLContext {
  cypher: CypherExecutor;
  loaders: Loaders;
  log: Logger;
  databaseName: string;
  /** Whether root fields fetch their whole selection in one statement (src/planner). */
  planOperations: boolean;
  /** Similarity from which two claims count as the same, unless a request says otherwise. */
  similarityThreshold: number;
  /** Answers computed once per graph version, shared by the server's requests; unset outside a server. */
  answers?: SharedAnswers;
  /**
   * What a GET asks (its operation and variables): a cacheable answer gets an ETag made from it
   * and the version its reads saw (server/conditionalGet.ts); unset otherwise.
   */
  responseOperation?: string;
  /** Tells whether the request's reads all saw one version of the graph; unset: not checked. */
  oneVersion?: OneVersion;
}
