import type { ManagedTransaction } from 'neo4j-driver';
import { checkedName, nodeLabels, type NodeLabel } from '../data/model.ts';
import { similarPairs, type ComparedText } from './textSimilarity.ts';

/**
 * Keeps the stored `SIMILAR_TO` relationships in step with the claims' texts. It runs inside the
 * transaction that writes articles, after their entities: only pairs involving an entity that
 * transaction wrote are recomputed, against every entity of its kind (so a new claim finds the
 * old ones that mean the same, and they find it).
 *
 * `(a)-[:SIMILAR_TO {score, key}]->(b)` joins two responsibilities, two skills, or two
 * characteristics on the same dimension, from the smaller id to the larger, with `key` (its
 * identity, unique under the constraint every relationship type has) = "SIMILAR_TO|a|b".
 */

/** The labels compared, each with the text compared and the group within which it is compared. */
export const similarityKinds = [
  { label: 'Responsibility', text: 'n.name', group: "''" },
  { label: 'Skill', text: 'n.name', group: "''" },
  { label: 'Characteristic', text: 'n.summary', group: 'n.dimension' },
] as const satisfies readonly { label: NodeLabel; text: string; group: string }[];

/**
 * Pairs scoring below this are not stored. It is below any threshold worth reading with
 * (SIMILARITY_THRESHOLD, docs/similarity.md), so that threshold can change without a reload.
 */
export const storedScoreFloor = 0.1;
/** At most this many best pairs are stored per changed entity, so a common word cannot join hundreds. */
export const storedPairsPerEntity = 20;

/**
 * Serialises the similarity step of concurrent writers: the first takes this node's lock, and a
 * second waits for it to commit, then sees its entities and scores its own against them. Taken
 * at the start of a write, before any entity is locked, so two writers cannot wait on each other.
 */
/** The lock node's uniqueness, so two writers starting on an empty graph make one. */
export const similaritySchemaStatements = [
  'CREATE CONSTRAINT similaritylock_id IF NOT EXISTS FOR (n:SimilarityLock) REQUIRE n.id IS UNIQUE',
];

export async function lockSimilarity(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (l:SimilarityLock {id: 'similarity'}) SET l.lockedAt = toString(datetime())");
}

/** Recomputes the stored pairs of the entities with these ids (others are ignored). */
export async function refreshSimilarity(
  tx: ManagedTransaction,
  changedIds: readonly string[],
): Promise<void> {
  for (const kind of similarityKinds) {
    const ids = changedIds.filter((id) => id.startsWith(`${kind.label}:`));
    if (ids.length === 0) continue;
    const label = checkedName(kind.label, nodeLabels);
    await tx.run(`MATCH (n:${label})-[r:SIMILAR_TO]-() WHERE n.id IN $ids DELETE r`, { ids });
    // Every entity of the kind: its text and group (the term weights are learned from all of them).
    const result = await tx.run(
      `MATCH (n:${label}) RETURN n.id AS id, coalesce(${kind.text}, '') AS text, coalesce(${kind.group}, '') AS grp`,
    );
    const all: ComparedText[] = result.records.map((record) => ({
      id: String(record.get('id')),
      text: String(record.get('text')),
      group: String(record.get('grp')),
    }));
    const pairs = similarPairs(all, new Set(ids), storedScoreFloor, storedPairsPerEntity);
    if (pairs.length === 0) continue;
    await tx.run(
      `UNWIND $pairs AS p
       MATCH (a:${label} {id: p.from})
       MATCH (b:${label} {id: p.to})
       MERGE (a)-[r:SIMILAR_TO {key: p.key}]->(b)
       SET r.score = p.score`,
      { pairs: pairs.map((p) => ({ ...p, key: `SIMILAR_TO|${p.from}|${p.to}` })) },
    );
  }
}
