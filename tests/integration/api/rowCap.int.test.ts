import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createApollo, createContext } from '../../../src/server/createServer.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testConfig, testDriver } from '../../support/testDatabase.ts';

// The members of senior management (six memberships by the two articles), each with its
// evidence and section, and each role's peers with their tier, role, evidence and section: well
// over 100 nodes, well under 1,000.
const wide = `{ tier(slug: "senior-management") {
  roles {
    evidence { text section { name } }
    role { slug peers { tier { slug } role { slug } evidence { text section { name } } } }
  }
} }`;

describe('the row cap, enforced inside the statement', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  /** Runs `query` in this process under MAX_ROWS_PER_REQUEST = `maxRows`, with the request's executor. */
  async function run(query: string, maxRows: number) {
    const config = testConfig({ MAX_ROWS_PER_REQUEST: String(maxRows), MAX_COST: '1000000' });
    const log = createLogger(config);
    const apollo = createApollo({ config, driver, log });
    await apollo.start();
    try {
      const context = createContext({ config, driver, log });
      const response = await apollo.executeOperation({ query }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { result: response.body.singleResult, rowsRead: context.cypher.rowCount };
    } finally {
      await apollo.stop();
    }
  }

  it('answers in full under a cap the answer fits', async () => {
    const { result, rowsRead } = await run(wide, 1_000);
    expect(result.errors).toBeUndefined();
    expect(rowsRead).toBeGreaterThan(100);
    expect(rowsRead).toBeLessThanOrEqual(1_000);
  });

  it('refuses an answer over the cap from the count Neo4j sends, without reading the answer', async () => {
    const { result, rowsRead } = await run(wide, 100);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toBe(
      'The request read more than 100 rows from the database (MAX_ROWS_PER_REQUEST): ask for less.',
    );
    // Neo4j counted the tier's nodes and sent that count alone: one record, none of its nodes read.
    expect(rowsRead).toBe(1);
  });
});
