import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createApollo, createContext } from '../../../src/server/createServer.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testConfig, testDriver } from '../../support/testDatabase.ts';

// Deep fan-out: every role → its tiers → their responsibilities and skills → evidence → source.
const nested = `query ($first: Int!) {
  roles(first: $first) {
    edges { node {
      name
      tiers {
        source { title }
        evidence { text section { name } }
        tier {
          name
          responsibilities { responsibility { name } evidence { text } source { slug } }
          skills { skill { name } evidence { text } }
        }
      }
    } }
  }
}`;

describe('Cypher round trips per operation', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  async function run(first: number) {
    // Batching, not cost control, is under test: allow this deliberately wide query.
    const config = testConfig({ MAX_COST: '1000000' });
    const log = createLogger(config);
    const apollo = createApollo(config, log);
    await apollo.start();
    const context = createContext({ config, driver, log });
    const response = await apollo.executeOperation({ query: nested, variables: { first } }, { contextValue: context });
    await apollo.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const data = response.body.singleResult.data as { roles: { edges: unknown[] } } | undefined;
    return { queries: context.cypher.queryCount, roles: data?.roles.edges.length ?? 0, errors: response.body.singleResult.errors };
  }

  it('are bounded by the depth of the query, not by the number of parents', async () => {
    const one = await run(1);
    const all = await run(7);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect([one.roles, all.roles]).toEqual([1, 7]);
    // 1 list + memberships + statements + sources + sections + tiers' responsibilities + skills + their statements.
    expect(all.queries).toBe(one.queries);
    expect(all.queries).toBeLessThanOrEqual(10);
  });
});
