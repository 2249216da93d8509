import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot.ts';
import { testDatabase } from './testDatabase.ts';

/**
 * Runs `npm run seed -- ARGS` as a user would, against the shared test database. Its stderr is
 * not a terminal, so progress comes as plain lines.
 */
export function runSeedCli(args: readonly string[]) {
  const db = testDatabase();
  return spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'seed', 'cli.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: process.env['PATH'] ?? '',
      LOG_LEVEL: 'silent',
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
      NEO4J_DATABASE: db.database,
    },
  });
}
