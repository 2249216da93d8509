import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { createLogger } from '../src/logger.ts';
import { createApollo, createContext } from '../src/server/createServer.ts';
import { createLibraryApollo } from './contenders/libraryServer.ts';
import type { ContenderName, Operation } from './operations.ts';

/** Counts the read transactions opened through `driver` (each of the library's runs one query). */
function countTransactions(driver: Driver): () => number {
  let count = 0;
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session = openSession(config);
    const executeRead = session.executeRead.bind(session);
    session.executeRead = (work, transactionConfig) => {
      count += 1;
      return executeRead(work, transactionConfig);
    };
    return session;
  };
  return () => count;
}

/**
 * Cypher round trips per operation, counted in this process: ours by the request's executor
 * (`queryCount`), the library's by the transactions its driver opens; the floor sends one query
 * by construction.
 */
export async function countRoundTrips(
  boltUri: string,
  operations: readonly Operation[],
): Promise<Record<string, Record<ContenderName, number>>> {
  const config = loadConfig({
    NEO4J_URI: boltUri,
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    NEO4J_QUERY_TIMEOUT_MS: '60000',
  });
  const log = createLogger(config);
  const driver = createDriver({ uri: boltUri, auth: undefined });
  const libraryDriver = createDriver({ uri: boltUri, auth: undefined });
  const libraryCount = countTransactions(libraryDriver);
  const ours = createApollo({ config, driver, log });
  const library = await createLibraryApollo(libraryDriver);
  await ours.start();
  await library.start();
  const counts: Record<string, Record<ContenderName, number>> = {};
  try {
    for (const operation of operations) {
      const context = createContext({ config, driver, log });
      await ours.executeOperation(operation.ours, { contextValue: context });
      const before = libraryCount();
      await library.executeOperation(operation.library);
      counts[operation.name] = {
        ours: context.cypher.queryCount,
        library: libraryCount() - before,
        floor: 1,
      };
    }
  } finally {
    await ours.stop();
    await library.stop();
    await driver.close();
    await libraryDriver.close();
  }
  return counts;
}
