// `npm run load`: drives the dashboard operations (docs/examples, as in the persisted-operation
// manifest) against a real server on a real Neo4j at increasing concurrency, and writes the
// figures to docs/load.md and docs/load.json.
//
//   npm run load                      # 1, 8, 32 connections for 10 s each, then 128 for 60 s
//   npm run load -- --seconds 3 --hold 10
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { obtainManagedNeo4j } from '../src/db/managed/managedNeo4j.ts';
import { projectRoot } from '../src/projectRoot.ts';
import { readManifest } from '../src/server/operationManifest.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, hold: { type: 'string', default: '60' }, 'max-growth-mb': { type: 'string', default: '150' } },
});
const stageSeconds = Number(values.seconds);
const holdSeconds = Number(values.hold);
const maxGrowthMb = Number(values['max-growth-mb']);

// The variables each dashboard operation is sent with; the others use their defaults.
const variables: Record<string, Record<string, unknown>> = {
  RoleDetail: { role: 'cfo' },
  Search: { text: 'budget', first: 5 },
  CompareTiers: { tiers: ['senior-management', 'executive-management'] },
};

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function startApi(neo4jUri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', NEO4J_URI: neo4jUri, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production', PLAYGROUND: 'off' },
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

interface StageResult {
  connections: number;
  seconds: number;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

async function runStage(url: string, pid: number, connections: number, seconds: number, bodies: string[]): Promise<StageResult> {
  let graphqlErrors = 0;
  const rssBeforeMb = rssMb(pid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    rssBeforeMb,
    rssAfterMb: rssMb(pid),
  };
}

async function main(): Promise<void> {
  const config = loadConfig({ NEO4J_MANAGED_HOME: join(projectRoot, '.neo4j', 'load'), NEO4J_MANAGED_HEAP: '1g', NEO4J_MANAGED_PAGECACHE: '256m' });
  const neo4j = await obtainManagedNeo4j(config.managed);
  const port = 4400 + Math.floor(Math.random() * 500);
  const api = await startApi(neo4j.uri, port);
  const pid = api.pid ?? 0;
  const manifest = readManifest(join(projectRoot, 'docs', 'examples', 'persisted-operations.json'));
  const bodies = manifest.operations.map((op) => JSON.stringify({ query: op.body, operationName: op.name, variables: variables[op.name] ?? {} }));
  const url = `http://127.0.0.1:${port}`;
  try {
    await runStage(url, pid, 4, 3, bodies); // warm-up: JIT, query plans, page cache
    const stages: StageResult[] = [];
    for (const connections of [1, 8, 32]) {
      stages.push(await runStage(url, pid, connections, stageSeconds, bodies));
      console.log(`${connections} connections done`);
    }
    const hold = await runStage(url, pid, 128, holdSeconds, bodies);
    stages.push(hold);
    const growthMb = hold.rssAfterMb - hold.rssBeforeMb;
    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((l) => Number(l.toFixed(2))) },
      operations: manifest.operations.map((op) => op.name),
      stages,
      hold: { connections: 128, seconds: holdSeconds, errors: hold.errors, rssGrowthMb: Number(growthMb.toFixed(1)), maxGrowthMb, withinBound: growthMb <= maxGrowthMb && hold.errors === 0 },
    };
    writeFileSync(join(projectRoot, 'docs', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(projectRoot, 'docs', 'load.md'), markdown(report));
    console.log(markdown(report));
    if (!report.hold.withinBound) process.exitCode = 1;
  } finally {
    api.kill('SIGTERM');
    await neo4j.release();
  }
}

function markdown(report: {
  measuredAt: string;
  machine: { cores: number; cpu: string; loadAverage: number[] };
  operations: string[];
  stages: StageResult[];
  hold: { connections: number; seconds: number; errors: number; rssGrowthMb: number; maxGrowthMb: number; withinBound: boolean };
}): string {
  const rows = report.stages
    .map((s) => `| ${s.connections} | ${s.seconds} | ${s.requests} | ${s.throughput.toFixed(0)} | ${s.p50} | ${s.p99} | ${s.errors} | ${s.rssBeforeMb.toFixed(0)} → ${s.rssAfterMb.toFixed(0)} |`)
    .join('\n');
  return `# Load test

The dashboard operations of \`docs/examples\` (${report.operations.join(', ')}), sent round-robin
by [autocannon](https://github.com/mcollina/autocannon) to the API in production mode
(\`NODE_ENV=production\`) on the managed Neo4j (1 GB heap, 256 MB page cache) over loopback, one
stage after another, after a 3 s warm-up. Errors count transport errors, timeouts, non-2xx answers
and GraphQL \`errors\` in a 200 answer. Memory is the API process's resident set size.

Measured ${report.measuredAt} on ${report.machine.cores} cores (${report.machine.cpu}), shared and
noisy; load average at the end ${report.machine.loadAverage.join(' / ')}.

| connections | seconds | requests | req/s | p50 ms | p99 ms | errors | API RSS MB |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows}

Holding ${report.hold.connections} connections for ${report.hold.seconds} s: ${report.hold.errors} errors, resident memory
${report.hold.rssGrowthMb >= 0 ? 'grew' : 'shrank'} by ${Math.abs(report.hold.rssGrowthMb)} MB (bound: ${report.hold.maxGrowthMb} MB) — ${report.hold.withinBound ? 'within bounds' : 'OUT OF BOUNDS'}.

Reproduce with \`npm run load\` (\`-- --seconds 10 --hold 60\` are the defaults); it starts its own
managed Neo4j in \`.neo4j/load\`, seeds it, starts the API on a free port and writes this file and
\`docs/load.json\`.
`;
}

await main();
