import autocannon from 'autocannon';
import { cpuMillis, send, type PreparedRequest } from './contenders.ts';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export interface SingleClientSample {
  p50: number;
  p99: number;
  requests: number;
}

/** One client, one request at a time, for `seconds`: latency percentiles in milliseconds. */
export async function singleClient(request: PreparedRequest, seconds: number): Promise<SingleClientSample> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline || latencies.length < 5) {
    const started = performance.now();
    await send(request);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length };
}

export interface LoadSample {
  throughput: number;
  p99: number;
  requests: number;
  /** Answers that were not 2xx, and connection errors or timeouts: reported, not hidden. */
  failures: number;
  /** CPU milliseconds per request: the contender's process, and Neo4j's JVM when it is local. */
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
}

/** `connections` clients at once for `seconds` (autocannon): requests per second and p99. */
export async function underLoad(
  request: PreparedRequest,
  connections: number,
  seconds: number,
  serverPid: number,
  databasePid: number | null,
): Promise<LoadSample> {
  const serverBefore = cpuMillis(serverPid);
  const databaseBefore = databasePid === null ? null : cpuMillis(databasePid);
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections,
    duration: seconds,
  });
  const requests = result['2xx'];
  const serverAfter = cpuMillis(serverPid);
  const databaseAfter = databasePid === null ? null : cpuMillis(databasePid);
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null || requests === 0 ? null : (after - before) / requests;
  return {
    throughput: requests / result.duration,
    p99: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors,
    serverCpuMs: perRequest(serverBefore, serverAfter),
    databaseCpuMs: perRequest(databaseBefore, databaseAfter),
  };
}
