import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import {
  startManagedNeo4j,
  type ManagedNeo4j,
  type ManagedNeo4jOptions,
} from '../../src/db/managed/managedNeo4j.ts';
import { createLogger } from '../../src/logger.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { startServer, type RunningServer } from '../../src/server/createServer.ts';
import { bundledArticles } from '../../src/ingest/loadArticle.ts';
import { seedGraph } from '../../src/ingest/seedArticles.ts';
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
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
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
  // A database just started on a busy machine can take seconds to plan its first statements; the
  // tests of timeouts set their own.
  const config = loadConfig({
    NEO4J_URI: neo4j.uri,
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_QUERY_TIMEOUT_MS: '60000',
    ...env,
  });
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
    // The bound only keeps a hang from stalling the suite; how soon it recovers depends on the machine.
    expect(
      await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 120_000, 200),
      'recovers',
    ).toBe(true);
    const recoveredAt = Date.now();
    // Same data folder, same port: the graph is back as it was.
    const { data } = (await (
      await fetch(stack.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: dashboardQuery }),
      })
    ).json()) as {
      data: { tiers: { slug: string }[] };
    };
    expect(data.tiers.map((t) => t.slug)).toEqual([
      'executive-management',
      'senior-leadership',
      'senior-management',
    ]);
    await new Promise((r) => setTimeout(r, 3_000));
    running = false;
    await Promise.all(workers);

    // Requests already in flight when the database stops may fail; those sent a second earlier may not.
    const before = outcomes.filter((o) => o.at < downAt - 1_000);
    // Likewise, requests sent in the second after the first success may have met a half-open pool.
    const after = outcomes.filter((o) => o.at > recoveredAt + 1_000);
    const failures = outcomes.filter((o) => o.code !== null);
    expect(before.length).toBeGreaterThan(10);
    expect(
      before.filter((o) => o.status !== 200 || o.code !== null),
      'failures before the stop',
    ).toEqual([]);
    expect(after.length).toBeGreaterThan(10);
    expect(
      after.filter((o) => o.status !== 200 || o.code !== null),
      'failures after recovery',
    ).toEqual([]);
    expect(failures.length).toBeGreaterThan(0);
    // Unavailable while it is down; transactions it cut short while stopping report a timeout, and a
    // request that met a connection still opening when the server's own deadline came reports that.
    expect(
      failures.filter(
        (o) =>
          !(
            (o.status === 200 && (o.code === 'SERVICE_UNAVAILABLE' || o.code === 'QUERY_TIMEOUT')) ||
            (o.status === 503 && o.code === 'REQUEST_TIMEOUT')
          ),
      ),
    ).toEqual([]);
    expect(failures.some((o) => o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(
      failures.filter((o) => o.at < downAt - 1_000),
      'failures before the stop began',
    ).toEqual([]);

    // No transaction of ours is left open once the load stops.
    const open = await new CypherExecutor(stack.driver, { database: 'neo4j', timeoutMs: 5_000 }).read<{
      n: number;
    }>(
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

  it('gets 503 REQUEST_TIMEOUT after REQUEST_TIMEOUT_MS, /ready answers within a second, and both recover once the database answers', async () => {
    // Warm first: on a fresh database the first run of a statement (planning, JIT) can itself take
    // longer than this server's short timeout.
    expect(
      await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 30_000, 200),
      'answers when warm',
    ).toBe(true);
    // The JVM is paused, not stopped: connections stay open and queries simply get no answer.
    process.kill(stack.neo4j.pid, 'SIGSTOP');
    const started = Date.now();
    const [frozen, ready] = await Promise.all([
      ask(stack.server.url, dashboardQuery),
      // /ready answers within a second even though its check never gets an answer.
      (async () => {
        await new Promise((r) => setTimeout(r, 1_100)); // past the cached answer from warming
        const askedAt = Date.now();
        const response = await fetch(stack.server.url.replace(/\/graphql$/, '/ready'));
        return { status: response.status, ms: Date.now() - askedAt };
      })(),
    ]);
    const waited = Date.now() - started;
    process.kill(stack.neo4j.pid, 'SIGCONT');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000);
    expect(frozen).toMatchObject({ status: 503, code: 'REQUEST_TIMEOUT' });
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(waited).toBeLessThan(5_000);
    // The query answered late is dropped without breaking the server, which answers in full again.
    expect(
      await waitUntil(async () => (await ask(stack.server.url, dashboardQuery)).code === null, 20_000, 200),
    ).toBe(true);
    const { data } = (await (
      await fetch(stack.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: dashboardQuery }),
      })
    ).json()) as {
      data: { tiers: { slug: string }[] };
    };
    expect(data.tiers.map((t) => t.slug)).toEqual([
      'executive-management',
      'senior-leadership',
      'senior-management',
    ]);
  });
});

/** The API as `npm start` runs it, in a child process over the shared test database. */
function spawnApi(port: number, env: Record<string, string>): ChildProcess {
  const db = testDatabase();
  return spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForHealth(port: number): Promise<boolean> {
  return waitUntil(
    async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true,
    60_000,
    200,
  );
}

/**
 * Sends the dashboard query through `agent` (false: on a new connection); `sent` resolves once
 * the whole request has been handed to the operating system, `answer` with the outcome.
 */
function send(port: number, agent: Agent | false): { sent: Promise<void>; answer: Promise<Outcome> } {
  const at = Date.now();
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolvePromise) => (markSent = resolvePromise));
  const answer = new Promise<Outcome>((resolvePromise) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => {
          const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors;
          resolvePromise({
            at,
            status: response.statusCode ?? 0,
            code: errors?.[0]?.extensions?.code ?? null,
          });
        });
      },
    );
    request.on('finish', markSent);
    request.on('error', () => {
      markSent();
      resolvePromise({ at, status: 0, code: 'NO_RESPONSE' });
    });
    request.end(JSON.stringify({ query: dashboardQuery }));
  });
  return { sent, answer };
}

/**
 * Two skills `Skill:<name>-a` and `Skill:<name>-b` joined through five full layers of `width`
 * more: width^5 shortest paths of six hops, which `path(maxDepth: 6)` enumerates (about a
 * hundred thousand a second), so its time is chosen by the width. Returns their GraphQL ids.
 */
async function denseLayers(
  cypher: CypherExecutor,
  name: string,
  width: number,
): Promise<{ from: string; to: string }> {
  await cypher.write(
    'test.denseLayers',
    `CREATE (a:Skill:DenseTest {id: 'Skill:' + $name + '-a', slug: $name + '-a', name: 'A'})
     CREATE (b:Skill:DenseTest {id: 'Skill:' + $name + '-b', slug: $name + '-b', name: 'B'})
     WITH a, b
     UNWIND range(1, 5) AS layer UNWIND range(1, $width) AS i
     CREATE (:Skill:DenseTest {layer: layer, i: i, name: $name, id: 'Skill:' + $name + '-' + layer + '-' + i, slug: $name + '-' + layer + '-' + i})
     WITH DISTINCT a, b
     MATCH (first:DenseTest {layer: 1, name: $name}) CREATE (a)-[:DENSE_TEST]->(first)
     WITH DISTINCT a, b
     MATCH (last:DenseTest {layer: 5, name: $name}) CREATE (last)-[:DENSE_TEST]->(b)
     WITH DISTINCT a
     MATCH (x:DenseTest {name: $name}), (y:DenseTest {name: $name}) WHERE y.layer = x.layer + 1 CREATE (x)-[:DENSE_TEST]->(y)`,
    { name, width },
  );
  const id = (end: string) => Buffer.from(`Skill:${name}-${end}`).toString('base64url');
  return { from: id('a'), to: id('b') };
}

const removeDenseLayers = (cypher: CypherExecutor) =>
  cypher.write('test.removeDenseLayers', 'MATCH (n:DenseTest) DETACH DELETE n');

/** Transactions of ours running the `path` query in Neo4j now. */
async function runningPathQueries(cypher: CypherExecutor): Promise<number> {
  const rows = await cypher.read<{ n: number }>(
    'test.runningPathQueries',
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'org-knowledge-graph' AND metaData.operation = 'path' RETURN count(*) AS n",
  );
  return rows[0]?.n ?? 0;
}

describe('SIGTERM under load', () => {
  let driver: Driver;
  let cypher: CypherExecutor;
  let ids: { from: string; to: string };
  beforeAll(async () => {
    driver = testDriver();
    cypher = new CypherExecutor(driver, { database: testDatabase().database, timeoutMs: 60_000 });
    await resetAndSeed(driver);
    // 10^5 paths: about a second of work each, several when six run at once beside other load.
    ids = await denseLayers(cypher, 'sigterm-test', 10);
  });
  afterAll(async () => {
    await removeDenseLayers(cypher);
    await driver.close();
  });

  it('finishes every request in flight, with other clients still sending, then refuses new connections and exits cleanly', async () => {
    const port = await freePort();
    // Long enough that no request here is cut short by its own timeout.
    const child = spawnApi(port, {
      REQUEST_TIMEOUT_MS: '60000',
      NEO4J_QUERY_TIMEOUT_MS: '60000',
      MAX_COST: '10000000',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.resume();
    const url = `http://127.0.0.1:${port}/graphql`;
    const slow = `{ path(from: "${ids.from}", to: "${ids.to}", maxDepth: 6) { nodes { id } edges { from to } } }`;
    let loading = true;
    try {
      expect(await waitForHealth(port)).toBe(true);
      expect((await ask(url, slow)).code, 'the slow query answers when alone').toBeNull();
      // Background load on keep-alive connections, as other clients of a busy server: under it the
      // server reads requests late, so a connection that looks idle may hold one already sent.
      const background = Array.from({ length: 16 }, async () => {
        while (loading) await ask(url, dashboardQuery);
      });
      await new Promise((r) => setTimeout(r, 1_000));
      // Six slow requests, running in Neo4j when the signal comes: in flight, for certain.
      const slowOnes = Array.from({ length: 6 }, () => ask(url, slow));
      expect(
        await waitUntil(async () => (await runningPathQueries(cypher)) === 6, 30_000, 50),
        'six slow queries running',
      ).toBe(true);
      // And twelve sent just before the signal, the server may not have read yet: six on
      // keep-alive connections it holds idle, six on new connections it may not have accepted.
      const agent = new Agent({ keepAlive: true, maxSockets: 6 });
      await Promise.all(Array.from({ length: 6 }, () => send(port, agent).answer));
      const justSent = [
        ...Array.from({ length: 6 }, () => send(port, agent)),
        ...Array.from({ length: 6 }, () => send(port, false)),
      ];
      await Promise.all(justSent.map((s) => s.sent));
      const exit = once(child, 'exit');
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const results = await Promise.all([...slowOnes, ...justSent.map((s) => s.answer)]);
      agent.destroy();
      expect(results.map((r) => `${r.status} ${r.code}`)).toEqual(results.map(() => '200 null'));
      // The listener closes half a second into the drain.
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await send(port, false).answer).code).toBe('NO_RESPONSE');
      const [code] = (await exit) as [number | null];
      expect(code).toBe(0);
      expect(Date.now() - signalledAt).toBeLessThan(60_000);
      loading = false;
      await Promise.all(background);
      expect(stderr, 'nothing on stderr').toBe('');
    } finally {
      loading = false;
      child.kill('SIGKILL');
    }
  });
});

describe('A request that outlives REQUEST_TIMEOUT_MS', () => {
  let driver: Driver;
  let cypher: CypherExecutor;
  let ids: { from: string; to: string };
  beforeAll(async () => {
    driver = testDriver();
    cypher = new CypherExecutor(driver, { database: testDatabase().database, timeoutMs: 60_000 });
    await resetAndSeed(driver);
    // 20^5 = 3.2 million paths: tens of seconds of work.
    ids = await denseLayers(cypher, 'timeout-test', 20);
  });
  afterAll(async () => {
    await removeDenseLayers(cypher);
    await driver.close();
  });

  it('gets its 503, its transaction ends in Neo4j, and only one structured log line tells of it', async () => {
    const port = await freePort();
    const child = spawnApi(port, {
      REQUEST_TIMEOUT_MS: '1000',
      NEO4J_QUERY_TIMEOUT_MS: '60000',
      LOG_LEVEL: 'info',
      MAX_COST: '10000000',
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      expect(await waitForHealth(port)).toBe(true);
      const slow = `{ path(from: "${ids.from}", to: "${ids.to}", maxDepth: 6) { nodes { id } } }`;
      const started = Date.now();
      const answer = ask(`http://127.0.0.1:${port}/graphql`, slow);
      // The query is running in Neo4j before the request times out...
      expect(
        await waitUntil(async () => (await runningPathQueries(cypher)) > 0, 900, 50),
        'the path query runs',
      ).toBe(true);
      expect(await answer).toMatchObject({ status: 503, code: 'REQUEST_TIMEOUT' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      // ...and is gone shortly after its answer, though it had tens of seconds of work left.
      expect(
        await waitUntil(async () => (await runningPathQueries(cypher)) === 0, 5_000, 100),
        'the path query is cancelled',
      ).toBe(true);
      // Give a late finish time to write anything it would.
      await new Promise((r) => setTimeout(r, 1_500));
      const exit = once(child, 'exit');
      child.kill('SIGTERM');
      await exit;
    } finally {
      child.kill('SIGKILL');
    }
    expect(stderr).toBe('');
    const entries = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; timeoutMs?: number });
    expect(entries.filter((e) => e.msg.includes('timed out'))).toEqual([
      expect.objectContaining({ timeoutMs: 1_000 }),
    ]);
    expect(
      entries.filter((e) => e.level >= 50),
      'errors logged',
    ).toEqual([]);
  });
});
