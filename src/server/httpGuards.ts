import { setMaxListeners } from 'node:events';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { errorCodes } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

const requestSignals = new WeakMap<Request, AbortSignal>();
/** Responses sent before their work finished: whatever that work does later is moot. */
const answeredEarly = new WeakSet<Response>();

/** Cancels a request's database work: aborted when the request times out or its client leaves. */
export function requestSignal(request: Request): AbortSignal | undefined {
  return requestSignals.get(request);
}

function operationName(request: Request): string | undefined {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || !('operationName' in body)) return undefined;
  return typeof body.operationName === 'string' ? body.operationName : undefined;
}

/**
 * Answers 503 when a request is still running after `ms`, and cancels its database work through
 * `requestSignal` (its sessions close, so its transactions end in Neo4j instead of running on to
 * NEO4J_QUERY_TIMEOUT_MS); logged once, here. A client that leaves before its answer cancels the
 * work the same way, silently.
 */
export function requestTimeout(ms: number, log: Logger): RequestHandler {
  return (request, response, next) => {
    const controller = new AbortController();
    // Each statement the request has in flight listens to it, and an operation may run many at once.
    setMaxListeners(0, controller.signal);
    requestSignals.set(request, controller.signal);
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      answeredEarly.add(response);
      response
        .status(503)
        .json(
          graphqlError(
            `The request took longer than ${ms} ms (REQUEST_TIMEOUT_MS).`,
            errorCodes.requestTimeout,
          ),
        );
      controller.abort();
      log.warn(
        { timeoutMs: ms, operationName: operationName(request) },
        'request timed out: answered 503 and cancelled its database work',
      );
    }, ms);
    response.on('finish', () => clearTimeout(timer));
    response.on('close', () => {
      clearTimeout(timer);
      if (!response.writableFinished) {
        answeredEarly.add(response);
        controller.abort();
      }
    });
    next();
  };
}

function describe(error: unknown): { type: unknown; status: unknown } {
  if (typeof error !== 'object' || error === null) return { type: undefined, status: undefined };
  return {
    type: 'type' in error ? error.type : undefined,
    status: 'status' in error ? error.status : undefined,
  };
}

/**
 * Last express handler: body-parser failures become clear 400/413 answers in GraphQL's error
 * shape; anything else is logged and answered without detail (express's default handler would
 * print a stack trace outside production).
 */
export function httpErrorHandler(log: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (response.headersSent) {
      // Late failures of work whose request was already answered (it timed out, or its client
      // left: Apollo's attempt to answer again fails) were logged when it was answered. Anything
      // else is logged here, never handed to express's default handler, which prints to stderr.
      if (!answeredEarly.has(response)) {
        log.error({ err: error }, 'error after the answer had begun');
        request.socket.destroy();
      }
      return;
    }
    const { type, status } = describe(error);
    if (type === 'entity.too.large') {
      response
        .status(413)
        .json(
          graphqlError(
            `The request body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES).`,
            'BAD_REQUEST',
          ),
        );
    } else if (type === 'entity.parse.failed') {
      response.status(400).json(graphqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      response.status(status).json(graphqlError('The request could not be read.', 'BAD_REQUEST'));
    } else {
      log.error({ err: error }, 'unhandled error in an HTTP request');
      response.status(500).json(graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
