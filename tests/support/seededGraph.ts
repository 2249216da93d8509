import type { Driver } from 'neo4j-driver';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { bundledArticles, type ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { seedGraph, type SeedReport } from '../../src/ingest/seedArticles.ts';
import { readGraphCounts, type GraphCounts } from '../../src/data/graphCounts.ts';
import { testDatabase } from './testDatabase.ts';

export function testCypher(driver: Driver): CypherExecutor {
  return new CypherExecutor(driver, { database: testDatabase().database, timeoutMs: 60_000 });
}

/** Empties the shared test database (schema stays) and seeds the bundled articles. */
export async function resetAndSeed(driver: Driver, extra: ArticleFiles[] = []): Promise<SeedReport> {
  const cypher = testCypher(driver);
  await cypher.write('test.reset', 'MATCH (n) DETACH DELETE n');
  return seedGraph(cypher, [...bundledArticles(), ...extra]);
}

export function countsOf(driver: Driver): Promise<GraphCounts> {
  return readGraphCounts(testCypher(driver));
}
