import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot.ts';
import { testDatabase } from './testDatabase.ts';

/** The seed CLI's command line and options against the shared test database. */
export function seedCliCommand(args: readonly string[]) {
  const db = testDatabase();
  return {
    file: process.execPath,
    args: ['--import', 'tsx', join(projectRoot, 'seed', 'cli.ts'), ...args],
    options: {
      cwd: projectRoot,
      encoding: 'utf8' as const,
      timeout: 120_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        LOG_LEVEL: 'silent',
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: db.username,
        ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
        NEO4J_DATABASE: db.database,
      },
    },
  };
}

/**
 * Runs `npm run seed -- ARGS` as a user would, against the shared test database. Its stderr is
 * not a terminal, so progress comes as plain lines.
 */
export function runSeedCli(args: readonly string[]) {
  const { file, args: argv, options } = seedCliCommand(args);
  return spawnSync(file, argv, options);
}
