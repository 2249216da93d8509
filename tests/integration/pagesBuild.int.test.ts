import { renameSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';
import { pagesBuildReason } from '../../src/server/pagesBuild.ts';

// The global setup has built the pages (or found them built), so each case changes one thing and
// puts it back.
describe("npm start's page build step", () => {
  it('has nothing to do when every page of vite.config.ts is built and newer than web/', async () => {
    expect(await pagesBuildReason()).toBeNull();
  });

  it('rebuilds when a page source changed since the build', async () => {
    const source = join(projectRoot, 'web', 'explorer', 'main.ts');
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date(Date.now() + 60_000));
    try {
      expect(await pagesBuildReason()).toBe('web/explorer/main.ts changed since the last build');
    } finally {
      utimesSync(source, atime, mtime);
    }
  });

  it('builds when a page is missing, naming it', async () => {
    const page = join(projectRoot, 'dist', 'web', 'explorer', 'index.html');
    renameSync(page, `${page}.aside`);
    try {
      expect(await pagesBuildReason()).toBe('not built yet: dist/web/explorer/index.html');
    } finally {
      renameSync(`${page}.aside`, page);
    }
  });
});
