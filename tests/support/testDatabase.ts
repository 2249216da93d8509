import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server/createServer.ts';

/** The shared test database, as the global setup provides it to every integration file. */
export interface TestDatabase {
  uri: string;
  username: string;
  password: string | null;
  database: string;
  origin: 'configured' | 'container' | 'managed';
}

export function testDatabase(): TestDatabase {
  return inject('neo4j');
}

/** App config pointing at the shared test database, as if NEO4J_URI named it. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  const db = testDatabase();
  return loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
    NEO4J_DATABASE: db.database,
    PORT: '0',
    // Tests check answers, not speed: a database just started, on a busy machine, can take seconds
    // to plan its first statements. Tests of timeouts set their own.
    NEO4J_QUERY_TIMEOUT_MS: '60000',
    ...overrides,
  });
}

export function testDriver(): Driver {
  const db = testDatabase();
  return createDriver({
    uri: db.uri,
    auth: db.password === null ? undefined : neo4j.auth.basic(db.username, db.password),
  });
}

/** Starts the real HTTP server on a free port against `driver`. */
export async function startTestServer(
  driver: Driver,
  overrides: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const config = testConfig(overrides);
  return startServer({ config, driver, log: createLogger(config) });
}

/** POSTs a GraphQL operation to a running server and returns the parsed JSON body. */
export async function postGraphQL<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}
