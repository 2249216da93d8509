import type { Driver } from 'neo4j-driver';
import { createLogger } from '../../src/logger.ts';
import { createApollo, createContext } from '../../src/server/createServer.ts';
import { testConfig } from './testDatabase.ts';

export interface InProcessResult {
  /** Cypher statements the operation sent. */
  queries: number;
  data: Record<string, unknown> | null | undefined;
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

/**
 * Runs one operation through Apollo in this process, with operation planning on or off
 * (PLAN_OPERATIONS), and counts the Cypher statements it sent. Limits are raised: these tests
 * look at batching and answers, not cost control, and a wide operation's first statements wait
 * on Neo4j's planner on a busy machine.
 */
export async function runOperation(
  driver: Driver,
  query: string,
  variables: Record<string, unknown>,
  planned: boolean,
): Promise<InProcessResult> {
  const config = testConfig({
    MAX_COST: '1000000',
    MAX_ALIASES: '100',
    NEO4J_QUERY_TIMEOUT_MS: '60000',
    PLAN_OPERATIONS: String(planned),
  });
  const log = createLogger(config);
  const apollo = createApollo({ config, driver, log });
  await apollo.start();
  const context = createContext({ config, driver, log });
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  await apollo.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { queries: context.cypher.queryCount, data, errors };
}
