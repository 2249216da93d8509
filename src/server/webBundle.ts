import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';

/** Where `npm run build` writes the browser pages and their assets (git-ignored). */
export const webBundleDir = join(projectRoot, 'dist', 'web');

/** The built HTML of each page; their scripts and styles are under `webBundleDir/assets`. */
export const webPages = {
  playground: join(webBundleDir, 'playground', 'index.html'),
  explorer: join(webBundleDir, 'explorer', 'index.html'),
  dashboard: join(webBundleDir, 'dashboard', 'index.html'),
} as const;
