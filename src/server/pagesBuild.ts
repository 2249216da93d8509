import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../projectRoot.ts';

/**
 * Builds the browser pages before a server starts, in a process of its own (`npm start` runs it
 * as `prestart`), so the server never holds Vite's memory: a build inside it left it at ~900 MB
 * resident for its whole life, against ~100 MB without. Vite is a development dependency; images
 * build the pages in their build stage and never run this.
 */

const viteConfig = join(projectRoot, 'vite.config.ts');

/** Why the pages need building, or null when every page of vite.config.ts is built and newer than its sources. */
export async function pagesBuildReason(): Promise<string | null> {
  const { resolveConfig } = await import('vite');
  const config = await resolveConfig({ configFile: viteConfig, logLevel: 'silent' }, 'build');
  const input = config.build.rollupOptions.input;
  const entries =
    typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
  // Each HTML entry is written at its place relative to the root, under outDir.
  const built = entries.map((entry) => join(config.build.outDir, relative(config.root, entry)));
  const missing = built.filter((page) => !existsSync(page));
  if (missing.length > 0)
    return `not built yet: ${missing.map((page) => relative(projectRoot, page)).join(', ')}`;
  const builtAt = Math.min(...built.map((page) => statSync(page).mtimeMs));
  const changed = [viteConfig, ...filesUnder(config.root)].find((file) => statSync(file).mtimeMs > builtAt);
  return changed ? `${relative(projectRoot, changed)} changed since the last build` : null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs `vite build` when `pagesBuildReason` gives one; returns that reason (null: nothing built). */
export async function ensurePagesBuilt(report: (line: string) => void): Promise<string | null> {
  const reason = await pagesBuildReason();
  if (reason === null) return null;
  report(`Building the pages (${reason})`);
  const { build } = await import('vite');
  await build({ configFile: viteConfig, logLevel: 'warn' });
  return reason;
}
