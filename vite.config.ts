import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const web = resolve(import.meta.dirname, 'web');

/**
 * The browser pages (GraphiQL playground, graph explorer, dashboard), built from web/ into dist/web and
 * served by the API's own express app. Everything is bundled: the pages must work with no CDN.
 */
export default defineConfig({
  root: web,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist', 'web'),
    emptyOutDir: true,
    // GraphiQL's Monaco editor is one large chunk by nature; the limit keeps real surprises visible.
    chunkSizeWarningLimit: 4_000,
    rollupOptions: {
      // "use client" marks React server/client boundaries, which mean nothing in a browser-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        playground: resolve(web, 'playground', 'index.html'),
        explorer: resolve(web, 'explorer', 'index.html'),
        dashboard: resolve(web, 'dashboard', 'index.html'),
      },
    },
  },
  // Monaco's language workers import shared chunks, which only module workers can do.
  worker: { format: 'es' },
});
