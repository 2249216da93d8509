// `npm run load`: drives the dashboard operations (docs/examples, as in the persisted-operation
// manifest) against a real server on a real Neo4j at increasing concurrency, then a mixed load
// of those operations and searches for random words, and writes the figures to docs/load.md and
// docs/load.json.
//
//   npm run load                      # 1, 8, 32 connections for 10 s each, 128 for 60 s, then mixed at 128 for 60 s
//   npm run load -- --seconds 3 --hold 10 --mixed 10
//   npm run load -- --polling-only    # only the polling dashboard, the other figures kept from docs/load.json
//   npm run load -- --whole-graph-only  # only the whole-graph answers at 32 connections, the rest kept
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
import { pollingMarkdown, runPolling, type PollingResult } from './pollingDashboard.ts';
import { runWholeGraph, wholeGraphMarkdown, type WholeGraphResult } from './wholeGraphLoad.ts';
import { SeededRandom } from './synthetic/random.ts';
import { fillerWords, objects, skillWords, verbs } from './synthetic/vocabulary.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    hold: { type: 'string', default: '60' },
    mixed: { type: 'string', default: '60' },
    'max-growth-mb': { type: 'string', default: '150' },
    polling: { type: 'string', default: '30' },
    'polling-only': { type: 'boolean', default: false },
    'whole-graph': { type: 'string', default: '10' },
    'whole-graph-only': { type: 'boolean', default: false },
  },
});
const stageSeconds = Number(values.seconds);
const holdSeconds = Number(values.hold);
const mixedSeconds = Number(values.mixed);
const maxGrowthMb = Number(values['max-growth-mb']);
const mixedConnections = 128;
const pollingSeconds = Number(values.polling);
const wholeGraphSeconds = Number(values['whole-graph']);

// The variables each dashboard operation is sent with; the others use their defaults.
const variables: Record<string, Record<string, unknown>> = {
  RoleDetail: { role: 'cfo' },
  Search: { text: 'budget', first: 5 },
  CompareTiers: { tiers: ['senior-management', 'executive-management'] },
};

/** How long the server is left alone before its idle memory is read. */
const idleSeconds = 15;

async function idleRssMb(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1_000));
  return rssMb(pid);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

// Search text for the mixed load: one to three words, most of them words the graph's prose uses
// (so hits, snippets and highlighting are exercised), some random letters that match nothing.
const searchWords = [
  ...new Set(
    [...verbs, ...objects, ...skillWords, ...fillerWords].flatMap((phrase) =>
      phrase.toLowerCase().split(/\s+/),
    ),
  ),
];
const searchRandom = new SeededRandom(13);

function randomWord(): string {
  if (searchRandom.chance(0.8)) return searchWords[searchRandom.int(0, searchWords.length - 1)] ?? 'budget';
  return Array.from({ length: searchRandom.int(3, 8) }, () =>
    String.fromCharCode(97 + searchRandom.int(0, 25)),
  ).join('');
}

function randomSearchBody(query: string): string {
  const text = Array.from({ length: searchRandom.int(1, 3) }, randomWord).join(' ');
  return JSON.stringify({
    query,
    operationName: 'Search',
    variables: { text, first: searchRandom.int(1, 20) },
  });
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
  // A first start seeds the database, which takes minutes on a busy machine.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
    if (ready?.ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not become ready within 300 s');
}

interface StageResult {
  connections: number;
  seconds: number;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  /** The errors by kind: connection errors, timeouts (no answer in 10 s), non-2xx answers, GraphQL errors in a 200. */
  errorKinds: { transport: number; timeouts: number; non2xx: number; graphql: number };
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Highest resident set size sampled (once a second) during the stage. */
  rssPeakMb: number;
  /** Resident set size once a second during the stage. */
  rssSamplesMb: number[];
}

interface StageLoad {
  /** Request bodies sent in turn on each connection. */
  bodies: string[];
  /** When set, a search with new random words is sent after each round of `bodies`. */
  searchQuery?: string;
}

async function runStage(
  url: string,
  pid: number,
  connections: number,
  seconds: number,
  load: StageLoad,
): Promise<StageResult> {
  let graphqlErrors = 0;
  const rssBeforeMb = rssMb(pid);
  const rssSamplesMb: number[] = [];
  const sampler = setInterval(() => rssSamplesMb.push(Number(rssMb(pid).toFixed(1))), 1_000);
  const onResponse = (_status: number, responseBody: string) => {
    if (responseBody.includes('"errors"')) graphqlErrors += 1;
  };
  const request = {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    onResponse,
  };
  const { searchQuery } = load;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      ...load.bodies.map((body) => ({ ...request, body })),
      ...(searchQuery
        ? [
            {
              ...request,
              setupRequest: (req: autocannon.Request) => ({ ...req, body: randomSearchBody(searchQuery) }),
            },
          ]
        : []),
    ],
  });
  clearInterval(sampler);
  const rssAfterMb = rssMb(pid);
  // autocannon's `errors` includes its `timeouts`.
  const errorKinds = {
    transport: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphql: graphqlErrors,
  };
  return {
    connections,
    seconds,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errorKinds.transport + errorKinds.timeouts + errorKinds.non2xx + errorKinds.graphql,
    errorKinds,
    rssBeforeMb,
    rssAfterMb,
    rssPeakMb: Math.max(rssBeforeMb, rssAfterMb, ...rssSamplesMb),
    rssSamplesMb,
  };
}

async function main(): Promise<void> {
  const config = loadConfig({
    NEO4J_MANAGED_HOME: join(projectRoot, '.neo4j', 'load'),
    NEO4J_MANAGED_HEAP: '1g',
    NEO4J_MANAGED_PAGECACHE: '256m',
  });
  const neo4j = await obtainManagedNeo4j(config.managed);
  const port = 4400 + Math.floor(Math.random() * 500);
  const api = await startApi(neo4j.uri, port);
  const pid = api.pid ?? 0;
  const manifest = readManifest(join(projectRoot, 'docs', 'examples', 'persisted-operations.json'));
  const bodies = manifest.operations.map((op) =>
    JSON.stringify({ query: op.body, operationName: op.name, variables: variables[op.name] ?? {} }),
  );
  const searchQuery = manifest.operations.find((op) => op.name === 'Search')?.body;
  if (!searchQuery) throw new Error('the manifest has no Search operation');
  const url = `http://127.0.0.1:${port}`;
  try {
    // Resident memory of the idle server, seeded and ready, before any load and after all of it.
    const idleStartMb = await idleRssMb(pid);
    await runStage(url, pid, 4, 3, { bodies }); // warm-up: JIT, query plans, page cache
    const wholeGraph = await runWholeGraph(
      url,
      { uri: neo4j.uri, pid: neo4j.pid, database: config.neo4j.database },
      manifest,
      { connections: 32, seconds: wholeGraphSeconds },
    );
    const wholeGraphMeasuredAt = new Date().toISOString();
    if (values['whole-graph-only']) {
      const previous = JSON.parse(readFileSync(join(projectRoot, 'docs', 'load.json'), 'utf8')) as Report;
      keepReport({ ...previous, wholeGraph, wholeGraphMeasuredAt });
      console.log(wholeGraphMarkdown(wholeGraph, wholeGraphMeasuredAt));
      if (wholeGraph.some((r) => r.errors > 0 || r.requests === 0)) process.exitCode = 1;
      return;
    }
    const polling: PollingResult[] = [];
    for (const revalidate of [false, true]) {
      polling.push(
        await runPolling(url, neo4j.pid, manifest, { connections: 128, seconds: pollingSeconds, revalidate }),
      );
      console.log(`polling dashboard ${revalidate ? 'with' : 'without'} revalidation done`);
    }
    if (values['polling-only']) {
      const previous = JSON.parse(readFileSync(join(projectRoot, 'docs', 'load.json'), 'utf8')) as Report;
      keepReport({
        ...previous,
        polling,
        pollingMeasuredAt: new Date().toISOString(),
        wholeGraph,
        wholeGraphMeasuredAt,
      });
      console.log(pollingMarkdown(polling, new Date().toISOString()));
      return;
    }
    const stages: StageResult[] = [];
    for (const connections of [1, 8, 32]) {
      stages.push(await runStage(url, pid, connections, stageSeconds, { bodies }));
      console.log(`${connections} connections done`);
    }
    const hold = await runStage(url, pid, 128, holdSeconds, { bodies });
    stages.push(hold);
    console.log('128 connections done');
    const mixed = await runStage(url, pid, mixedConnections, mixedSeconds, { bodies, searchQuery });
    const idleAfterMb = await idleRssMb(pid);
    const growthMb = hold.rssAfterMb - hold.rssBeforeMb;
    const mixedGrowthMb = mixed.rssAfterMb - mixed.rssBeforeMb;
    const measuredAt = new Date().toISOString();
    const report: Report = {
      measuredAt,
      polling,
      pollingMeasuredAt: measuredAt,
      wholeGraph,
      wholeGraphMeasuredAt,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
      },
      operations: manifest.operations.map((op) => op.name),
      idle: { afterStartMb: Number(idleStartMb.toFixed(1)), afterLoadMb: Number(idleAfterMb.toFixed(1)) },
      stages,
      hold: {
        connections: 128,
        seconds: holdSeconds,
        errors: hold.errors,
        rssGrowthMb: Number(growthMb.toFixed(1)),
        maxGrowthMb,
        withinBound: growthMb <= maxGrowthMb && hold.errors === 0,
      },
      mixed: {
        ...mixed,
        rssGrowthMb: Number(mixedGrowthMb.toFixed(1)),
        maxGrowthMb,
        withinBound: mixedGrowthMb <= maxGrowthMb && mixed.errors === 0,
      },
    };
    keepReport(report);
    console.log(markdown(report));
    const wholeGraphFailed = wholeGraph.some((r) => r.errors > 0 || r.requests === 0);
    if (!report.hold.withinBound || !report.mixed.withinBound || wholeGraphFailed) process.exitCode = 1;
  } finally {
    api.kill('SIGTERM');
    await neo4j.release();
  }
}

function keepReport(report: Report): void {
  writeFileSync(join(projectRoot, 'docs', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(projectRoot, 'docs', 'load.md'), markdown(report));
}

interface Report {
  measuredAt: string;
  polling: PollingResult[];
  pollingMeasuredAt: string;
  /** Absent from reports measured before the stage existed. */
  wholeGraph?: WholeGraphResult[];
  wholeGraphMeasuredAt?: string;
  machine: { cores: number; cpu: string; loadAverage: number[] };
  operations: string[];
  /** Absent from reports measured before it was. */
  idle?: { afterStartMb: number; afterLoadMb: number };
  stages: StageResult[];
  hold: {
    connections: number;
    seconds: number;
    errors: number;
    rssGrowthMb: number;
    maxGrowthMb: number;
    withinBound: boolean;
  };
  mixed: StageResult & { rssGrowthMb: number; maxGrowthMb: number; withinBound: boolean };
}

function markdown(report: Report): string {
  const { mixed } = report;
  const every10s = mixed.rssSamplesMb.filter((_, i) => (i + 1) % 10 === 0).map((mb) => mb.toFixed(0));
  const rows = report.stages
    .map(
      (s) =>
        `| ${s.connections} | ${s.seconds} | ${s.requests} | ${s.throughput.toFixed(0)} | ${s.p50} | ${s.p99} | ${s.errors} | ${s.rssBeforeMb.toFixed(0)} → ${s.rssAfterMb.toFixed(0)} |`,
    )
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

## Mixed operations

Then ${mixed.connections} connections for ${mixed.seconds} s, each sending the dashboard operations above in turn and,
after each round, a \`Search\` for one to three new random words (four in five from the graph's
prose, the rest random letters that match nothing; \`first\` 1 to 20).

| requests | req/s | p50 ms | p99 ms | errors | transport | timeouts | non-2xx | GraphQL errors |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${mixed.requests} | ${mixed.throughput.toFixed(0)} | ${mixed.p50} | ${mixed.p99} | ${mixed.errors} | ${mixed.errorKinds.transport} | ${mixed.errorKinds.timeouts} | ${mixed.errorKinds.non2xx} | ${mixed.errorKinds.graphql} |

API resident memory over the run: ${mixed.rssBeforeMb.toFixed(0)} MB at the start, ${mixed.rssPeakMb.toFixed(0)} MB at the
peak, ${mixed.rssAfterMb.toFixed(0)} MB at the end (every 10 s: ${every10s.join(', ')} MB); it ${mixed.rssGrowthMb >= 0 ? 'grew' : 'shrank'} by
${Math.abs(mixed.rssGrowthMb)} MB (bound: ${mixed.maxGrowthMb} MB) — ${mixed.withinBound ? 'within bounds, with no errors' : 'OUT OF BOUNDS'}.

${
  report.idle
    ? `## Idle

The API's resident memory ${idleSeconds} s after it was ready, seeded and not yet asked anything: ${report.idle.afterStartMb.toFixed(0)} MB;
${idleSeconds} s after the last stage ended: ${report.idle.afterLoadMb.toFixed(0)} MB.

`
    : ''
}${pollingMarkdown(report.polling, report.pollingMeasuredAt)}
${report.wholeGraph ? wholeGraphMarkdown(report.wholeGraph, report.wholeGraphMeasuredAt ?? report.measuredAt) : ''}
Reproduce with \`npm run load\` (\`-- --seconds 10 --hold 60 --mixed 60 --polling 30 --whole-graph 10\` are the defaults; \`-- --polling-only\` measures the polling dashboard and the whole-graph answers and keeps the other figures, \`-- --whole-graph-only\` the whole-graph answers alone); it starts its own
managed Neo4j in \`.neo4j/load\`, seeds it, starts the API on a free port and writes this file and
\`docs/load.json\`.
`;
}

await main();
