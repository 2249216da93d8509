import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/db/managed/managedNeo4j.ts';
import type { RunningServer } from '../../src/server/createServer.ts';
import { createLogger } from '../../src/logger.ts';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server/createServer.ts';
import { postGraphQL } from '../support/testDatabase.ts';
import { freePort, removeManagedHome, scratchManagedOptions, waitUntil } from '../support/managedHomes.ts';

describe('/ready follows the database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('says not ready while Neo4j is absent, then ready once it answers, without a restart', async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const config = loadConfig({ LOG_LEVEL: 'silent', NEO4J_URI: uri, PORT: '0' });
    const driver = createDriver({ uri, auth: undefined });
    const server: RunningServer = await startServer({ config, driver, log: createLogger(config) });
    cleanups.push(async () => {
      await server.stop();
      await driver.close();
    });
    const readyUrl = server.url.replace(/\/graphql$/, '/ready');

    const down = await fetch(readyUrl);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', reason: 'Neo4j did not answer' });

    const { body } = await postGraphQL(server.url, '{ health { status } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toBe('The database is unavailable right now; retry shortly.');
    expect(JSON.stringify(body)).not.toMatch(/stack|Neo4jError|ECONNREFUSED|RETURN 1/);

    const options = scratchManagedOptions('ready', port);
    const neo4j: ManagedNeo4j = await startManagedNeo4j(options, { detached: false });
    cleanups.push(async () => {
      await neo4j.release();
      removeManagedHome(options);
    });

    expect(await waitUntil(async () => (await fetch(readyUrl)).status === 200, 30_000, 500)).toBe(true);
    const after = await postGraphQL<{ health: { status: string } }>(server.url, '{ health { status } }');
    expect(after.body.data?.health.status).toBe('OK');
  });
});
