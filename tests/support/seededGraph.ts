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
 * Deletes every relationship and then every node, 5,000 a transaction: a graph of a thousand
 * articles deleted at once (or by nodes, whose hubs carry thousands of relationships each) would
 * pass Neo4j's memory limit for one transaction.
 */
async function emptyGraph(cypher: CypherExecutor): Promise<void> {
  for (const query of [
    'MATCH ()-[r]->() WITH r LIMIT 5000 DELETE r RETURN count(*) AS deleted',
    'MATCH (n) WITH n LIMIT 5000 DELETE n RETURN count(*) AS deleted',
  ]) {
    for (;;) {
      const rows = await cypher.write<{ deleted: unknown }>('test.reset', query);
      if (Number(rows[0]?.deleted ?? 0) === 0) break;
    }
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
