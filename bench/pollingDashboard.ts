// The "polling dashboard" scenario of `npm run load`: many dashboards polling the API with the
// GETs /dashboard sends (its persisted operations by hash), once answered in full every time and
// once revalidated with If-None-Match, with the requests per second and the Neo4j CPU each costs.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { OperationManifest } from '../src/server/operationManifest.ts';

/** The dashboard's operations with the variables it sends on first load (web/dashboard/api.ts). */
const dashboardCalls = [
  {
    name: 'DashboardStats',
    variables: { tiers: ['senior-leadership', 'senior-management'], source: null, top: 10 },
  },
  { name: 'Disagreements', variables: {} },
];

export interface PollingResult {
  connections: number;
  seconds: number;
  revalidate: boolean;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  /** Answers by status: 200 and 304 are the expected ones. */
  statuses: Record<string, number>;
  errors: number;
  /** Neo4j JVM CPU time (user + system) over the stage, per request. */
  neo4jCpuMsPerRequest: number;
}

/** CPU time (user + system) a process has used, in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

function pathOf(manifest: OperationManifest, name: string, variables: Record<string, unknown>): string {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`the manifest has no ${name} operation`);
  const params = new URLSearchParams({
    operationName: name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.id } }),
  });
  return `/graphql?${params.toString()}`;
}

export async function runPolling(
  url: string,
  neo4jPid: number,
  manifest: OperationManifest,
  { connections, seconds, revalidate }: { connections: number; seconds: number; revalidate: boolean },
): Promise<PollingResult> {
  const headers = { 'apollo-require-preflight': 'true' };
  const requests = await Promise.all(
    dashboardCalls.map(async ({ name, variables }) => {
      const path = pathOf(manifest, name, variables);
      // The tag a dashboard holds after its first load (a cold, busy Neo4j may time out the first tries, and an answer with errors has no tag).
      let first = await fetch(`${url}${path}`, { headers });
      for (let attempt = 1; first.headers.get('etag') === null && attempt < 10; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        first = await fetch(`${url}${path}`, { headers });
      }
      const tag = first.headers.get('etag');
      if (first.status !== 200 || tag === null)
        throw new Error(`${name}: expected a 200 with an ETag, got ${first.status}`);
      return {
        method: 'GET' as const,
        path,
        headers: revalidate ? { ...headers, 'if-none-match': tag } : headers,
      };
    }),
  );
  const statuses: Record<string, number> = {};
  const cpuBefore = cpuMs(neo4jPid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: requests.map((request) => ({
      ...request,
      onResponse: (status: number) => {
        statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
      },
    })),
  });
  const cpu = cpuMs(neo4jPid) - cpuBefore;
  const expected = (statuses['200'] ?? 0) + (statuses['304'] ?? 0);
  return {
    connections,
    seconds,
    revalidate,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + (result.requests.total - expected > 0 ? result.requests.total - expected : 0),
    neo4jCpuMsPerRequest: result.requests.total === 0 ? 0 : cpu / result.requests.total,
  };
}

export function pollingMarkdown(results: readonly PollingResult[], measuredAt: string): string {
  const rows = results
    .map(
      (r) =>
        `| ${r.revalidate ? 'If-None-Match (304s)' : 'none (full answers)'} | ${r.connections} | ${r.seconds} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} | ${r.p99} | ${Object.entries(
          r.statuses,
        )
          .map(([status, count]) => `${count}×${status}`)
          .join(', ')} | ${r.errors} | ${r.neo4jCpuMsPerRequest.toFixed(3)} |`,
    )
    .join('\n');
  return `## Polling dashboard

${results[0]?.connections ?? 128} connections polling with the GETs \`/dashboard\` sends (\`DashboardStats\` and
\`Disagreements\`, by persisted-query hash, with \`apollo-require-preflight\`), in turn: once without
revalidation (every GET answered in full, as before the graph carried a version) and once with the
ETag of the first answer in \`If-None-Match\` (answered \`304\` after one read of the graph version,
shared by the requests that arrive while it runs). Neo4j CPU is the managed JVM's user + system
time over the stage divided by the requests. Measured ${measuredAt}.

| revalidation | connections | seconds | requests | req/s | p50 ms | p99 ms | answers | errors | Neo4j CPU ms/request |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |
${rows}
`;
}
