import { spawn } from 'node:child_process';
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

describe('the managed Neo4j lifecycle', () => {
  it('is shared while its owner lives, dies with it when killed, and leaves no stale lock', async () => {
    const options = scratchManagedOptions('lifecycle');
    const owner = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'tests/support/holdManagedNeo4j.ts'), options.home], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(createInterface({ input: owner.stdout }), 'line')) as [string];
      const first = JSON.parse(line) as { uri: string; pid: number; owned: boolean };
      expect(first.owned).toBe(true);
      expect(readInstanceState(options.home)?.pid).toBe(first.pid);

      // A second command finds the running instance through the state file instead of a second JVM.
      const shared = await obtainManagedNeo4j(options);
      expect(shared).toMatchObject({ uri: first.uri, pid: first.pid, owned: false });

      owner.kill('SIGKILL');
      expect(await waitUntil(() => !isAlive(first.pid), 30_000)).toBe(true);

      // The killed owner left its state file behind; the next start sees it stale and replaces it.
      const restarted = await obtainManagedNeo4j(options);
      try {
        expect(restarted.owned).toBe(true);
        expect(restarted.pid).not.toBe(first.pid);
        await waitForBolt(restarted.uri, 10_000);
      } finally {
        await restarted.release();
      }
      expect(isAlive(restarted.pid)).toBe(false);
      expect(existsSync(join(options.home, 'instance.json'))).toBe(false);
    } finally {
      owner.kill('SIGKILL');
      removeManagedHome(options);
    }
  });

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
