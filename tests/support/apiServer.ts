import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import type { RunningServer } from '../../src/server/createServer.ts';
import { resetAndSeed } from './seededGraph.ts';
import { postGraphQL, startTestServer, testDriver } from './testDatabase.ts';

export interface SeededApi {
  driver: Driver;
  server: RunningServer;
  query<T>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    data: T | undefined;
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  }>;
  close(): Promise<void>;
}

/**
 * The real server over HTTP, on a freshly seeded test database (`overrides`: its environment;
 * `extra`: articles loaded besides the bundled ones).
 */
export async function startSeededApi(
  overrides: NodeJS.ProcessEnv = {},
  extra: ArticleFiles[] = [],
): Promise<SeededApi> {
  const driver = testDriver();
  await resetAndSeed(driver, extra);
  const server = await startTestServer(driver, overrides);
  return {
    driver,
    server,
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const { status, body } = await postGraphQL<T>(server.url, query, variables);
      return { status, data: body.data, errors: body.errors };
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

/** An operation from docs/examples, by file name (and operation name when a file has several). */
export function exampleOperation(file: string): string {
  return readFileSync(join(projectRoot, 'docs', 'examples', file), 'utf8');
}
