import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express, { type RequestHandler, type Router } from 'express';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { Config } from '../config.ts';
import type { GraphChangeSubscriptions } from '../data/graphChanges.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { errorCodes } from '../graphql/errors.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { loadTypeDefs } from '../graphql/typeDefs.ts';
import type { Logger } from '../logger.ts';
import { shapeRules } from './queryLimits.ts';

/**
 * Subscriptions over the GraphQL over SSE protocol (graphql-sse) at /graphql/stream, beside
 * /graphql on the same origin and port, under its rules: the same CORS origins, the same CSRF
 * check as Apollo's, the same body size, token count and shape limits. Only subscription
 * operations are taken here; queries go to /graphql, where answers are cached and costed.
 */

// Apollo's CSRF prevention, as /graphql applies it: a request a browser may send cross-site
// without a preflight (no content type, or a form's or plain text's) must carry one of these.
const preflightHeaders = ['x-apollo-operation-name', 'apollo-require-preflight'];
const simpleTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export const csrfMessage =
  "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header " +
  `(with a type that is not one of ${simpleTypes.join(', ')}) or provide a non-empty value for one of the following headers: ${preflightHeaders.join(', ')}\n`;

const csrfPrevention: RequestHandler = (request, response, next) => {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  const preflighted =
    (type !== undefined && type !== '' && !simpleTypes.includes(type)) ||
    preflightHeaders.some((header) => (request.headers[header] ?? '') !== '');
  if (preflighted) {
    next();
    return;
  }
  response.status(400).type('text/plain').send(csrfMessage);
};

// An execution result (graphql-sse tells one from execution arguments by its `data`).
const refusal = (message: string, code: string) => ({
  data: null,
  errors: [new GraphQLError(message, { extensions: { code } })],
});

/** Parses and validates a subscription as /graphql would a query, with the same limits. */
function checkedOperation(
  schema: GraphQLSchema,
  config: Config,
  query: string,
  operationName?: string | null,
) {
  let document;
  try {
    document = parse(query, { maxTokens: config.limits.maxTokens });
  } catch (error) {
    return refusal(error instanceof Error ? error.message : String(error), 'GRAPHQL_PARSE_FAILED');
  }
  const errors = validate(schema, document, [...specifiedRules, ...shapeRules(config)]);
  if (errors.length > 0) return { data: null, errors };
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION)
    return refusal(
      'Only subscriptions are served at /graphql/stream; send queries to /graphql.',
      errorCodes.operationNotSupported,
    );
  return { document };
}

export interface GraphChangeStreamDeps {
  config: Config;
  log: Logger;
  feed: GraphChangeSubscriptions;
  /** A context as /graphql's requests get, for the operation's resolvers. */
  context: () => GraphQLContext;
}

export function graphChangeStream({ config, log, feed, context }: GraphChangeStreamDeps): Router {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const handler = createHandler<GraphQLContext & Record<PropertyKey, unknown>>({
    schema,
    // Every request its own stream ("distinct connections"): no reservations to hold between requests.
    authenticate: () => null,
    onSubscribe: (_request, params) => {
      const checked = checkedOperation(schema, config, params.query, params.operationName);
      if ('errors' in checked) return checked;
      return {
        schema,
        document: checked.document,
        variableValues: params.variables,
        operationName: params.operationName,
        contextValue: { ...context(), graphChanges: feed },
      };
    },
  });
  const router = express.Router();
  router.use(
    '/graphql/stream',
    cors({
      origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', ...preflightHeaders],
      maxAge: 600,
    }),
    csrfPrevention,
    express.json({ limit: config.http.maxBodyBytes }),
    async (request, response) => {
      try {
        await handler(request, response);
      } catch (error) {
        log.error({ err: error }, 'graphChanged stream failed');
        if (!response.headersSent) response.status(500).end();
        else response.end();
      }
    },
  );
  return router;
}
