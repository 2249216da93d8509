import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { projectRoot } from '../projectRoot.ts';

/** Where `npm run build` writes the browser pages and their assets (git-ignored). */
export const webBundleDir = join(projectRoot, 'dist', 'web');

/** The built HTML of each page; their scripts and styles are under `webBundleDir/assets`. */
export const webPages = {
  playground: join(webBundleDir, 'playground', 'index.html'),
  explorer: join(webBundleDir, 'explorer', 'index.html'),
  dashboard: join(webBundleDir, 'dashboard', 'index.html'),
} as const;

export function webBundleBuilt(): boolean {
  return Object.values(webPages).every((page) => existsSync(page));
}

/**
 * Builds the pages with Vite when they are missing, so `npm start` on a fresh clone serves them.
 * Vite is a development dependency: images built with `npm run build` never get here.
 */
export async function ensureWebBundle(log: Logger): Promise<void> {
  if (webBundleBuilt()) return;
  log.info('building the playground, explorer and dashboard pages (first start)');
  const { build } = await import('vite');
  await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
