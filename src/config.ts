import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './projectRoot.ts';

const boolean = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const integer = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

const memorySize = z.string().regex(/^\d+[kmg]$/i, { message: 'must be a size such as 512m or 1g' });

/**
 * Every environment variable the project reads, with its default. README's configuration table
 * mirrors this object; nothing else in the code reads process.env.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, {
      message: 'must be a Neo4j URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io',
    })
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: integer(100, 600_000).default(5_000),
  NEO4J_MANAGED_HOME: z.string().min(1).default('.neo4j/dev'),
  NEO4J_MANAGED_PORT: integer(0, 65535).default(0),
  NEO4J_MANAGED_HEAP: memorySize.default('512m'),
  NEO4J_MANAGED_PAGECACHE: memorySize.default('64m'),
  NEO4J_STARTUP_TIMEOUT_MS: integer(1_000, 900_000).default(180_000),
  SEED_ON_START: boolean.default(true),
  PLAN_OPERATIONS: boolean.default(true),
  INTROSPECTION: boolean.optional(),
  CORS_ORIGINS: z
    .string()
    .regex(/^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$/, {
      message: 'must be a comma-separated list of origins such as https://dash.example.com',
    })
    .optional(),
  PERSISTED_QUERIES: z
    .enum(['apq', 'manifest-only', 'off'], { message: 'must be apq, manifest-only or off' })
    .default('apq'),
  OPERATIONS_MANIFEST: z.string().min(1).default('docs/examples/persisted-operations.json'),
  MAX_DEPTH: integer(2, 100).default(15),
  MAX_ALIASES: integer(1, 1000).default(15),
  MAX_TOKENS: integer(100, 100_000).default(3_000),
  MAX_DIRECTIVES: integer(1, 1000).default(20),
  MAX_COST: integer(10, 10_000_000).default(50_000),
  MAX_ROWS_PER_REQUEST: integer(100, 10_000_000).default(50_000),
  MAX_BODY_BYTES: integer(1_024, 10_000_000).default(100_000),
  REQUEST_TIMEOUT_MS: integer(100, 600_000).default(15_000),
  EXPORT_STALL_TIMEOUT_MS: integer(100, 600_000).optional(),
  SIMILARITY_THRESHOLD: z.coerce
    .number({ message: 'must be a number' })
    .min(0.1, { message: 'must be at least 0.1 (no pairs scoring less are stored)' })
    .max(1, { message: 'must be at most 1' })
    .default(0.15),
  CACHE_MAX_AGE_S: integer(0, 86_400).default(5),
  GRAPH_CHANGE_POLL_MS: integer(100, 60_000).default(1_000),
  PLAYGROUND: z
    .enum(['graphiql', 'sandbox', 'off'], { message: 'must be graphiql, sandbox or off' })
    .default('graphiql'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  neo4j: {
    /** Unset: use (or start) the managed local Neo4j. */
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string;
    queryTimeoutMs: number;
  };
  managed: {
    home: string;
    port: number;
    heap: string;
    pageCache: string;
    startupTimeoutMs: number;
  };
  seedOnStart: boolean;
  graphql: {
    /** Schema introspection; off by default in production. */
    introspection: boolean;
    /** `apq`: automatic persisted queries; `manifest-only`: only operations of the manifest run. */
    persistedQueries: 'apq' | 'manifest-only' | 'off';
    /** Root fields fetch their whole selection in one Cypher statement. */
    planOperations: boolean;
    /** Similarity from which two claims count as the same (gap, soft overlap, `similar`). */
    similarityThreshold: number;
    manifestPath: string;
    /** How often the graph's version is read while anyone subscribes to `graphChanged`. */
    graphChangePollMs: number;
  };
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    maxCost: number;
    maxRowsPerRequest: number;
  };
  http: {
    maxBodyBytes: number;
    requestTimeoutMs: number;
    /** An export whose reader takes nothing for this long is cut off (REQUEST_TIMEOUT_MS unless set). */
    exportStallTimeoutMs: number;
    /** Browser origins allowed to call the API cross-site; empty: same origin only. */
    corsOrigins: string[];
    /** `max-age` of cacheable answers (the default cache hint); 0: none is cacheable. */
    cacheMaxAgeS: number;
  };
  /**
   * What a browser gets at GET /graphql: our bundled GraphiQL (works offline), Apollo's hosted
   * Sandbox (loads from Apollo's CDN), or nothing.
   */
  playground: 'graphiql' | 'sandbox' | 'off';
}

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Parses and checks the environment once; every problem is reported together. (A little over 60
 * lines: it maps the checked variables onto the typed config, one line each.)
 */
// eslint-disable-next-line max-lines-per-function -- maps each checked variable onto the typed config, one line each
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        return `${name}=${JSON.stringify(value)} ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NEO4J_PASSWORD && !e.NEO4J_URI) {
    throw new ConfigError([
      'NEO4J_PASSWORD is set but NEO4J_URI is not: set both to use your own Neo4j, or neither for the managed one',
    ]);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    managed: {
      home: isAbsolute(e.NEO4J_MANAGED_HOME) ? e.NEO4J_MANAGED_HOME : join(projectRoot, e.NEO4J_MANAGED_HOME),
      port: e.NEO4J_MANAGED_PORT,
      heap: e.NEO4J_MANAGED_HEAP,
      pageCache: e.NEO4J_MANAGED_PAGECACHE,
      startupTimeoutMs: e.NEO4J_STARTUP_TIMEOUT_MS,
    },
    seedOnStart: e.SEED_ON_START,
    graphql: {
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      persistedQueries: e.PERSISTED_QUERIES,
      planOperations: e.PLAN_OPERATIONS,
      similarityThreshold: e.SIMILARITY_THRESHOLD,
      graphChangePollMs: e.GRAPH_CHANGE_POLL_MS,
      manifestPath: isAbsolute(e.OPERATIONS_MANIFEST)
        ? e.OPERATIONS_MANIFEST
        : join(projectRoot, e.OPERATIONS_MANIFEST),
    },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxRowsPerRequest: e.MAX_ROWS_PER_REQUEST,
    },
    http: {
      maxBodyBytes: e.MAX_BODY_BYTES,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      exportStallTimeoutMs: e.EXPORT_STALL_TIMEOUT_MS ?? e.REQUEST_TIMEOUT_MS,
      corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',') : [],
      cacheMaxAgeS: e.CACHE_MAX_AGE_S,
    },
    playground: e.PLAYGROUND,
  };
}
