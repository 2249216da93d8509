import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { waitForBolt } from '../bolt.ts';
import { neo4jVersion } from '../neo4jVersion.ts';
import { ManagedNeo4jError } from './errors.ts';
import { buildLauncher } from './launcherBuild.ts';
import {
  isAlive,
  liveUsers,
  readInstanceState,
  registerUser,
  removeInstanceState,
  unregisterUser,
  usersDir,
  withStartLock,
  writeInstanceState,
} from './instanceState.ts';

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
  /** True when this process started the JVM. */
  owned: boolean;
  /**
   * Lets go of the database. An attached JVM is stopped when the last process using it lets go,
   * whichever started it, so the others are never stranded; a detached one runs until `db:stop`.
   */
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

// Handles this process holds per home: it is registered as a user with the first and
// unregistered with the last (or when it exits, however it ends).
const handlesHeld = new Map<string, number>();
const exitHooked = new Set<string>();

function holdHome(home: string): void {
  const held = handlesHeld.get(home) ?? 0;
  handlesHeld.set(home, held + 1);
  if (held > 0) return;
  registerUser(home);
  if (!exitHooked.has(home)) {
    exitHooked.add(home);
    process.once('exit', () => {
      if (handlesHeld.has(home)) unregisterUser(home);
    });
  }
}

/** Drops one handle; true when it was this process's last on `home`. */
function dropHandle(home: string): boolean {
  const held = (handlesHeld.get(home) ?? 1) - 1;
  if (held > 0) {
    handlesHeld.set(home, held);
    return false;
  }
  handlesHeld.delete(home);
  return true;
}

/**
 * Lets go of `home`'s database: with this process's last handle it stops being a user, and an
 * attached JVM nobody else uses is stopped. Under the start lock, so a process joining at the
 * same moment either counts as a user or finds the JVM gone and starts its own.
 */
async function leaveHome(options: ManagedNeo4jOptions): Promise<void> {
  if (!dropHandle(options.home)) return;
  await withStartLock(options.home, options.startupTimeoutMs, async () => {
    unregisterUser(options.home);
    const state = readInstanceState(options.home);
    if (!state || state.ownerPid === null || liveUsers(options.home).length > 0) return;
    await stopProcess(options.home, state.pid);
  });
}

/**
 * Returns the managed Neo4j for `options.home`: the one already running there (started by
 * another command, or `npm run db:start`) or a new one that runs while this process, or any
 * other that joins it, uses it.
 */
export async function obtainManagedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  mkdirSync(options.home, { recursive: true });
  return withStartLock(options.home, options.startupTimeoutMs, async () => {
    const running = await findRunning(options.home);
    if (!running) return startManagedNeo4j(options, { detached: false });
    holdHome(options.home);
    return { ...running, release: () => leaveHome(options) };
  });
}

/**
 * Where `home`'s managed Neo4j runs now, according to its state file: it may have been restarted
 * (by `npm run db:start`, or another command) on another port since `knownUri` was found. A new
 * address is returned only once it answers; undefined when no instance runs.
 */
export async function locateManagedNeo4j(
  home: string,
  knownUri: string,
  timeoutMs = 2_000,
): Promise<string | undefined> {
  const state = readInstanceState(home);
  if (!state || !isAlive(state.pid)) return undefined;
  if (state.uri === knownUri) return knownUri;
  try {
    await waitForBolt(state.uri, timeoutMs);
    return state.uri;
  } catch {
    return undefined;
  }
}

/** Starts a JVM that outlives this process (for `npm run db:start`), unless one already runs. */
export async function startDetachedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  mkdirSync(options.home, { recursive: true });
  return withStartLock(options.home, options.startupTimeoutMs, async () => {
    const running = await findRunning(options.home);
    if (running) return { ...running, release: () => Promise.resolve() };
    return startManagedNeo4j(options, { detached: true });
  });
}

async function findRunning(home: string): Promise<Omit<ManagedNeo4j, 'release'> | undefined> {
  const state = readInstanceState(home);
  if (!state) return undefined;
  if (isAlive(state.pid)) {
    try {
      await waitForBolt(state.uri, 5_000);
      return { uri: state.uri, pid: state.pid, owned: false };
    } catch {
      // A live pid whose Bolt does not answer is not ours to reuse (pid reuse, or a hung JVM).
    }
  }
  removeInstanceState(home);
  return undefined;
}

/**
 * Starts a new JVM. Attached instances watch the processes registered as users of the home (this
 * one first) and exit when the last of them ends, however it ends, so there are never orphans and
 * nobody is stranded when the starter goes; detached ones run until `stopManagedNeo4j`.
 */
export async function startManagedNeo4j(
  options: ManagedNeo4jOptions,
  { detached }: { detached: boolean },
): Promise<ManagedNeo4j> {
  mkdirSync(options.home, { recursive: true });
  if (detached) return launch(options, true);
  holdHome(options.home);
  try {
    return await launch(options, false);
  } catch (error) {
    if (dropHandle(options.home)) unregisterUser(options.home);
    throw error;
  }
}

// Long because starting the JVM is one sequence (launcher, arguments, spawn, wait for Bolt, clean up
// on failure) whose steps share its handles; split, each piece would need them all passed in.
// eslint-disable-next-line max-lines-per-function -- one start-up sequence whose steps share its handles (see above)
async function launch(options: ManagedNeo4jOptions, detached: boolean): Promise<ManagedNeo4j> {
  const launcher = await buildLauncher();
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
    ...(detached ? [] : ['--users', usersDir(options.home)]),
  ];
  const child = spawn('java', args, {
    // Its own process group either way: a Ctrl+C meant for the command that started it must not
    // stop a database other commands use (an attached JVM follows its users' pids instead).
    detached: true,
    stdio: ['ignore', logFd, logFd],
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
  // Let scripts that merely use the database exit; the JVM follows its users by their pids.
  child.unref();

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
  // Once its last user is gone the JVM exits by itself; the state file it leaves is found stale
  // by the next command and replaced.
  return {
    uri,
    pid,
    owned: true,
    release: detached ? () => stopProcess(options.home, pid) : () => leaveHome(options),
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
