import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import type { ManagedNeo4jOptions } from '../../src/db/managed/managedNeo4j.ts';
import { projectRoot } from '../../src/projectRoot.ts';

/** A fresh, git-ignored home for a test's own managed Neo4j (apart from the shared one). */
export function scratchManagedOptions(name: string, port = 0): ManagedNeo4jOptions {
  const home = join(projectRoot, '.neo4j', 'scratch', `${name}-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  return { ...loadConfig({}).managed, home, port, heap: '256m', pageCache: '16m' };
}

export function removeManagedHome(options: ManagedNeo4jOptions): void {
  rmSync(options.home, { recursive: true, force: true });
}

/** A loopback port nothing listens on at the moment of the call. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
