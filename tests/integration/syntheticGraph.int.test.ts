import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';
import { exampleOperation } from '../support/apiServer.ts';
import { resetAndSeed } from '../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDatabase, testDriver } from '../support/testDatabase.ts';

/** `npm run seed:synthetic -- --scale <scale>` against the test database, named by NEO4J_URI. */
function seedSynthetic(scale: string): Promise<{ code: number | null; output: string }> {
  const db = testDatabase();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    NEO4J_DATABASE: db.database,
    ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/synthetic/cli.ts', '--scale', scale], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

describe('the synthetic graph of size S', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it('loads into the Neo4j NEO4J_URI names, and its whole-graph statistics are costed by what they read', async () => {
    // The load once succeeded and the command then exited 1, looking for a load record in the
    // benchmark's own home for that size, which a database named by NEO4J_URI does not have.
    const load = await seedSynthetic('S');
    expect(load.output).not.toMatch(/failed|ENOENT/);
    expect(load.output).toMatch(/11500 nodes, 35347 relationships/);
    expect(load.code).toBe(0);

    const server = await startTestServer(driver);
    try {
      const stats =
        'stats { mostConnected(first: 50) { degree } coverage { claims } overlap(tiers: ["senior-leadership", "senior-management"]) { rolesJaccard } }';
      const one = await postGraphQL<{ stats: { mostConnected: unknown[] } }>(server.url, `{ ${stats} }`);
      expect(one.status).toBe(200);
      expect(one.body.data?.stats.mostConnected).toHaveLength(50);
      // Fifteen of them once passed the limit and ran 6 s on this graph until Neo4j's timeout. The
      // whole-graph parts are now computed once per graph version and shared, so the fifteen copies
      // cost what they return and answer alike.
      const fifteen = await postGraphQL<Record<string, unknown>>(
        server.url,
        `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${stats}`).join(' ')} }`,
      );
      expect(fifteen.status).toBe(200);
      const copies = Object.values(fifteen.body.data ?? {});
      expect(copies).toHaveLength(15);
      for (const copy of copies) expect(copy).toEqual(copies[0]);
      // The dashboard's own statistics still run at this size.
      const dashboard = await postGraphQL(server.url, exampleOperation('7-dashboard-stats.graphql'));
      expect(dashboard.body.errors).toBeUndefined();
      expect(dashboard.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 600_000);
});
