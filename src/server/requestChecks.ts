import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { errorCodes } from '../graphql/errors.ts';
import { sha256 } from './operationManifest.ts';

interface Mistake {
  message: string;
  code: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a request's automatic persisted query extension, if anything: not
 * `{ version: 1, sha256Hash }`, or a hash that is not the query's.
 */
export function persistedQueryMistake(extension: unknown, query: string | undefined): Mistake | null {
  // Apollo ignores a falsy extension, as if none were sent.
  if (!extension) return null;
  const shape =
    'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<SHA-256 of the query, 64 lowercase hex digits>" }';
  if (!isRecord(extension) || typeof extension['version'] !== 'number')
    return { message: `${shape}.`, code: errorCodes.persistedQueryInvalid };
  if (extension['version'] !== 1) {
    return {
      message: `Persisted query version ${extension['version']} is not supported: send version 1.`,
      code: errorCodes.persistedQueryVersion,
    };
  }
  const hash = extension['sha256Hash'];
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
    return { message: `${shape}.`, code: errorCodes.persistedQueryInvalid };
  if (query !== undefined && sha256(query) !== hash) {
    return {
      message:
        'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: hash exactly the query text (UTF-8), in lowercase hex.',
      code: errorCodes.persistedQueryHashMismatch,
    };
  }
  return null;
}

/** The automatic persisted query extension and query text of a POST body or GET query string. */
function persistedQueryOf(request: Request): { extension: unknown; query: string | undefined } | null {
  if (request.method === 'POST') {
    const body: unknown = request.body;
    if (!isRecord(body) || !isRecord(body['extensions'])) return null;
    return {
      extension: body['extensions']['persistedQuery'],
      query: typeof body['query'] === 'string' ? body['query'] : undefined,
    };
  }
  const { extensions, query } = request.query;
  if (typeof extensions !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(extensions);
  } catch {
    return null; // Apollo answers malformed JSON itself, as BAD_REQUEST
  }
  return isRecord(parsed)
    ? { extension: parsed['persistedQuery'], query: typeof query === 'string' ? query : undefined }
    : null;
}

/**
 * Automatic persisted queries checked before Apollo reads them: Apollo reports a malformed
 * extension, another version or a hash that is not the query's without a code, as an internal
 * error. Each is the client's mistake, answered 400 with a code saying which.
 */
export function persistedQueryChecks(): RequestHandler {
  return (request, response, next) => {
    const sent = persistedQueryOf(request);
    const mistake = sent ? persistedQueryMistake(sent.extension, sent.query) : null;
    if (mistake)
      response
        .status(400)
        .json({ errors: [{ message: mistake.message, extensions: { code: mistake.code } }] });
    else next();
  };
}

/**
 * Operations of a type the schema has no root for (this API is read-only: a mutation or a
 * subscription), which graphql-js reports without a code, as an internal error: answered 400
 * with OPERATION_NOT_SUPPORTED.
 */
export function supportedOperationsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, schema }) => {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
            return Promise.reject(
              new GraphQLError(
                'Subscriptions are served over GraphQL over SSE at /graphql/stream (POST with Accept: text/event-stream), not here.',
                { extensions: { code: errorCodes.operationNotSupported, http: { status: 400 } } },
              ),
            );
          if (!operation || schema.getRootType(operation.operation)) return Promise.resolve();
          const roots = Object.values(OperationTypeNode).filter((type) => schema.getRootType(type));
          return Promise.reject(
            new GraphQLError(
              `This API has no ${operation.operation} operations; it answers ${roots.join(' and ')} operations only.`,
              {
                extensions: { code: errorCodes.operationNotSupported, http: { status: 400 } },
              },
            ),
          );
        },
      }),
  };
}
