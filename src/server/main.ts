import { ConfigError, loadConfig } from '../config.ts';
import { Neo4jConnection } from '../db/connection.ts';
import { resolveNeo4jTarget } from '../db/neo4jTarget.ts';
import { createLogger } from '../logger.ts';
import { startServer } from './createServer.ts';
import { onShutdownSignal } from './shutdown.ts';
import { announceStartup } from './startupBanner.ts';
import { CypherExecutor } from '../db/cypher.ts';
import { seedWhenAvailable } from '../ingest/startupSeed.ts';

/** Process entry point for `npm start` (after `prestart` built the pages): config, database, seed on first run, HTTP. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config);

  const target = await resolveNeo4jTarget(config, log);
  // One driver at a time, replaced if the database moves (a managed Neo4j restarted elsewhere).
  const connection = new Neo4jConnection(target, log);
  const seeding = new AbortController();
  if (config.seedOnStart) {
    // Before listening when the database answers (the first request then sees data); if it is
    // down, the server starts anyway, reports not ready, and seeds once the database is back.
    const cypher = new CypherExecutor(connection, { database: target.database, timeoutMs: 120_000 });
    const seeded = await seedWhenAvailable(cypher, log, seeding.signal, { firstAttemptOnly: true });
    if (!seeded) void seedWhenAvailable(cypher, log, seeding.signal);
  }
  const server = await startServer({ config, driver: connection, log });
  await announceStartup({ config, log, graphqlUrl: server.url, target, connection });

  // Draining waits up to REQUEST_TIMEOUT_MS for requests in flight; closing leaves time to stop
  // a managed Neo4j that no other process uses.
  onShutdownSignal(
    log,
    async () => {
      seeding.abort();
      await server.stop();
      await connection.close();
    },
    config.http.requestTimeoutMs + 20_000,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Could not start: ${message}\n`);
  process.exit(1);
});
