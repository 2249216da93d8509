// One contender in its own process (so its CPU time is its own): `serve.ts <ours|library|floor>`
// with BENCH_BOLT_URI set; prints "READY <url>" once it listens on a free loopback port.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server/createServer.ts';
import { createFloorServer } from './floorServer.ts';
import { createLibraryApollo } from './libraryServer.ts';

const contender = process.argv[2];
const uri = process.env['BENCH_BOLT_URI'];
if (!uri || !contender) throw new Error('usage: BENCH_BOLT_URI=bolt://... serve.ts <ours|library|floor>');
const driver = createDriver({ uri, auth: undefined });
// Stopped by a signal, the process exits normally, so that `node --cpu-prof` writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));

function listening(address: AddressInfo | string | null, path: string): void {
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  process.stdout.write(`READY http://127.0.0.1:${address.port}${path}\n`);
}

if (contender === 'ours') {
  const config = loadConfig({
    NEO4J_URI: uri,
    PORT: '0',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    NODE_ENV: 'production',
    SEED_ON_START: 'false',
    NEO4J_QUERY_TIMEOUT_MS: '60000',
    // The benchmark measures speed, not the cost limit: whole-graph fields such as facets cost
    // more than the default MAX_COST at size M (docs/cost-model.md).
    MAX_COST: '10000000',
  });
  const server = await startServer({ config, driver, log: createLogger(config) });
  listening(server.httpServer.address(), '/graphql');
} else if (contender === 'library') {
  const apollo = await createLibraryApollo(driver);
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve({}) }),
  );
  const server = createHttpServer(app);
  server.listen(0, '127.0.0.1', () => listening(server.address(), '/graphql'));
} else if (contender === 'floor') {
  const server = createFloorServer(driver);
  server.listen(0, '127.0.0.1', () => listening(server.address(), ''));
} else {
  throw new Error(`unknown contender ${contender}`);
}
