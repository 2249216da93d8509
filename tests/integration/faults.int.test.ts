import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { startManagedNeo4j, type ManagedNeo4j, type ManagedNeo4jOptions } from '../../src/db/managed/managedNeo4j.ts';
import { createLogger } from '../../src/logger.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { startServer, type RunningServer } from '../../src/server/createServer.ts';
import { bundledArticles } from '../../seed/loadArticle.ts';
import { seedGraph } from '../../seed/seedGraph.ts';
import { freePort, removeManagedHome, scratchManagedOptions, waitUntil } from '../support/managedHomes.ts';
import { resetAndSeed } from '../support/seededGraph.ts';
import { testDatabase, testDriver } from '../support/testDatabase.ts';

const dashboardQuery = '{ tiers { slug roles { role { slug } source { slug } evidence { text } } } }';

interface Outcome {
  at: number;
  status: number;
  code: string | null;
}

async function ask(url: string, query: string): Promise<Outcome> {
  const at = Date.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { at, status: response.status, code: body.errors?.[0]?.extensions?.code ?? null };
  } catch {
    return { at, status: 0, code: 'NO_RESPONSE' };
  }
}

/** A Neo4j of its own (a scratch managed home), seeded with the articles, and our server over it. */
interface ScratchStack {
  options: ManagedNeo4jOptions;
  neo4j: ManagedNeo4j;
  driver: Driver;
  server: RunningServer;
}

async function startScratchStack(name: string, env: Record<string, string> = {}): Promise<ScratchStack> {
  const options = scratchManagedOptions(name, await freePort());
  const neo4j = await startManagedNeo4j(options, { detached: false });
  const driver = createDriver({ uri: neo4j.uri, auth: undefined });
  await seedGraph(new CypherExecutor(driver, { database: 'neo4j', timeoutMs: 60_000 }), bundledArticles());
  const config = loadConfig({ NEO4J_URI: neo4j.uri, PORT: '0', LOG_LEVEL: 'silent', ...env });
  const server = await startServer({ config, driver, log: createLogger(config) });
  return { options, neo4j, driver, server };
}

async function stopScratchStack(stack: ScratchStack): Promise<void> {
  await stack.server.stop();
  await stack.driver.close();
  await stack.neo4j.release();
  removeManagedHome(stack.options);
}

describe('Neo4j restarted under load', () => {
  let stack: ScratchStack;
  beforeAll(async () => {
    stack = await startScratchStack('restart');
  });
  afterAll(() => stopScratchStack(stack));

  it('fails only while it is down, with SERVICE_UNAVAILABLE, then recovers by itself without leaking transactions', async () => {
    for (let i = 0; i < 5; i += 1) expect((await ask(stack.server.url, dashboardQuery)).code).toBeNull();
    const outcomes: Outcome[] = [];
    let running = true;
    const workers = Array.from({ length: 8 }, async () => {
      while (running) outcomes.push(await ask(stack.server.url, dashboardQuery));
    });

    await new Promise((r) => setTimeout(r, 3_000));
    const downAt = Date.now();
    await stack.neo4j.release();
    await new Promise((r) => setTimeout(r, 2_000));
    stack.neo4j = await startManagedNeo4j(stack.options, { detached: false });
    const upAt = Date.now();
    expect(await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 20_000, 200), 'recovers').toBe(true);
    const recoveredAt = Date.now();
    // Same data folder, same port: the graph is back as it was.
    const { data } = (await (await fetch(stack.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: dashboardQuery }) })).json()) as {
      data: { tiers: { slug: string }[] };
    };
    expect(data.tiers.map((t) => t.slug)).toEqual(['executive-management', 'senior-leadership', 'senior-management']);
    await new Promise((r) => setTimeout(r, 3_000));
    running = false;
    await Promise.all(workers);

    // Requests already in flight when the database stops may fail; those sent a second earlier may not.
    const before = outcomes.filter((o) => o.at < downAt - 1_000);
    // Likewise, requests sent in the second after the first success may have met a half-open pool.
    const after = outcomes.filter((o) => o.at > recoveredAt + 1_000);
    const failures = outcomes.filter((o) => o.code !== null);
    expect(before.length).toBeGreaterThan(10);
    expect(before.filter((o) => o.status !== 200 || o.code !== null), 'failures before the stop').toEqual([]);
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((o) => o.status !== 200 || o.code !== null), 'failures after recovery').toEqual([]);
    expect(failures.length).toBeGreaterThan(0);
    // Unavailable while it is down; transactions it cut short while stopping report a timeout.
    expect(failures.filter((o) => !(o.status === 200 && (o.code === 'SERVICE_UNAVAILABLE' || o.code === 'QUERY_TIMEOUT')))).toEqual([]);
    expect(failures.some((o) => o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(failures.filter((o) => o.at < downAt - 1_000), 'failures before the stop began').toEqual([]);
    // Recovery is measured from the moment Neo4j answers again.
    expect(recoveredAt - upAt).toBeLessThan(10_000);

    // No transaction of ours is left open once the load stops.
    const open = await new CypherExecutor(stack.driver, { database: 'neo4j', timeoutMs: 5_000 }).read<{ n: number }>(
      'test.openTransactions',
      "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app = 'org-knowledge-graph' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    );
    expect(open[0]?.n).toBe(0);
  });
});

describe('Neo4j that stops answering', () => {
  let stack: ScratchStack;
  beforeAll(async () => {
    stack = await startScratchStack('frozen', { REQUEST_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    process.kill(stack.neo4j.pid, 'SIGCONT');
    await stopScratchStack(stack);
  });

  it('gets 503 REQUEST_TIMEOUT after REQUEST_TIMEOUT_MS, and answers again once the database does', async () => {
    // Warm first: on a fresh database the first run of a statement (planning, JIT) can itself take
    // longer than this server's short timeout.
    expect(await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 30_000, 200), 'answers when warm').toBe(true);
    // The JVM is paused, not stopped: connections stay open and queries simply get no answer.
    process.kill(stack.neo4j.pid, 'SIGSTOP');
    const started = Date.now();
    const frozen = await ask(stack.server.url, dashboardQuery);
    const waited = Date.now() - started;
    process.kill(stack.neo4j.pid, 'SIGCONT');
    expect(frozen).toMatchObject({ status: 503, code: 'REQUEST_TIMEOUT' });
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(waited).toBeLessThan(5_000);
    // The query answered late is dropped without breaking the server, which answers in full again.
    expect(await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 20_000, 200)).toBe(true);
    const { data } = (await (await fetch(stack.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: dashboardQuery }) })).json()) as {
      data: { tiers: { slug: string }[] };
    };
    expect(data.tiers.map((t) => t.slug)).toEqual(['executive-management', 'senior-leadership', 'senior-management']);
  });
});

describe('SIGTERM under load', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  it('finishes in-flight requests, refuses new ones and exits cleanly', async () => {
    const db = testDatabase();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
      cwd: projectRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: db.username,
        ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
        PORT: String(port),
        SEED_ON_START: 'false',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      expect(await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true, 60_000, 200)).toBe(true);
      const heavy = '{ statements(first: 100) { edges { node { text section { name } mentions { __typename } } } } neighborhood(id: "VGllcjpzZW5pb3ItbWFuYWdlbWVudA", depth: 3, limit: 200) { nodes { id } } }';
      // Time a burst first, then signal a third of the way into a second burst.
      const warmStart = Date.now();
      await Promise.all(Array.from({ length: 30 }, () => ask(url, heavy)));
      const burstMs = Date.now() - warmStart;
      const inFlight = Array.from({ length: 30 }, () => ask(url, heavy));
      await new Promise((r) => setTimeout(r, Math.max(burstMs / 3, 50)));
      const exit = once(child, 'exit');
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const results = await Promise.all(inFlight);
      expect(results.map((r) => `${r.status} ${r.code}`)).toEqual(results.map(() => '200 null'));
      await new Promise((r) => setTimeout(r, 300));
      expect((await ask(url, dashboardQuery)).code).toBe('NO_RESPONSE');
      const [code] = (await exit) as [number | null];
      expect(code).toBe(0);
      expect(Date.now() - signalledAt).toBeLessThan(20_000);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
