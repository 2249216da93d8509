import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.ts';

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Answers 503 when a request is still running after `ms`: the client learns why, and the
 * database transaction behind it is bounded separately by NEO4J_QUERY_TIMEOUT_MS.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_request, response, next) => {
    const timer = setTimeout(() => {
      if (!response.headersSent) {
        response.status(503).json(graphqlError(`The request took longer than ${ms} ms (REQUEST_TIMEOUT_MS).`, 'REQUEST_TIMEOUT'));
      }
    }, ms);
    const clear = () => clearTimeout(timer);
    response.on('finish', clear);
    response.on('close', clear);
    next();
  };
}

function describe(error: unknown): { type: unknown; status: unknown } {
  if (typeof error !== 'object' || error === null) return { type: undefined, status: undefined };
  return { type: 'type' in error ? error.type : undefined, status: 'status' in error ? error.status : undefined };
}

/**
 * Last express handler: body-parser failures become clear 400/413 answers in GraphQL's error
 * shape; anything else is logged and answered without detail (express's default handler would
 * print a stack trace outside production).
 */
export function httpErrorHandler(log: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { type, status } = describe(error);
    if (type === 'entity.too.large') {
      response.status(413).json(graphqlError(`The request body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES).`, 'BAD_REQUEST'));
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
