import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { Socket } from 'node:net';
import { waitForBolt } from '../bolt.ts';
import { neo4jVersion } from '../neo4jVersion.ts';
import { ManagedNeo4jError } from './errors.ts';
import { buildLauncher } from './launcherBuild.ts';
import { isAlive, readInstanceState, removeInstanceState, withStartLock, writeInstanceState } from './instanceState.ts';

export interface ManagedNeo4jOptions {
  /** Folder holding the database files, logs and the instance state file. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  /** Plugin folder (APOC for the benchmarks); unset for normal use. */
  plugins?: string;
}

export interface ManagedNeo4j {
  uri: string;
  pid: number;
  /** True when this process started the JVM, and so is the one to stop it. */
  owned: boolean;
  /** Stops the JVM if this process owns it; otherwise leaves it to its owner. */
  release(): Promise<void>;
}

// The flags Neo4j's own launcher passes to its JVM (server.jvm.additional in neo4j.conf).
const neo4jJvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=262144',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/**
 * Returns the managed Neo4j for `options.home`: the one already running there (started by
 * another command, or `npm run db:start`) or a new one tied to this process's lifetime.
 */
export async function obtainManagedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  mkdirSync(options.home, { recursive: true });
  return withStartLock(options.home, options.startupTimeoutMs, async () => {
    const running = await findRunning(options.home);
    if (running) return running;
    return startManagedNeo4j(options, { detached: false });
  });
}

/** Starts a JVM that outlives this process (for `npm run db:start`), unless one already runs. */
export async function startDetachedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  mkdirSync(options.home, { recursive: true });
  return withStartLock(options.home, options.startupTimeoutMs, async () => {
    const running = await findRunning(options.home);
    if (running) return running;
    return startManagedNeo4j(options, { detached: true });
  });
}

async function findRunning(home: string): Promise<ManagedNeo4j | undefined> {
  const state = readInstanceState(home);
  if (!state) return undefined;
  if (isAlive(state.pid)) {
    try {
      await waitForBolt(state.uri, 5_000);
      return { uri: state.uri, pid: state.pid, owned: false, release: () => Promise.resolve() };
    } catch {
      // A live pid whose Bolt does not answer is not ours to reuse (pid reuse, or a hung JVM).
    }
  }
  removeInstanceState(home);
  return undefined;
}

/**
 * Starts a new JVM. Attached instances watch this process (stdin pipe and pid) and exit with
 * it however it ends, so there are never orphans; detached ones run until `stopManagedNeo4j`.
 */
export async function startManagedNeo4j(
  options: ManagedNeo4jOptions,
  { detached }: { detached: boolean },
): Promise<ManagedNeo4j> {
  const launcher = await buildLauncher();
  mkdirSync(options.home, { recursive: true });
  const logPath = join(options.home, 'launcher.log');
  const logFd = openSync(logPath, 'w');

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...neo4jJvmFlags,
    '-cp',
    // Like Neo4j's own launcher, plugin jars also go on the classpath: APOC registers its
    // extensions through the service loader, which reads the classpath, not the plugin folder.
    options.plugins ? `${launcher.classpath}:${join(options.plugins, '*')}` : launcher.classpath,
    launcher.mainClass,
    '--home',
    options.home,
    '--port',
    String(options.port),
    '--page-cache',
    options.pageCache,
    ...(options.plugins ? ['--plugins', options.plugins] : []),
    ...(detached ? [] : ['--watch-stdin', '--parent-pid', String(process.pid)]),
  ];
  const child = spawn('java', args, {
    detached,
    stdio: [detached ? 'ignore' : 'pipe', logFd, logFd],
  });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) {
    throw new ManagedNeo4jError('start-failed', 'Could not start `java` for the managed Neo4j.');
  }

  let exitCode: number | null | undefined;
  child.on('exit', (code) => {
    exitCode = code;
  });
  // Let scripts that merely use the database exit; the JVM follows them through the pipe.
  child.unref();
  if (child.stdin instanceof Socket) child.stdin.unref();

  const deadline = Date.now() + options.startupTimeoutMs;
  let uri: string | undefined;
  while (!uri) {
    const log = readFileSync(logPath, 'utf8');
    uri = /^NEO4J_READY (bolt:\/\/\S+)$/m.exec(log)?.[1];
    const failure = /^NEO4J_ERROR (.+)$/m.exec(log)?.[1];
    if (failure) {
      const reason = failure.startsWith('port ') ? 'port-taken' : 'start-failed';
      throw new ManagedNeo4jError(reason, `The managed Neo4j did not start: ${failure} (log: ${logPath})`);
    }
    if (uri) break;
    if (exitCode !== undefined) {
      throw new ManagedNeo4jError(
        'start-failed',
        `The managed Neo4j JVM exited with code ${String(exitCode)} before it was ready. Last lines of ${logPath}:\n` +
          log.trim().split('\n').slice(-10).join('\n'),
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new ManagedNeo4jError(
        'start-timeout',
        `The managed Neo4j was not ready within ${options.startupTimeoutMs} ms (log: ${logPath}). ` +
          'Raise NEO4J_STARTUP_TIMEOUT_MS on a slow machine.',
      );
    }
    await sleep(100);
  }

  await waitForBolt(uri, Math.max(deadline - Date.now(), 5_000));
  writeInstanceState(options.home, {
    uri,
    pid,
    version: neo4jVersion(),
    ownerPid: detached ? null : process.pid,
    startedAt: new Date().toISOString(),
  });
  if (!detached) {
    // A clean exit removes the state file; after a crash it is found stale and replaced.
    process.once('exit', () => removeInstanceState(options.home, pid));
  }
  return {
    uri,
    pid,
    owned: true,
    release: () => stopProcess(options.home, pid),
  };
}

/** Stops whatever managed instance runs in `home`; false when none was running. */
export async function stopManagedNeo4j(home: string): Promise<boolean> {
  const state = readInstanceState(home);
  if (!state || !isAlive(state.pid)) {
    removeInstanceState(home);
    return false;
  }
  await stopProcess(home, state.pid);
  return true;
}

async function stopProcess(home: string, pid: number, graceMs = 30_000): Promise<void> {
  if (isAlive(pid)) {
    process.kill(pid, 'SIGTERM'); // the launcher's shutdown hook checkpoints and closes the store
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  removeInstanceState(home, pid);
}
