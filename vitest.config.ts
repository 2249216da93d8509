import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure functions, no database) and `integration` (`*.int.test.ts`, one real
 * Neo4j for the whole run, started by the global setup). Integration files run one at a time
 * because they share that database and reset it.
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
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          env: { LOG_LEVEL: 'silent' },
          globalSetup: ['tests/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
