import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { unwrapResolverError } from '@apollo/server/errors';
import { RowLimitExceeded } from '../db/cypher.ts';
import { InvalidArgument } from '../data/errors.ts';
import type { Logger } from '../logger.ts';

/** Error codes a client can act on; anything else is reported as INTERNAL_SERVER_ERROR. */
export const errorCodes = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  unavailable: 'SERVICE_UNAVAILABLE',
  tooComplex: 'QUERY_TOO_COMPLEX',
  timeout: 'QUERY_TIMEOUT',
  /** `extensions.persistedQuery` is not `{ version, sha256Hash }`. */
  persistedQueryInvalid: 'PERSISTED_QUERY_INVALID',
  /** A persisted query version other than 1. */
  persistedQueryVersion: 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  /** A persisted query hash that is not the SHA-256 of the query sent with it. */
  persistedQueryHashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** A mutation (the schema has none), or a subscription sent to /graphql rather than /graphql/stream. */
  operationNotSupported: 'OPERATION_NOT_SUPPORTED',
  /** The request ran past REQUEST_TIMEOUT_MS: answered 503, its Neo4j work cancelled. */
  requestTimeout: 'REQUEST_TIMEOUT',
  /** PERSISTED_QUERIES=manifest-only and the operation is not in the manifest. */
  persistedQueryNotInManifest: 'PERSISTED_QUERY_NOT_IN_MANIFEST',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: errorCodes.badUserInput, ...(argument ? { argument } : {}) },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.notFound } });
}

const clientCodes = new Set([
  errorCodes.badUserInput,
  errorCodes.notFound,
  errorCodes.unavailable,
  errorCodes.tooComplex,
  errorCodes.timeout,
  errorCodes.persistedQueryInvalid,
  errorCodes.persistedQueryVersion,
  errorCodes.persistedQueryHashMismatch,
  errorCodes.operationNotSupported,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const heldReports = new AsyncLocalStorage<(() => void)[]>();

/** Logs an error report now, or holds it when it belongs to an answer that may be discarded. */
function report(log: () => void): void {
  const held = heldReports.getStore();
  if (held) held.push(log);
  else log();
}

/**
 * Runs `work` (the making of one answer) with the error reports of formatError held back:
 * `release` logs them once the answer is kept; an answer discarded and made again (it read a
 * graph that changed under it) leaves no reports of errors its client never sees.
 */
export async function holdingErrorReports<T>(
  work: () => Promise<T>,
): Promise<{ result: T; held: number; release: () => void }> {
  const held: (() => void)[] = [];
  const result = await heldReports.run(held, work);
  return { result, held: held.length, release: () => held.splice(0).forEach((log) => log()) };
}

/**
 * The error a resolver or statement threw. An error can reach here wrapped more than once (a
 * located error around one a nested field or shared answer already located), and the database's
 * error inside must still be told apart from a bug.
 */
function rootCause(error: unknown): unknown {
  let cause = unwrapResolverError(error);
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Apollo's formatError: errors a client caused keep their message; database outages become
 * SERVICE_UNAVAILABLE; everything else is logged in full and masked, so no stack trace, Cypher
 * text or driver message ever reaches a client.
 */
export function createErrorFormatter(
  log: Logger,
  { hideSuggestions = false }: { hideSuggestions?: boolean } = {},
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    const path = formatted.path ? { path: formatted.path } : {};
    if (isDatabaseUnavailable(original)) {
      report(() => log.warn({ err: original }, 'database unavailable during a request'));
      return {
        message: 'The database is unavailable right now; retry shortly.',
        ...path,
        extensions: { code: errorCodes.unavailable },
      };
    }
    if (original instanceof InvalidArgument) {
      const { extensions: _extensions, ...rest } = formatted;
      return { ...rest, extensions: { code: errorCodes.badUserInput, argument: original.argument } };
    }
    if (original instanceof RowLimitExceeded) {
      return {
        message: original.message,
        ...path,
        extensions: { code: errorCodes.tooComplex, maxRows: original.maxRows },
      };
    }
    if (
      original instanceof Neo4jError &&
      original.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
    ) {
      // Also what a database shutting down answers for the transactions it cuts short.
      return {
        message:
          'The database stopped this request before it completed (NEO4J_QUERY_TIMEOUT_MS, or a restart): retry, or ask for less.',
        ...path,
        extensions: { code: errorCodes.timeout },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && clientCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // In production, "Did you mean ...?" would reveal the schema to a client denied introspection.
      const message = hideSuggestions
        ? formatted.message.replace(/ Did you mean .+\?$/, '')
        : formatted.message;
      return { ...formatted, message, extensions };
    }
    report(() => log.error({ err: original }, 'unexpected error while resolving a request'));
    return { message: 'Internal server error', ...path, extensions: { code: errorCodes.internal } };
  };
}
