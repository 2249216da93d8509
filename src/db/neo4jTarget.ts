import neo4j, { type AuthToken } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { locateManagedNeo4j, obtainManagedNeo4j } from './managed/managedNeo4j.ts';

/** Where the database is and how to let go of it; the same choice for server, seed and tests. */
export interface Neo4jTarget {
  uri: string;
  auth: AuthToken | undefined;
  database: string;
  origin: 'configured' | 'container' | 'managed';
  /** Lets go of the database: stops a managed JVM nobody else uses, a container; a no-op otherwise. */
  release(): Promise<void>;
  /**
   * Where the database runs now, for a target that can move (a managed Neo4j restarted on another
   * port), given where it was; undefined when it does not run.
   */
  locate?(knownUri: string): Promise<string | undefined>;
}

/**
 * NEO4J_URI when set; otherwise the managed local Neo4j, shared with any other command that
 * already started it. (Test runs may also pick a container: see tests/support.)
 */
export async function resolveNeo4jTarget(config: Config, log: Logger): Promise<Neo4jTarget> {
  if (config.neo4j.uri) {
    return {
      uri: config.neo4j.uri,
      auth:
        config.neo4j.password === undefined
          ? undefined
          : neo4j.auth.basic(config.neo4j.username, config.neo4j.password),
      database: config.neo4j.database,
      origin: 'configured',
      release: () => Promise.resolve(),
    };
  }
  log.info({ home: config.managed.home }, 'NEO4J_URI is not set: using the managed local Neo4j');
  const startedAt = Date.now();
  const managed = await obtainManagedNeo4j(config.managed);
  log.info(
    { uri: managed.uri, pid: managed.pid, owned: managed.owned, ms: Date.now() - startedAt },
    managed.owned ? 'managed Neo4j started' : 'reusing the managed Neo4j already running',
  );
  return {
    uri: managed.uri,
    auth: undefined,
    database: config.neo4j.database,
    origin: 'managed',
    release: () => managed.release(),
    locate: (knownUri) => locateManagedNeo4j(config.managed.home, knownUri),
  };
}
