import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphVersion } from '../../../src/data/graphVersion.ts';
import { startApiProcess, type ApiProcess } from '../../support/apiProcess.ts';
import { graphChangedSubscription, listenForChanges } from '../../support/graphChanges.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { emptyGraph, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const bundled = ['senior-leadership-vs-senior-management', 'senior-management-vs-executive-management'];

describe('graphChanged over GraphQL over SSE, across API processes', () => {
  let driver: Driver;
  const servers: ApiProcess[] = [];
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await resetAndSeed(driver);
    await driver.close();
  });

  // A ceiling, not a measure: two server processes start, and the seed CLI runs twice.
  it(
    'tells a subscriber of one process what another process and the seed CLI wrote',
    { timeout: 300_000 },
    async () => {
      await emptyGraph(testCypher(driver));
      // The watcher does not seed; the second server, started on the empty graph, does.
      const watcher = await startApiProcess({ SEED_ON_START: 'false', GRAPH_CHANGE_POLL_MS: '200' });
      servers.push(watcher);
      const seen = listenForChanges(watcher.url);
      await seen.connected;
      const seeder = await startApiProcess({ SEED_ON_START: 'true', GRAPH_CHANGE_POLL_MS: '200' });
      servers.push(seeder);
      const seeded = await seen.next();
      expect(seeded.sources).toEqual(bundled.map((slug) => ({ slug, change: 'ADDED' })));
      expect(seeded.version).toBe(await readGraphVersion(testCypher(driver)));

      const seenBySeeder = listenForChanges(seeder.url);
      await seenBySeeder.connected;
      const removal = runSeedCli(['--remove', bundled[1]!, '--force']);
      expect(removal.status, removal.stderr).toBe(0);
      const version = await readGraphVersion(testCypher(driver));
      for (const listener of [seen, seenBySeeder])
        expect(await listener.next()).toEqual({
          version,
          sources: [{ slug: bundled[1], change: 'REMOVED' }],
        });
      const reload = runSeedCli([
        '--article',
        'seed/articles/senior-leadership-vs-senior-management.txt',
        '--annotations',
        'seed/annotations/senior-leadership-vs-senior-management.yaml',
      ]);
      expect(reload.status, reload.stderr).toBe(0);
      expect(await seen.next()).toMatchObject({ sources: [{ slug: bundled[0], change: 'REPLACED' }] });
      seen.dispose();
      seenBySeeder.dispose();
    },
  );

  it('is behind the same CSRF, body and operation rules as /graphql', async () => {
    const [server] = servers;
    if (!server) throw new Error('the first test starts the servers');
    const stream = `${server.url}/stream`;
    const query = encodeURIComponent(graphChangedSubscription);
    // A request a browser may send cross-site without a preflight.
    const simpleGet = await fetch(`${stream}?query=${query}`, { headers: { accept: 'text/event-stream' } });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('blocked as a potential Cross-Site Request Forgery (CSRF)');
    const formPost = await fetch(stream, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'text/plain' },
      body: JSON.stringify({ query: graphChangedSubscription }),
    });
    expect(formPost.status).toBe(400);
    const tooLarge = await fetch(stream, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: `${graphChangedSubscription}#${'x'.repeat(200_000)}` }),
    });
    expect(tooLarge.status).toBe(413);
    const aQuery = await fetch(stream, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(await aQuery.text()).toContain(
      'Only subscriptions are served at /graphql/stream; send queries to /graphql.',
    );
  });
});
