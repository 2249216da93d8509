import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../src/projectRoot.ts';
import type { ContenderName, Operation } from './operations.ts';

/** CPU time (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function cpuMillis(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // Linux reports in clock ticks of 1/100 s (USER_HZ)
  } catch {
    return null;
  }
}

export interface RunningContender {
  name: ContenderName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a contender in its own Node process and waits until it listens. */
export async function startContender(
  name: ContenderName,
  boltUri: string,
  /** Node options for the contender's process, such as `--cpu-prof`. */
  nodeOptions: readonly string[] = [],
): Promise<RunningContender> {
  const child = spawn(
    process.execPath,
    [...nodeOptions, '--import', 'tsx', join(projectRoot, 'bench', 'contenders', 'serve.ts'), name],
    {
      // Production mode for every contender, as servers run (graphql-js skips its development checks).
      env: {
        ...process.env,
        BENCH_BOLT_URI: boltUri,
        LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'silent',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${name} contender`);
  const url = await new Promise<string>((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^READY (\S+)$/.exec(line);
      if (match?.[1]) resolvePromise(match[1]);
      // Anything else is the contender's log (BENCH_LOG_LEVEL), passed on.
      else process.stderr.write(`${name}: ${line}\n`);
    });
    child.once('exit', (code) =>
      reject(new Error(`the ${name} contender exited with ${String(code)} before it listened`)),
    );
  });
  return {
    name,
    url,
    pid,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.kill('SIGTERM');
      }),
  };
}

export interface PreparedRequest {
  url: string;
  body: string;
}

/** The HTTP request a contender gets for an operation: GraphQL for two, the floor's route for one. */
export function prepare(contender: RunningContender, operation: Operation): PreparedRequest {
  if (contender.name === 'floor')
    return {
      url: `${contender.url}/${operation.floor.cypher}`,
      body: JSON.stringify(operation.floor.params),
    };
  const request = contender.name === 'ours' ? operation.ours : operation.library;
  return { url: contender.url, body: JSON.stringify(request) };
}

/** Sends one request and returns the response's `data`, failing on HTTP or GraphQL errors. */
export async function send(request: PreparedRequest): Promise<unknown> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const body: unknown = await response.json();
  if (
    !response.ok ||
    typeof body !== 'object' ||
    body === null ||
    'errors' in body ||
    'error' in body ||
    !('data' in body)
  ) {
    throw new Error(`${request.url} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}
