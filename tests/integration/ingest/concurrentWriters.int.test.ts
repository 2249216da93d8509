import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledArticles, type ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { seedGraph } from '../../../src/ingest/seedArticles.ts';
import { seedIfEmpty } from '../../../src/ingest/startupSeed.ts';
import { createLogger } from '../../../src/logger.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { countsOf, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const extracted: ArticleFiles = {
  article: join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev', 'levels-of-management.txt'),
  annotations: null,
};
const silent = createLogger({ logLevel: 'silent', env: 'test' });

/** Relationships that are the same claim twice: same type, ends and properties. */
async function duplicateRelationships(driver: Driver): Promise<number> {
  const [row] = await testCypher(driver).read<{ n: number }>(
    'test.duplicates',
    `MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, properties(r) AS props, count(*) AS copies WHERE copies > 1 RETURN count(*) AS n`,
  );
  return row?.n ?? 0;
}

describe('writers at the same time', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it('five concurrent loads of one article leave exactly what one load leaves, every time', async () => {
    await resetAndSeed(driver, [extracted]);
    const single = await countsOf(driver);
    for (let round = 0; round < 3; round += 1) {
      // Each writer has its own executor, so its own sessions and transactions, as separate processes would.
      await Promise.all(Array.from({ length: 5 }, () => seedGraph(testCypher(driver), [extracted])));
      expect(await countsOf(driver)).toEqual(single);
      expect(await duplicateRelationships(driver)).toBe(0);
    }
  });

  it('two servers starting together on an empty database seed it once', async () => {
    const expected = await (async () => {
      await resetAndSeed(driver);
      return countsOf(driver);
    })();
    for (let round = 0; round < 3; round += 1) {
      await testCypher(driver).write('test.empty', 'MATCH (n) DETACH DELETE n');
      await Promise.all([seedIfEmpty(testCypher(driver), silent), seedIfEmpty(testCypher(driver), silent)]);
      expect(await countsOf(driver)).toEqual(expected);
      expect(await duplicateRelationships(driver)).toBe(0);
    }
    expect(bundledArticles()).toHaveLength(2);
  });
});
