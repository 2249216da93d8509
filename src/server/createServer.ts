import { createServer as createHttpServer, type Server } from 'node:http';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { readGraphCounts } from '../data/graphCounts.ts';
import { readChangesSince, readLatestVersion } from '../data/graphChanges.ts';
import { OneVersion, readGraphState, type GraphState } from '../data/graphVersion.ts';
import { Loaders } from '../data/loaders.ts';
import { sharedAnswers, type SharedAnswers } from '../data/versionedAnswers.ts';
import { CypherCancelled, CypherExecutor, probeSource, type DriverSource } from '../db/cypher.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { createErrorFormatter, errorCodes } from '../graphql/errors.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { loadTypeDefs } from '../graphql/typeDefs.ts';
import type { Logger } from '../logger.ts';
import { ping } from '../data/system.ts';
import {
  conditionalGet,
  ResponseTags,
  responseTagPlugin,
  type ConditionalGetLocals,
} from './conditionalGet.ts';
import { GraphSize } from './graphSize.ts';
import { GraphVersionSource } from './graphVersionSource.ts';
import { GraphChangeFeed } from './graphChangeFeed.ts';
import { graphChangeStream } from './graphChangeStream.ts';
import { healthRoutes } from './healthRoutes.ts';
import { HttpDrain } from './httpDrain.ts';
import { httpErrorHandler, requestSignal, requestTimeout } from './httpGuards.ts';
import { manifestQueryCache } from './manifestQueryCache.ts';
import { manifestOnly, readManifest, type OperationManifest } from './operationManifest.ts';
import { playgroundPlugin } from './playgroundPlugin.ts';
import { costLimitPlugin, shapeRules } from './queryLimits.ts';
import type { Warmup } from './sharedWarmup.ts';
import { persistedQueryChecks, supportedOperationsPlugin } from './requestChecks.ts';
import { Readiness } from './readiness.ts';
import { OneVersionApolloServer } from './oneVersionApollo.ts';
import { webRoutes } from './webRoutes.ts';
import { exportRoutes } from './exports/exportRoutes.ts';

export interface ServerDeps {
  config: Config;
  /** A driver, or the process's connection (db/connection.ts), which may replace its driver. */
  driver: Driver | DriverSource;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /**
   * Stops accepting connections, lets requests in flight finish (each is answered within
   * REQUEST_TIMEOUT_MS), then stops Apollo.
   */
  stop(): Promise<void>;
}

/**
 * The Apollo server over our schema and resolvers: errors masked for clients, operations bounded
 * in shape and cost before they run, introspection and persisted queries as configured.
 */
export function createApollo(
  { config, driver, log }: ServerDeps,
  plugins: ApolloServerPlugin<GraphQLContext>[] = [],
  manifest: OperationManifest | null = null,
  answers: SharedAnswers | null = null,
): ApolloServer<GraphQLContext> {
  // Whole-graph fields are costed from the graph's counts, read apart from any request's work.
  // Bounded like any statement: the read is constant-time once planned, but its first planning on a
  // database just started on a busy machine can take seconds, and failing the request for that
  // would refuse the first requests after every start.
  const graphSize = new GraphSize(() =>
    readGraphCounts(
      new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs }),
    ),
  );
  const formatError = createErrorFormatter(log, { hideSuggestions: config.env === 'production' });
  return new OneVersionApolloServer(
    {
      typeDefs: loadTypeDefs(),
      resolvers,
      formatError: (formatted: GraphQLFormattedError, error: unknown) =>
        // Work cancelled with its request: the client already has its 503 (or has left), and the
        // timeout was logged once when it was answered.
        unwrapResolverError(error) instanceof CypherCancelled
          ? {
              message: 'The request was cancelled before it completed.',
              extensions: { code: errorCodes.requestTimeout },
            }
          : formatError(formatted, error),
      includeStacktraceInErrorResponses: false,
      introspection: config.graphql.introspection,
      // The manifest's operations are always known by hash; `manifest-only` knows nothing else.
      persistedQueries:
        config.graphql.persistedQueries === 'off'
          ? false
          : manifest
            ? {
                cache: manifestQueryCache(manifest, {
                  acceptRegistrations: config.graphql.persistedQueries === 'apq',
                }),
              }
            : {},
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      validationRules: shapeRules(config),
      parseOptions: { maxTokens: config.limits.maxTokens },
      // Shutdown is ours (server/shutdown.ts): Apollo's own handler would re-raise the signal.
      stopOnTerminationSignals: false,
      // Every answer is public for CACHE_MAX_AGE_S unless the schema's @cacheControl hints say less;
      // an answer with errors gets `no-store`. Listed first: plugins read the header it sets. With
      // CACHE_MAX_AGE_S=0 nothing is cacheable, and the plugin (which wraps every field's resolver
      // to collect hints) is left out.
      plugins: [
        config.http.cacheMaxAgeS > 0
          ? ApolloServerPluginCacheControl({ defaultMaxAge: config.http.cacheMaxAgeS })
          : ApolloServerPluginCacheControlDisabled(),
        supportedOperationsPlugin(),
        costLimitPlugin({
          maxCost: config.limits.maxCost,
          graphSize,
          log,
          answers,
          warmup: answers && sharedWarmup(config, driver),
        }),
        ...plugins,
      ],
    },
    log,
  );
}

/** Shared answers are computed with the server's own executor, bounded by the request timeout. */
const sharedWarmup = (config: Config, driver: Driver | DriverSource): Warmup => ({
  cypher: new CypherExecutor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.http.requestTimeoutMs,
  }),
  similarityThreshold: config.graphql.similarityThreshold,
});

/** What a request served over HTTP adds to its context. */
export interface RequestScope {
  /** Cancels the request's database work (it timed out, or its client left). */
  signal?: AbortSignal;
  /** What a GET asks, for its answer's ETag (conditionalGet.ts). */
  responseOperation?: string;
  /** Reads the graph's state: with it, the request's reads are checked to have seen one version. */
  graphState?: () => Promise<GraphState>;
  /** A state read before the request's work began (by a conditional GET), its reads' `before`. */
  stateBefore?: GraphState;
  /** The graph's state last observed, if any: its reads' `before` when nothing else is. */
  recentState?: () => GraphState | undefined;
  answers?: SharedAnswers;
}

/**
 * A request's context: its own Cypher executor (query count, row cap, sessions on the current
 * driver, cancelled with `signal`) and batching loaders; with `graphState`, its reads are checked
 * to have seen one version of the graph (`OneVersion`; the server makes the answer again if not).
 * A GET's state is read before its work even when it reads nothing itself (its answers all
 * shared), so that its ETag names the version the answer is of.
 */
export function createContext(
  { config, driver, log }: ServerDeps,
  { signal, responseOperation, graphState, stateBefore, recentState, answers }: RequestScope = {},
): GraphQLContext {
  const before =
    stateBefore !== undefined
      ? Promise.resolve(stateBefore)
      : responseOperation !== undefined
        ? graphState?.()
        : undefined;
  const oneVersion = graphState ? new OneVersion(graphState, before, recentState) : undefined;
  const cypher = new CypherExecutor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
    maxRows: config.limits.maxRowsPerRequest,
    ...(signal ? { signal } : {}),
    ...(oneVersion ? { beforeRead: oneVersion.beforeRead } : {}),
  });
  return {
    cypher,
    loaders: new Loaders(cypher),
    log,
    databaseName: config.neo4j.database,
    planOperations: config.graphql.planOperations,
    similarityThreshold: config.graphql.similarityThreshold,
    ...(responseOperation ? { responseOperation } : {}),
    ...(oneVersion ? { oneVersion } : {}),
    ...(answers ? { answers } : {}),
  };
}

/**
 * The manifest: required in `manifest-only` mode; in `apq` mode it only spares dashboards the
 * registration round trip, so a missing one is logged and the server runs without it.
 */
function optionalManifest(config: Config, log: Logger): OperationManifest | null {
  if (config.graphql.persistedQueries === 'manifest-only') return readManifest(config.graphql.manifestPath);
  try {
    return readManifest(config.graphql.manifestPath);
  } catch (error) {
    log.warn({ err: error }, 'operations manifest unreadable; its operations must be registered by clients');
    return null;
  }
}

const optionalSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

/** `/ready` answers within about this, whatever the database does. */
const readyTimeoutMs = 750;

/**
 * Builds the HTTP app (GraphQL and its playground at /graphql, its subscriptions at /graphql/stream,
 * the explorer at /explorer, /health,
 * /ready) apart from the process entry point,
 * so tests start it on a free port against the real database. A little over 60 lines: the app's
 * routes are mounted in the order requests meet them, easiest read in one place.
 */
// eslint-disable-next-line max-lines-per-function -- routes mounted in the order requests meet them
export async function startServer(
  { config, driver, log }: ServerDeps,
  port = config.port,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every answer with a hash of its body (computed after the work is done);
  // GraphQL answers get their tag from the graph version instead (conditionalGet.ts).
  app.set('etag', false);
  const httpServer = createHttpServer(app);

  // Receiving a request is bounded too, so slow clients cannot hold sockets open.
  httpServer.requestTimeout = config.http.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(config.http.requestTimeoutMs, 60_000);
  // Node closes an idle kept-alive connection after 5 s. A client whose own event loop is busy for
  // longer between two requests (a script loading an article synchronously, say) cannot see the
  // close in time and sends its next request on the dead socket; a minute covers such pauses, as
  // servers behind proxies commonly keep it.
  httpServer.keepAliveTimeout = 65_000;

  const drain = new HttpDrain(httpServer);

  const manifest = config.graphql.persistedQueries === 'off' ? null : optionalManifest(config, log);
  const responseTags = new ResponseTags();
  // What every request's reads are checked against, read before and after them (shared by requests);
  // a conditional GET's read is its request's `before`.
  const graphState = new GraphVersionSource<GraphState>(() =>
    readGraphState(
      new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs }),
    ),
  );
  // Whole-graph answers are computed once per graph version, and shared by every request.
  const answers = sharedAnswers(() => graphState.current());
  const apollo = createApollo(
    { config, driver, log },
    [playgroundPlugin(config.playground), responseTagPlugin(responseTags)],
    manifest,
    answers,
  );
  await apollo.start();

  const readiness = new Readiness(
    (signal) =>
      ping(
        new CypherExecutor(probeSource(driver), {
          database: config.neo4j.database,
          timeoutMs: readyTimeoutMs,
          signal,
        }),
      ),
    { timeoutMs: readyTimeoutMs, cacheMs: 1_000 },
  );
  // Changes of the graph for subscribers, read from the graph's version whoever wrote it.
  const feedCypher = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: 2_000 });
  const graphChanges = new GraphChangeFeed(
    { latest: () => readLatestVersion(feedCypher), since: (seq) => readChangesSince(feedCypher, seq) },
    config.graphql.graphChangePollMs,
    log,
  );
  app.use(healthRoutes(readiness, () => drain.isDraining));
  app.use(webRoutes());
  app.use(exportRoutes(config, driver, log));
  app.use(
    graphChangeStream({
      config,
      log,
      feed: graphChanges,
      context: () => createContext({ config, driver, log }),
    }),
  );
  app.use(
    '/graphql',
    cors({
      origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    }),
    requestTimeout(config.http.requestTimeoutMs, log),
    express.json({ limit: config.http.maxBodyBytes }),
    ...(manifest && config.graphql.persistedQueries === 'manifest-only' ? [manifestOnly(manifest)] : []),
    ...(config.graphql.persistedQueries === 'apq' ? [persistedQueryChecks()] : []),
    conditionalGet(graphState, responseTags, log),
    expressMiddleware(apollo, {
      // Made again for each try at a one-version answer: only the first is given the state read
      // before the request; a later one reads its own.
      context: ({ req, res }) => {
        const locals: ConditionalGetLocals = res.locals;
        const { responseOperation, graphState: stateBefore } = locals;
        delete locals.graphState;
        return Promise.resolve(
          createContext(
            { config, driver, log },
            {
              ...(responseOperation !== undefined ? { responseOperation } : {}),
              ...(stateBefore !== undefined ? { stateBefore } : {}),
              graphState: () => graphState.current(),
              recentState: () => graphState.settled(),
              answers,
              ...optionalSignal(requestSignal(req)),
            },
          ),
        );
      },
    }),
  );
  app.use(httpErrorHandler(log, config.http.maxBodyBytes));

  await new Promise<void>((resolvePromise, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, config.host, () => resolvePromise());
  });
  const address = httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`expected a TCP address, got ${String(address)}`);
  }
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    httpServer,
    async stop() {
      // Open streams end (their clients are told the subscription completed) rather than being cut.
      graphChanges.stop();
      await drain.drain({ graceMs: config.http.requestTimeoutMs + 2_000, idleMs: 500 });
      await apollo.stop();
    },
  };
}
