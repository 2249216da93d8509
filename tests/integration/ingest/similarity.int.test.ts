import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { seedGraph } from '../../../src/ingest/seedArticles.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const devArticle = (name: string): ArticleFiles => ({
  article: join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev', `${name}.txt`),
  annotations: null,
});
const levels = devArticle('levels-of-management');
const lineAndStaff = devArticle('line-managers-vs-staff-managers');

interface Pair {
  key: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  score: number;
  fromSources: string[];
  toSources: string[];
  sameDimension: boolean;
}

async function pairs(driver: Driver): Promise<Pair[]> {
  return testCypher(driver).read<Pair>(
    'test.similar',
    `MATCH (a)-[r:SIMILAR_TO]->(b)
     RETURN r.key AS key, a.id AS from, b.id AS to, labels(a)[0] AS fromLabel, labels(b)[0] AS toLabel,
       r.score AS score, a.sources AS fromSources, b.sources AS toSources,
       coalesce(a.dimension = b.dimension, true) AS sameDimension
     ORDER BY key`,
  );
}

const byKey = (list: Pair[]) => new Map(list.map((p) => [p.key, p.score]));

describe('similar claims stored as SIMILAR_TO', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it('joins claims of one kind, once per pair, from the smaller id, scored from 0.1 to 1', async () => {
    await resetAndSeed(driver);
    const stored = await pairs(driver);
    expect(stored.length).toBeGreaterThan(0);
    for (const p of stored) {
      expect(['Responsibility', 'Skill', 'Characteristic']).toContain(p.fromLabel);
      expect(p.toLabel).toBe(p.fromLabel);
      expect(p.from < p.to).toBe(true);
      expect(p.key).toBe(`SIMILAR_TO|${p.from}|${p.to}`);
      expect(p.score).toBeGreaterThanOrEqual(0.1);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.sameDimension).toBe(true);
    }
    // The two articles word one responsibility differently: the pair is found across them.
    const pair = stored.find(
      (p) =>
        p.from ===
          'Responsibility:overseeing-high-level-decisions-related-to-mergers-acquisitions-and-business-expansion' &&
        p.to === 'Responsibility:preside-over-strategic-level-decisions-and-functions-in-a-company',
    );
    expect(pair?.score).toBeGreaterThan(0.15);
  });

  // Several loads each: minutes on two busy shared cores.
  it(
    'stores after a load on top of others the pairs one load of them all stores, and a reload changes nothing',
    { timeout: 300_000 },
    async () => {
      await resetAndSeed(driver, [levels]);
      const together = await pairs(driver);
      await resetAndSeed(driver);
      await seedGraph(testCypher(driver), [levels]);
      const after = await pairs(driver);
      // Every pair rescored over the claims now in the graph, the seeds' own pairs included.
      expect(byKey(after)).toEqual(byKey(together));
      const touched = (p: Pair) =>
        p.fromSources.includes('levels-of-management') || p.toSources.includes('levels-of-management');
      // The new article's claims found old ones: pairs across the articles.
      expect(
        after.some(
          (p) =>
            touched(p) &&
            !(p.fromSources.includes('levels-of-management') && p.toSources.includes('levels-of-management')),
        ),
      ).toBe(true);
      await seedGraph(testCypher(driver), [levels]);
      expect(byKey(await pairs(driver))).toEqual(byKey(after));
    },
  );

  it(
    'concurrent loads of two articles store each pair once, the pairs across them whoever wrote last',
    { timeout: 300_000 },
    async () => {
      await resetAndSeed(driver, [levels, lineAndStaff]);
      const across = (list: Pair[]) =>
        byKey(
          list.filter(
            (p) =>
              (p.fromSources.join() === 'levels-of-management' &&
                p.toSources.join() === 'line-managers-vs-staff-managers') ||
              (p.toSources.join() === 'levels-of-management' &&
                p.fromSources.join() === 'line-managers-vs-staff-managers'),
          ),
        );
      const sequential = across(await pairs(driver));
      expect(sequential.size).toBeGreaterThan(0);
      // Each writer has its own executor, so its own sessions and transactions, as separate processes would.
      await resetAndSeed(driver);
      await Promise.all([
        seedGraph(testCypher(driver), [levels]),
        seedGraph(testCypher(driver), [lineAndStaff]),
      ]);
      const stored = await pairs(driver);
      expect(new Set(stored.map((p) => p.key)).size).toBe(stored.length);
      const [duplicates] = await testCypher(driver).read<{ n: number }>(
        'test.similarDuplicates',
        'MATCH (a)-[r:SIMILAR_TO]-(b) WHERE a.id < b.id WITH a, b, count(r) AS copies WHERE copies > 1 RETURN count(*) AS n',
      );
      expect(duplicates?.n).toBe(0);
      // Whichever committed second scored its claims against the first's, with the same weights.
      expect(across(stored)).toEqual(sequential);
    },
  );
});
