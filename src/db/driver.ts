import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger.ts';
import type { Neo4jTarget } from './neo4jTarget.ts';

/** How long failed transactions are retried when the driver calls the failure retryable. */
export const transactionRetryTimeMs = 5_000;

/** Connections of the requests' pool. */
export const requestPoolSize = 50;

/** The process's one driver. Integers come back as JS numbers: every count here fits. */
export function createDriver(
  target: Pick<Neo4jTarget, 'uri' | 'auth'>,
  log?: Logger,
  maxConnectionPoolSize = requestPoolSize,
): Driver {
  return neo4j.driver(target.uri, target.auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: transactionRetryTimeMs,
    userAgent: 'org-knowledge-graph',
    ...(log
      ? {
          logging: {
            level: 'warn' as const,
            logger: (level: string, message: string) => log.warn({ driverLevel: level }, message),
          },
        }
      : {}),
  });
}
