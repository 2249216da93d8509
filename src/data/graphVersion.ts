import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherExecutor } from '../db/cypher.ts';

/**
 * The graph's version: one `GraphVersion` node whose `version` every load of articles replaces
 * with a new random id, inside the load's own transaction, so a reader sees the new version
 * exactly when it sees the new claims. A random id rather than a counter: a database wiped and
 * loaded again never repeats a version a client may still hold in an ETag.
 */
export const graphVersionConstraint =
  'CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE';

// The unique key makes concurrent loads MERGE the same node (the second waits on its lock).
const bumpQuery = `
  MERGE (v:GraphVersion {key: 'graph'})
  SET v.version = randomUUID(), v.changedAt = datetime()`;

/** Gives the graph a new version; call it in the transaction that changes the graph. */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run(bumpQuery);
}

// The version, or null when nothing has been loaded since the database was created.
const readQuery = `OPTIONAL MATCH (v:GraphVersion {key: 'graph'}) RETURN v.version AS version`;

export async function readGraphVersion(cypher: CypherExecutor): Promise<string | null> {
  const [row] = await cypher.read<{ version: string | null }>('graphVersion', readQuery);
  return row?.version ?? null;
}
