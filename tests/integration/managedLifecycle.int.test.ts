import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { waitForBolt } from '../../src/db/bolt.ts';
import { ManagedNeo4jError } from '../../src/db/managed/errors.ts';
import { isAlive, readInstanceState } from '../../src/db/managed/instanceState.ts';
import { obtainManagedNeo4j, startManagedNeo4j } from '../../src/db/managed/managedNeo4j.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { freePort, removeManagedHome, scratchManagedOptions, waitUntil } from '../support/managedHomes.ts';

/** A child process holding the managed Neo4j of `home` (tests/support/holdManagedNeo4j.ts). */
async function holder(
  home: string,
): Promise<{ child: ChildProcess; got: { uri: string; pid: number; owned: boolean } }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'tests/support/holdManagedNeo4j.ts'), home],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (!child.stdout) throw new Error('no stdout');
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return { child, got: JSON.parse(line) as { uri: string; pid: number; owned: boolean } };
}

describe('the managed Neo4j lifecycle', () => {
  it(
    'is shared, outlives the process that started it while another uses it, dies with its last user however it ends, and leaves no stale lock',
    { timeout: 300_000 },
    async () => {
      const options = scratchManagedOptions('lifecycle');
      const children: ChildProcess[] = [];
      try {
        const owner = await holder(options.home);
        children.push(owner.child);
        const first = owner.got;
        expect(first.owned).toBe(true);
        expect(readInstanceState(options.home)?.pid).toBe(first.pid);

        // A second command finds the running instance through the state file instead of a second JVM.
        const shared = await obtainManagedNeo4j(options);
        expect(shared).toMatchObject({ uri: first.uri, pid: first.pid, owned: false });

        // The process that started it is killed: it keeps running for the one still using it.
        owner.child.kill('SIGKILL');
        await once(owner.child, 'exit');
        await new Promise((r) => setTimeout(r, 2_000));
        expect(isAlive(first.pid)).toBe(true);
        await waitForBolt(first.uri, 10_000);

        // A third joins, the second lets go: still running. The third is killed: nobody uses it, so it stops.
        const third = await holder(options.home);
        children.push(third.child);
        expect(third.got).toMatchObject({ uri: first.uri, pid: first.pid, owned: false });
        await shared.release();
        expect(isAlive(first.pid)).toBe(true);
        third.child.kill('SIGKILL');
        expect(await waitUntil(() => !isAlive(first.pid), 30_000)).toBe(true);

        // Its state file is left behind; the next start sees it stale and replaces it, and the same
        // home keeps its port.
        const restarted = await obtainManagedNeo4j(options);
        try {
          expect(restarted.owned).toBe(true);
          expect(restarted.pid).not.toBe(first.pid);
          expect(restarted.uri).toBe(first.uri);
          await waitForBolt(restarted.uri, 10_000);
        } finally {
          await restarted.release();
        }
        expect(isAlive(restarted.pid)).toBe(false);
        expect(existsSync(join(options.home, 'instance.json'))).toBe(false);
      } finally {
        for (const child of children) child.kill('SIGKILL');
        removeManagedHome(options);
      }
    },
  );

  it('names the port when it is already taken', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await once(blocker, 'listening');
    const options = scratchManagedOptions('port-taken', port);
    try {
      const error = await startManagedNeo4j(options, { detached: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ManagedNeo4jError);
      expect((error as ManagedNeo4jError).reason).toBe('port-taken');
      expect((error as ManagedNeo4jError).message).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
      removeManagedHome(options);
    }
  });
});
