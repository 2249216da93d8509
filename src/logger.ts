import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/** JSON logs on stdout; tests run with LOG_LEVEL=silent. */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'org-knowledge-graph' },
    redact: { paths: ['password', '*.password', 'auth.credentials'], remove: true },
  });
}
