import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { Neo4jConnection } from '../../src/db/connection.ts';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { isAlive, readInstanceState } from '../../src/db/managed/instanceState.ts';
import {
  obtainManagedNeo4j,
  stopManagedNeo4j,
  type ManagedNeo4jOptions,
} from '../../src/db/managed/managedNeo4j.ts';
import { resolveNeo4jTarget } from '../../src/db/neo4jTarget.ts';
import { createLogger } from '../../src/logger.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { startServer, type RunningServer } from '../../src/server/createServer.ts';
import { bundledArticles } from '../../src/ingest/loadArticle.ts';
import { seedGraph } from '../../src/ingest/seedArticles.ts';
import { freePort, removeManagedHome, scratchManagedOptions, waitUntil } from '../support/managedHomes.ts';

const tiersQuery = '{ tiers { slug roles { role { slug } source { slug } } } }';
const allTiers = ['executive-management', 'senior-leadership', 'senior-management'];

/** True when the server answers the dashboard query in full: every tier, no error. */
async function answersInFull(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: tiersQuery }),
    });
    const body = (await response.json()) as { data?: { tiers?: { slug: string }[] }; errors?: unknown[] };
    return (
      response.status === 200 &&
      !body.errors &&
      JSON.stringify(body.data?.tiers?.map((t) => t.slug)) === JSON.stringify(allTiers)
    );
  } catch {
    return false;
  }
}

/** Keeps `workers` clients asking until stopped; counts answers that were not in full. */
function loadOn(url: string, workers = 8) {
  let running = true;
  const outcomes: { at: number; full: boolean }[] = [];
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) {
        const at = Date.now();
        outcomes.push({ at, full: await answersInFull(url) });
      }
    }),
  );
  return {
    outcomes,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** `npm run db:start` for a home, as a user would run it; resolves with the Bolt URI it printed. */
async function dbStart(options: ManagedNeo4jOptions): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/db/cli.ts'), 'start'], {
    cwd: projectRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      NEO4J_MANAGED_HOME: options.home,
      NEO4J_MANAGED_HEAP: options.heap,
      NEO4J_MANAGED_PAGECACHE: options.pageCache,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  expect(code, output).toBe(0);
  const uri = /(bolt:\/\/\S+)/.exec(output)?.[1];
  if (!uri) throw new Error(`db:start printed no URI: ${output}`);
  return uri;
}

function managedConfig(options: ManagedNeo4jOptions): Config {
  return loadConfig({
    NEO4J_MANAGED_HOME: options.home,
    NEO4J_MANAGED_HEAP: options.heap,
    NEO4J_MANAGED_PAGECACHE: options.pageCache,
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
  });
}

/** Our server over the managed Neo4j of a home, wired as `npm start` wires it. */
async function serverOver(
  options: ManagedNeo4jOptions,
): Promise<{ server: RunningServer; connection: Neo4jConnection }> {
  const config = managedConfig(options);
  const log = createLogger(config);
  const connection = new Neo4jConnection(await resolveNeo4jTarget(config, log), log);
  const server = await startServer({ config, driver: connection, log });
  return { server, connection };
}

async function timedReady(readyUrl: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(readyUrl);
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

describe('a managed Neo4j killed and restarted with npm run db:start', () => {
  let options: ManagedNeo4jOptions;
  let stack: { server: RunningServer; connection: Neo4jConnection };
  const blockers: NetServer[] = [];

  beforeAll(async () => {
    options = scratchManagedOptions('reconnect');
    // Started by this process, as `npm start` would; the server joins it through the home.
    const first = await obtainManagedNeo4j(options);
    const driver = createDriver({ uri: first.uri, auth: undefined });
    await seedGraph(new CypherExecutor(driver, { database: 'neo4j', timeoutMs: 60_000 }), bundledArticles());
    await driver.close();
    stack = await serverOver(options);
    await first.release();
  });
  afterAll(async () => {
    for (const blocker of blockers) blocker.close();
    await stack.server.stop();
    await stack.connection.close();
    await stopManagedNeo4j(options.home);
    removeManagedHome(options);
  });

  /** kill -9 under load; /ready while it is down; then db:start, and full answers again. */
  async function killAndRestart(
    beforeRestart: (oldPort: number) => Promise<void>,
  ): Promise<{ oldUri: string; newUri: string; recoveryMs: number }> {
    const readyUrl = stack.server.url.replace(/\/graphql$/, '/ready');
    expect(await answersInFull(stack.server.url)).toBe(true);
    const load = loadOn(stack.server.url);
    await new Promise((r) => setTimeout(r, 1_000));
    const state = readInstanceState(options.home);
    if (!state) throw new Error('no managed instance is running');
    process.kill(state.pid, 'SIGKILL');
    expect(await waitUntil(() => !isAlive(state.pid), 10_000, 50)).toBe(true);

    // Down: /ready says so every time (first checks and cached ones alike), from its own short
    // probe (750 ms) rather than the driver's waits for a connection (5 s to connect, 10 s for a
    // pool slot); the bound tells the two apart on a busy machine, it is not a speed figure.
    const probes = [];
    for (let i = 0; i < 6; i += 1) {
      probes.push(await timedReady(readyUrl));
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(probes.map((p) => p.status)).toEqual(probes.map(() => 503));
    expect(Math.max(...probes.map((p) => p.ms)), JSON.stringify(probes)).toBeLessThan(5_000);

    await beforeRestart(Number(new URL(state.uri.replace('bolt:', 'http:')).port));
    const newUri = await dbStart(options);
    const restartedAt = Date.now();
    // The server follows the restarted database without being restarted itself; the bound only
    // keeps a server that never follows from hanging the test.
    const recovered = await waitUntil(() => answersInFull(stack.server.url), 120_000, 100);
    const recoveryMs = Date.now() - restartedAt;
    // Once answers are full again they stay full: the load goes on until it has sent a dozen
    // requests after recovery, however long a busy machine takes to answer them.
    const afterRecovery = () => load.outcomes.filter((o) => o.at > restartedAt + recoveryMs + 500);
    const sentAfter = await waitUntil(() => afterRecovery().length >= 12, 120_000, 100);
    await load.stop();
    expect(recovered, `full answers again after the restart (waited ${recoveryMs} ms)`).toBe(true);
    expect(sentAfter, 'requests answered after recovery').toBe(true);
    expect(afterRecovery().filter((o) => !o.full)).toEqual([]);
    expect((await timedReady(readyUrl)).status).toBe(200);
    return { oldUri: state.uri, newUri, recoveryMs };
  }

  // Each restart waits for a JVM to start, tens of seconds on a busy machine.
  it(
    'comes back on its old port when it is free, and the server answers in full again without a restart',
    { timeout: 300_000 },
    async () => {
      const { oldUri, newUri } = await killAndRestart(() => Promise.resolve());
      expect(newUri).toBe(oldUri);
    },
  );

  it(
    'comes back on another port when the old one is taken, and the server follows it',
    { timeout: 300_000 },
    async () => {
      const { oldUri, newUri } = await killAndRestart(async (oldPort) => {
        const blocker = createNetServer().listen(oldPort, '127.0.0.1');
        blockers.push(blocker);
        await once(blocker, 'listening');
      });
      expect(newUri).not.toBe(oldUri);
      expect(stack.connection.uri).toBe(newUri);
    },
  );
});

describe('the server that started the managed Neo4j stops', () => {
  it(
    'leaves it running for a second server using it, which keeps answering; the last user stops it',
    { timeout: 400_000 },
    async () => {
      const options = scratchManagedOptions('handover');
      const port = await freePort();
      // Server A: `npm start` on an empty home, so it starts the JVM (and seeds it).
      const first = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
        cwd: projectRoot,
        env: {
          PATH: process.env['PATH'] ?? '',
          NEO4J_MANAGED_HOME: options.home,
          NEO4J_MANAGED_HEAP: options.heap,
          NEO4J_MANAGED_PAGECACHE: options.pageCache,
          PORT: String(port),
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      });
      let second: { server: RunningServer; connection: Neo4jConnection } | undefined;
      try {
        expect(
          await waitUntil(
            async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.ok === true,
            240_000,
            500,
          ),
        ).toBe(true);
        const state = readInstanceState(options.home);
        expect(state?.ownerPid).toBe(first.pid);

        // Server B joins the same home, then A stops while B is under load.
        second = await serverOver(options);
        expect(second.connection.uri).toBe(state?.uri);
        // Warm (a cold JVM plans the statement first), then under load while A stops.
        expect(await waitUntil(() => answersInFull(second?.server.url ?? ''), 60_000, 200)).toBe(true);
        const load = loadOn(second.server.url);
        await new Promise((r) => setTimeout(r, 2_000));
        const exit = once(first, 'exit');
        first.kill('SIGTERM');
        const [code] = (await exit) as [number | null];
        const exitedAt = Date.now();
        expect(code).toBe(0);
        await new Promise((r) => setTimeout(r, 5_000));
        await load.stop();

        expect(isAlive(state?.pid ?? 0), 'the JVM outlives the server that started it').toBe(true);
        expect(
          load.outcomes.filter((o) => o.at > exitedAt + 1_000).length,
          'answers after A exited',
        ).toBeGreaterThan(10);
        expect(
          load.outcomes.filter((o) => !o.full),
          'answers that were not in full',
        ).toEqual([]);

        // B was the last user: letting go stops the JVM.
        await second.server.stop();
        await second.connection.close();
        second = undefined;
        expect(isAlive(state?.pid ?? 0)).toBe(false);
      } finally {
        first.kill('SIGKILL');
        if (second) {
          await second.server.stop();
          await second.connection.close();
        }
        await stopManagedNeo4j(options.home);
        removeManagedHome(options);
      }
    },
  );
});
