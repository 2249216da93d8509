import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jConnection } from '../../src/db/connection.ts';
import { requestPoolSize } from '../../src/db/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server/createServer.ts';
import { boltGate, type BoltGate } from '../support/boltGate.ts';
import { resetAndSeed } from '../support/seededGraph.ts';
import { postGraphQL, testConfig, testDatabase, testDriver } from '../support/testDatabase.ts';

/** Only the requests' statement carries this text: the gate holds each of them. */
const marker = 'held-by-the-gate';
const heldQuery = `{ tiers(filter: { text: "${marker}" }) { slug } }`;

/** `/ready` until it says ready: each answer is a check of its own once the last has expired. */
async function untilReady(origin: string): Promise<unknown> {
  for (;;) {
    const response = await fetch(`${origin}/ready`);
    const body: unknown = await response.json();
    if (response.status === 200) return body;
  }
}

/**
 * A saturated server: as many requests in flight as the driver's pool has connections, each one's
 * statement provably sent and unanswered (held by a relay in front of Neo4j). `/health` answers
 * from the process alone, and `/ready` probes Neo4j on connections of its own, so neither queues
 * behind the requests; on the requests' pool, `/ready` would wait for a connection until its
 * bound and say not ready while the database is fine.
 */
describe('/health and /ready while requests hold every connection of the pool', () => {
  let gate: BoltGate;
  let connection: Neo4jConnection;
  let server: RunningServer;
  beforeAll(async () => {
    const driver = testDriver();
    await resetAndSeed(driver);
    await driver.close();
    const db = testDatabase();
    gate = await boltGate(db.uri, marker, { every: true });
    // Wired as `npm start` wires it: the process's connection, here through the relay.
    connection = new Neo4jConnection({
      uri: gate.uri,
      auth: db.password === null ? undefined : neo4j.auth.basic(db.username, db.password),
      database: db.database,
      origin: 'configured',
      release: () => Promise.resolve(),
    });
    const config = testConfig({ NEO4J_QUERY_TIMEOUT_MS: '600000', REQUEST_TIMEOUT_MS: '600000' });
    server = await startServer({ config, driver: connection, log: createLogger(config) });
  });
  afterAll(async () => {
    gate.release();
    await server?.stop();
    await connection?.close();
    await gate?.close();
  });

  it('answers both while the requests wait, and the requests once they are let through', async () => {
    let settled = 0;
    const requests = Array.from({ length: requestPoolSize }, () =>
      postGraphQL(server.url, heldQuery).finally(() => {
        settled += 1;
      }),
    );
    await gate.untilHeld(requestPoolSize);
    const origin = new URL(server.url).origin;

    const health = await fetch(`${origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await untilReady(origin)).toEqual({ status: 'ready' });
    expect(settled).toBe(0);

    gate.release();
    for (const { status, body } of await Promise.all(requests)) {
      expect(status).toBe(200);
      expect(body).toEqual({ data: { tiers: [] } });
    }
  });
});
