import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { GraphState } from '../data/graphVersion.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { Logger } from '../logger.ts';
import type { GraphVersionSource } from './graphVersionSource.ts';
import { sha256 } from './operationManifest.ts';

/** Header naming the graph version an answer was computed on. */
export const graphVersionHeader = 'x-graph-version';

/**
 * The tags this process has answered 200 with, each with the Cache-Control it was sent with: a
 * GET whose If-None-Match names one is answered 304 with the same Cache-Control. A tag is only
 * here once its answer was cacheable and free of errors, so an unknown tag (another instance's,
 * or one from before a restart) costs one ordinary answer, never a 304 for an error.
 */
export class ResponseTags {
  private readonly tags = new LRUCache<string, string>({ max: 10_000 });

  remember(tag: string, cacheControl: string): void {
    this.tags.set(tag, cacheControl);
  }

  cacheControlOf(tag: string): string | undefined {
    return this.tags.get(tag);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` name the same variables. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function parsedJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A search parameter Apollo reads: undefined when absent, null when given more than once (refused). */
function onceOnly(params: URLSearchParams, name: string): string | null | undefined {
  const values = params.getAll(name);
  return values.length > 1 ? null : values[0];
}

/**
 * What a GET asks, as one string: the operation (its persisted query hash, else the hash of its
 * text), its name and its variables, read from the URL's query string (`search`, with its `?`)
 * exactly as Apollo reads it (URLSearchParams, every parameter, each of these at most once), not
 * from Express's parsed `request.query`, which keeps only the first 1,000 parameters: a key made
 * from fewer parameters than Apollo executes would give two answers one tag. Null when the GET
 * carries no operation (the playground page) or parameters GraphQL would refuse anyway.
 */
export function operationKey(search: string): string | null {
  const params = new URLSearchParams(search);
  const [extensionsText, text, name, variablesText] = [
    'extensions',
    'query',
    'operationName',
    'variables',
  ].map((param) => onceOnly(params, param));
  if ([extensionsText, text, name, variablesText].includes(null)) return null;
  const extensions = parsedJson(extensionsText);
  const persisted = isRecord(extensions) ? extensions['persistedQuery'] : undefined;
  const hash = isRecord(persisted) ? persisted['sha256Hash'] : undefined;
  const operation =
    typeof hash === 'string' ? hash : typeof text === 'string' && text !== '' ? sha256(text) : null;
  if (operation === null) return null;
  const variables = variablesText === undefined ? null : parsedJson(variablesText);
  if (variables === undefined) return null;
  return canonicalJson([operation, typeof name === 'string' ? name : null, variables]);
}

/** The query string of a request's URL as Apollo's Express integration passes it on ('' or '?...'). */
function searchOf(request: Request): string {
  const at = request.originalUrl.indexOf('?');
  return at < 0 ? '' : request.originalUrl.slice(at);
}

/** Apollo's CSRF prevention lets a GET run only with one of these headers, or a non-simple type. */
function passesCsrfPrevention(request: Request): boolean {
  if (request.headers['x-apollo-operation-name'] || request.headers['apollo-require-preflight']) return true;
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return (
    type !== undefined &&
    type !== '' &&
    !['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(type)
  );
}

/** Whether an If-None-Match header names `tag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((item) => {
    const candidate = item.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === tag;
  });
}

/** The ETag of an answer: the graph version and the operation with its variables. */
export function responseTag(version: string | null, operation: string): string {
  return `"${sha256(`${version ?? 'none'}\n${operation}`).slice(0, 32)}"`;
}

/** What `conditionalGet` hands a GET it does not answer itself (`res.locals`). */
export interface ConditionalGetLocals {
  /** The operation with its variables (`operationKey`): its answer's tag is made from it. */
  responseOperation?: string;
  /** The graph's state read before the request's work, taken by its first try (OneVersion). */
  graphState?: GraphState;
}

/**
 * Conditional GETs of operations: reads the graph's state (a tiny query, shared by concurrent
 * requests) and answers 304 when If-None-Match names the tag this process answered the same
 * operation and variables with on that version. Otherwise the request runs, with that state as
 * the one its reads are checked against, so no second read is needed, and the operation in
 * `res.locals`: its tag is made from the version its answer was read from (`responseTagPlugin`),
 * which is this one unless a load commits meanwhile. When the state cannot be read, the request
 * runs as if uncached.
 */
export function conditionalGet(
  states: GraphVersionSource<GraphState>,
  tags: ResponseTags,
  log: Logger,
): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'GET') return next();
    // The same URL is the playground page for a browser (Accept: text/html) and JSON otherwise.
    response.vary('Accept');
    if (!passesCsrfPrevention(request)) return next();
    const operation = operationKey(searchOf(request));
    if (operation === null) return next();
    states.current().then(
      (state) => {
        const tag = responseTag(state.version, operation);
        const cacheControl = tags.cacheControlOf(tag);
        if (cacheControl !== undefined && matchesTag(request.headers['if-none-match'], tag)) {
          response.setHeader(graphVersionHeader, state.version ?? 'none');
          response.setHeader('etag', tag);
          response.setHeader('cache-control', cacheControl);
          response.status(304).end();
          return;
        }
        const locals: ConditionalGetLocals = { responseOperation: operation, graphState: state };
        Object.assign(response.locals, locals);
        next();
      },
      (error: unknown) => {
        log.warn({ err: error }, 'graph version unavailable; answering without a tag');
        next();
      },
    );
  };
}

/**
 * Puts the tag on answers Apollo's cache-control plugin (listed before this one) made cacheable
 * (a `max-age` above 0 and no errors), and remembers it for the next If-None-Match. The tag, and
 * the version header, name the version the answer's reads saw (`OneVersion`): an answer made
 * again after a load committed under it gets the new version's tag. Errors and uncacheable
 * answers get no tag.
 */
export function responseTagPlugin(tags: ResponseTags): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ response, contextValue }) {
          const operation = contextValue.responseOperation;
          const version = await contextValue.oneVersion?.version();
          if (operation === undefined || version === undefined) return;
          response.http.headers.set(graphVersionHeader, version ?? 'none');
          const cacheControl = response.http.headers.get('cache-control');
          if (
            cacheControl === undefined ||
            !/^max-age=[1-9]\d*, public$/.test(cacheControl) ||
            response.body.kind !== 'single' ||
            response.body.singleResult.errors
          )
            return;
          const tag = responseTag(version, operation);
          response.http.headers.set('etag', tag);
          tags.remember(tag, cacheControl);
        },
      });
    },
  };
}
