import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { ManagedNeo4jError } from './errors.ts';

/**
 * What a running managed instance leaves in its home so that other commands on the machine
 * (the seed script, a second server, `npm run db:stop`) find and share it.
 */
const instanceStateSchema = z.object({
  uri: z.string().startsWith('bolt://'),
  pid: z.number().int().positive(),
  version: z.string(),
  /**
   * Process that started the JVM, which then runs while any process registered in the home's
   * `users/` does (see registerUser); null for a detached `db:start` instance.
   */
  ownerPid: z.number().int().positive().nullable(),
  startedAt: z.string(),
});
export type InstanceState = z.infer<typeof instanceStateSchema>;

const stateFile = (home: string) => join(home, 'instance.json');
const lockFile = (home: string) => join(home, 'start.lock');
/** One empty file per process using the home's database, named by its pid. */
export const usersDir = (home: string) => join(home, 'users');

export function readInstanceState(home: string): InstanceState | undefined {
  try {
    const parsed = instanceStateSchema.safeParse(JSON.parse(readFileSync(stateFile(home), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeInstanceState(home: string, state: InstanceState): void {
  writeFileSync(stateFile(home), `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the state file; with `pid`, only if it still describes that process. */
export function removeInstanceState(home: string, pid?: number): void {
  if (pid !== undefined && readInstanceState(home)?.pid !== pid) return;
  rmSync(stateFile(home), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Records that `pid` uses the database of `home`: an attached JVM (started with `--users`) runs
 * while any registered process lives, whichever of them started it.
 */
export function registerUser(home: string, pid = process.pid): void {
  mkdirSync(usersDir(home), { recursive: true });
  writeFileSync(join(usersDir(home), String(pid)), '');
}

export function unregisterUser(home: string, pid = process.pid): void {
  rmSync(join(usersDir(home), String(pid)), { force: true });
}

/** Registered processes still alive; files of dead ones are removed. */
export function liveUsers(home: string): number[] {
  let names: string[];
  try {
    names = readdirSync(usersDir(home));
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
      rmSync(join(usersDir(home), name), { force: true });
    } else {
      live.push(pid);
    }
  }
  return live;
}

/**
 * Serialises "find or start" across processes, so two commands launched together share one
 * JVM instead of racing for the store lock. A lock left by a dead process is taken over.
 */
export async function withStartLock<T>(
  home: string,
  timeoutMs: number,
  action: () => Promise<T>,
): Promise<T> {
  const path = lockFile(home);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(existsSync(path) ? readFileSync(path, 'utf8') : '0');
      if (!holder || !isAlive(holder)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new ManagedNeo4jError(
          'start-timeout',
          `Another process (pid ${holder}) has been starting the managed Neo4j in ${home} for too long.`,
        );
      }
      await sleep(200);
    }
  }
  try {
    return await action();
  } finally {
    rmSync(path, { force: true });
  }
}
