import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * Readable lines (pino-pretty, one per event) for a person at a terminal in development; JSON
 * lines otherwise: in production, when piped or collected, and wherever pino-pretty (a
 * development dependency) is not installed, as in the image.
 */
export function prettyLogs(
  config: Pick<Config, 'env' | 'logLevel'>,
  stdout: { isTTY?: boolean } = process.stdout,
): boolean {
  // Silent loggers (tests) get no transport: it would start a worker thread to print nothing.
  return (
    config.env !== 'production' && config.logLevel !== 'silent' && stdout.isTTY === true && prettyInstalled()
  );
}

function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** Logs on stdout, pretty or JSON as `prettyLogs` decides; tests run with LOG_LEVEL=silent. */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'org-knowledge-graph' },
    redact: { paths: ['password', '*.password', 'auth.credentials'], remove: true },
    ...(prettyLogs(config) && {
      transport: {
        target: 'pino-pretty',
        options: {
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname,service',
        },
      },
    }),
  });
}
