import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure functions, no database), `integration` (`*.int.test.ts`, one real
 * Neo4j for the whole run, started by the global setup) and `browser` (`*.browser.test.ts`: the
 * real server and pages in Debian's Chromium). Database files run one at a time because they
 * share that database and reset it; `groupOrder` runs the browser project after the others for
 * the same reason.
 */
export default defineConfig({
  // Node resolves `graphql` to its CommonJS build for import and require alike; without this,
  // Vite would load the ESM build for our code and CommonJS for dependencies (two realms).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { LOG_LEVEL: 'silent' },
          // A ceiling, not a measure: on a shared 2-core machine a pure test over many articles can
          // take several times its quiet-machine duration.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          env: { LOG_LEVEL: 'silent' },
          globalSetup: ['tests/support/globalSetup.ts', 'tests/support/webBuildSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          env: { LOG_LEVEL: 'silent' },
          globalSetup: ['tests/support/globalSetup.ts', 'tests/support/webBuildSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // A page's first requests wait on a cold JVM and Neo4j's query planner.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
