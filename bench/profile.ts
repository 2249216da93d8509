// `npm run bench:profile -- --scale S [--operation roleDetail]`: the Cypher our server sends for
// each benchmark operation, re-run under PROFILE, with database hits, rows and time per query.
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { createLogger } from '../src/logger.ts';
import { createApollo, createContext } from '../src/server/createServer.ts';
import { obtainBenchDatabase } from './benchNeo4j.ts';
import { isObject } from './json.ts';
import { chooseTargets, operations } from './operations.ts';
import { parseScale } from './synthetic/scale.ts';

interface Captured {
  query: string;
  params: Record<string, unknown>;
}

/** Records every read statement sent through `driver`, auto-commit or in a read transaction. */
function captureStatements(driver: Driver): Captured[] {
  const captured: Captured[] = [];
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session = openSession(config);
    // Reads are auto-commit (`session.run`); writes and multi-statement reads use transactions.
    const runAutoCommit = session.run.bind(session);
    session.run = ((query: string, params?: Record<string, unknown>, transactionConfig?: unknown) => {
      if (typeof query === 'string' && isObject(params)) captured.push({ query, params: { ...params } });
      return runAutoCommit(query, params, transactionConfig as never);
    }) as typeof session.run;
    const executeRead = session.executeRead.bind(session);
    session.executeRead = (work, transactionConfig) =>
      executeRead((tx) => {
        const run = tx.run.bind(tx);
        tx.run = (query, params) => {
          const values: unknown = params;
          if (typeof query === 'string' && isObject(values)) captured.push({ query, params: { ...values } });
          return run(query, params);
        };
        return work(tx);
      }, transactionConfig);
    return session;
  };
  return captured;
}

interface PlanNode {
  dbHits: number;
  rows: number;
  children: PlanNode[];
}
function totalHits(plan: PlanNode): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scale: { type: 'string', default: 'S' }, operation: { type: 'string' } },
  strict: true,
});
const scale = parseScale(values.scale);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await obtainBenchDatabase(config, scale.name, scale.targetNodes);
const appConfig = loadConfig({
  NEO4J_URI: database.uri,
  LOG_LEVEL: 'silent',
  NEO4J_QUERY_TIMEOUT_MS: '60000',
});
const driver = createDriver({ uri: database.uri, auth: undefined });
const plain = createDriver({ uri: database.uri, auth: undefined });
try {
  const captured = captureStatements(driver);
  const ops = operations(
    await chooseTargets(new CypherExecutor(plain, { database: 'neo4j', timeoutMs: 60_000 })),
  );
  const apollo = createApollo({ config: appConfig, driver: plain, log: createLogger(appConfig) });
  await apollo.start();
  for (const op of ops.filter((o) => !values.operation || o.name === values.operation)) {
    captured.length = 0;
    await apollo.executeOperation(op.ours, {
      contextValue: createContext({ config: appConfig, driver, log: createLogger(appConfig) }),
    });
    console.log(`\n## ${op.name}: ${captured.length} queries`);
    for (const { query, params } of [...captured]) {
      const session = plain.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const started = performance.now();
        const result = await session.run(`PROFILE ${query}`, params);
        const elapsed = performance.now() - started;
        const plan = result.summary.profile;
        const hits = plan ? totalHits(plan) : Number.NaN;
        // One operation asked for: its whole statement; all of them: the first line of each.
        const text = values.operation
          ? `\n${query.trim()}\n`
          : query.replace(/\s+/g, ' ').trim().slice(0, 160);
        console.log(`- ${hits} db hits, ${result.records.length} rows, ${elapsed.toFixed(1)} ms: ${text}`);
      } finally {
        await session.close();
      }
    }
  }
  await apollo.stop();
} finally {
  await driver.close();
  await plain.close();
  await database.release();
}
