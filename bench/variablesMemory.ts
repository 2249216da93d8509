// `npm run bench:memory`: the API's resident memory while it answers requests that each carry
// a distinct large variable the operation does not use (which once grew it from 122 to about
// 600 MB over 4,000 requests). Starts the API on NEO4J_URI, or on the managed Neo4j the load
// test uses (.neo4j/load), and prints its RSS as the requests go.
//
//   npm run bench:memory                              # 4,000 requests of 99 KB, 8 at a time
//   npm run bench:memory -- --requests 8000 --kb 50
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { obtainManagedNeo4j } from '../src/db/managed/managedNeo4j.ts';
import { projectRoot } from '../src/projectRoot.ts';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '4000' }, kb: { type: 'string', default: '99' } },
  strict: true,
});
const requests = Number(values.requests);
// 99 KB by default: the variable and the rest of the body fit MAX_BODY_BYTES (100,000).
const variableBytes = Number(values.kb) * 1_000;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function startApi(neo4jUri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PLAYGROUND: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
    if (ready?.ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not become ready within 120 s');
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_MANAGED_HOME: join(projectRoot, '.neo4j', 'load') });
  const neo4j = config.neo4j.uri ? null : await obtainManagedNeo4j(config.managed);
  const port = 4400 + Math.floor(Math.random() * 500);
  const api = await startApi(config.neo4j.uri ?? neo4j?.uri ?? '', port);
  const pid = api.pid ?? 0;
  const url = `http://127.0.0.1:${port}/graphql`;
  const padding = 'x'.repeat(variableBytes);
  try {
    const before = rssMb(pid);
    let peak = before;
    let sent = 0;
    const worker = async () => {
      while (sent < requests) {
        const i = sent;
        sent += 1;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }', variables: { unused: `${i}:${padding}` } }),
        });
        if (!response.ok) throw new Error(`request ${i}: HTTP ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        peak = Math.max(peak, rssMb(pid));
        if ((i + 1) % 1_000 === 0) console.log(`${i + 1} requests: RSS ${rssMb(pid).toFixed(0)} MB`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    // Let the collector catch up with the last requests' garbage before the final reading.
    await new Promise((r) => setTimeout(r, 3_000));
    console.log(
      `${requests} requests, each with a distinct ${values.kb} KB unused variable: API RSS ${before.toFixed(0)} MB before, ` +
        `peak ${peak.toFixed(0)} MB, ${rssMb(pid).toFixed(0)} MB after`,
    );
  } finally {
    api.kill('SIGTERM');
    await neo4j?.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
