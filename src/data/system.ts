import type { CypherExecutor } from '../db/cypher.ts';
import { nodesOf, type GraphCounts, type Reads } from './graphCounts.ts';
import { nodeLabels } from './model.ts';

export interface DatabaseInfoRecord {
  name: string;
  version: string;
  edition: string;
}

/** Version and edition of the Neo4j server (dbms.components is available on every edition). */
export async function databaseInfo(cypher: CypherExecutor, name: string): Promise<DatabaseInfoRecord> {
  const rows = await cypher.read<{ version: string; edition: string }>(
    'databaseInfo',
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  const row = rows[0] ?? { version: 'unknown', edition: 'unknown' };
  return { name, ...row };
}

export interface LabelCountRecord {
  label: string;
  count: number;
}

// One row per label with its node count; labels with no nodes are left out.
const nodeCountsQuery = `
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN label, count(*) AS count
  ORDER BY label`;

/** Every node and its labels (2 hits a node). */
export const nodeCountsReads = (counts: GraphCounts): Reads => ({
  dbHits: 2 * nodesOf(counts),
  rows: nodeLabels.length,
});

export async function nodeCounts(cypher: CypherExecutor): Promise<LabelCountRecord[]> {
  return cypher.read<{ label: string; count: number }>('nodeCounts', nodeCountsQuery);
}

/** Cheapest query that proves the database answers; used by /ready. */
export async function ping(cypher: CypherExecutor): Promise<void> {
  await cypher.read('ping', 'RETURN 1 AS ok');
}
