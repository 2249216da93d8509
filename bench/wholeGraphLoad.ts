// The "whole-graph answers" stages of `npm run load`: each operation that reads the whole graph
// (statistics, facets, disagreements, levels) sent alone at 32 connections right after a new graph
// version, so that every connection's first request finds nothing computed for it. An answer
// computed once per version and shared holds its throughput; one computed per request (or by every
// request that arrives while the first computes it) gives none at all and times out.
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { changeGraph } from '../src/data/graphVersion.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import type { OperationManifest } from '../src/server/operationManifest.ts';
import { cpuMs } from './pollingDashboard.ts';

/** The operations whose answers are whole-graph, with the variables the dashboard sends. */
const wholeGraphCalls: { name: string; variables: Record<string, unknown> }[] = [
  { name: 'DashboardStats', variables: { tiers: ['senior-leadership', 'senior-management'], top: 10 } },
  { name: 'DashboardFacets', variables: {} },
  { name: 'Disagreements', variables: {} },
  { name: 'Levels', variables: {} },
  { name: 'LevelConsensus', variables: {} },
];

export interface WholeGraphResult {
  operation: string;
  connections: number;
  seconds: number;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL errors in a 200. */
  errors: number;
  /** Neo4j JVM CPU time (user + system) over the stage, per request. */
  neo4jCpuMsPerRequest: number;
  /** The machine's 1-minute load average at the end of the stage (absent from earlier reports). */
  loadAverage?: number;
}

/** Gives the graph a new version, as a load of articles does, changing nothing else. */
async function newVersion(neo4jUri: string, database: string): Promise<void> {
  const driver = createDriver({ uri: neo4jUri, auth: undefined });
  try {
    await changeGraph(new CypherExecutor(driver, { database, timeoutMs: 30_000 }), 'load.newVersion', () =>
      Promise.resolve({ changes: [] }),
    );
  } finally {
    await driver.close();
  }
}

export async function runWholeGraph(
  url: string,
  neo4j: { uri: string; pid: number; database: string },
  manifest: OperationManifest,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<WholeGraphResult[]> {
  const results: WholeGraphResult[] = [];
  for (const { name, variables } of wholeGraphCalls) {
    const operation = manifest.operations.find((o) => o.name === name);
    if (!operation) throw new Error(`the manifest has no ${name} operation`);
    await newVersion(neo4j.uri, neo4j.database);
    let graphqlErrors = 0;
    const cpuBefore = cpuMs(neo4j.pid);
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.body, operationName: name, variables }),
          onResponse: (_status: number, body: string) => {
            if (body.includes('"errors"')) graphqlErrors += 1;
          },
        },
      ],
    });
    const cpu = cpuMs(neo4j.pid) - cpuBefore;
    results.push({
      operation: name,
      connections,
      seconds,
      requests: result.requests.total,
      throughput: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx + graphqlErrors,
      neo4jCpuMsPerRequest: result.requests.total === 0 ? 0 : cpu / result.requests.total,
      loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
    });
    console.log(`whole-graph ${name} at ${connections} connections done`);
  }
  return results;
}

export function wholeGraphMarkdown(results: readonly WholeGraphResult[], measuredAt: string): string {
  const rows = results
    .map(
      (r) =>
        `| ${r.operation} | ${r.connections} | ${r.seconds} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.neo4jCpuMsPerRequest.toFixed(2)} | ${r.loadAverage ?? 'n/a'} |`,
    )
    .join('\n');
  return `## Whole-graph answers under concurrency

Each operation whose answer reads the whole graph (${results.map((r) => `\`${r.operation}\``).join(', ')}) sent
alone by ${results[0]?.connections ?? 32} connections, POST, starting right after the graph was given a new
version (as a load of articles gives it), so every connection's first request finds nothing
computed for that version: the answer is computed once and shared, however many ask while it is
computed. Neo4j CPU is the managed JVM's user + system time over the stage divided by the
requests; errors count transport errors, timeouts (no answer in 10 s), non-2xx answers and
GraphQL errors; the load average is the machine's, over the last minute, at the end of the stage.
Measured ${measuredAt}.

| operation | connections | seconds | requests | req/s | p50 ms | p99 ms | errors | Neo4j CPU ms/request | load average |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows}
`;
}
