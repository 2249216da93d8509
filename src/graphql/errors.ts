import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.ts';

/** Error codes a client can act on; anything else is reported as INTERNAL_SERVER_ERROR. */
export const errorCodes = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  unavailable: 'SERVICE_UNAVAILABLE',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.badUserInput, ...(argument ? { argument } : {}) } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.notFound } });
}

// Driver codes meaning "no database to talk to right now", as opposed to a bad query.
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError.'));
}

const clientCodes = new Set([
  errorCodes.badUserInput,
  errorCodes.notFound,
  errorCodes.unavailable,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's formatError: errors a client caused keep their message; database outages become
 * SERVICE_UNAVAILABLE; everything else is logged in full and masked, so no stack trace, Cypher
 * text or driver message ever reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path ? { path: formatted.path } : {};
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original }, 'database unavailable during a request');
      return {
        message: 'The database is unavailable right now; retry shortly.',
        ...path,
        extensions: { code: errorCodes.unavailable },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && clientCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original }, 'unexpected error while resolving a request');
    return { message: 'Internal server error', ...path, extensions: { code: errorCodes.internal } };
  };
}
