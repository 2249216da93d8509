import type { Driver } from 'neo4j-driver';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { bundledArticles, type ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { seedGraph, type SeedReport } from '../../src/ingest/seedArticles.ts';
import { readGraphCounts, type GraphCounts } from '../../src/data/graphCounts.ts';
import { testDatabase } from './testDatabase.ts';

export function testCypher(driver: Driver): CypherExecutor {
  return new CypherExecutor(driver, { database: testDatabase().database, timeoutMs: 60_000 });
}

/**
 * Deletes every node, a batch per transaction: a graph of a thousand articles deleted at once
 * would pass Neo4j's memory limit for one transaction.
 */
async function emptyGraph(cypher: CypherExecutor): Promise<void> {
  for (;;) {
    const rows = await cypher.write<{ deleted: unknown }>(
      'test.reset',
      'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}

/** Empties the shared test database (schema stays) and seeds the bundled articles. */
export async function resetAndSeed(driver: Driver, extra: ArticleFiles[] = []): Promise<SeedReport> {
  const cypher = testCypher(driver);
  await emptyGraph(cypher);
  return seedGraph(cypher, [...bundledArticles(), ...extra]);
}

export function countsOf(driver: Driver): Promise<GraphCounts> {
  return readGraphCounts(testCypher(driver));
}
