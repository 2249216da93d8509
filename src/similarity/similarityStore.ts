import type { ManagedTransaction } from 'neo4j-driver';
import { checkedName, nodeLabels, type NodeLabel } from '../data/model.ts';
import { similarPairs, type ComparedText, type ScoredPair } from './textSimilarity.ts';

/**
 * Keeps the stored `SIMILAR_TO` relationships in step with the claims' texts. It runs inside the
 * transaction that writes or removes articles, after their entities: the kinds that transaction
 * touched are recomputed whole (refreshSimilarity says why).
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
/**
 * At most this many best pairs are stored per entity, so a common word cannot join hundreds: a pair
 * is stored when it is among the best of either end.
 */
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

// Every entity of the kind: its text and group (the term weights are learned from all of them).
const textsQuery = (label: string, text: string, group: string) =>
  `MATCH (n:${label}) RETURN n.id AS id, coalesce(${text}, '') AS text, coalesce(${group}, '') AS grp ORDER BY id`;

// The pairs stored between entities of the kind, by key.
const storedPairsQuery = (label: string) =>
  `MATCH (:${label})-[r:SIMILAR_TO]->(:${label}) RETURN r.key AS key, r.score AS score`;

/**
 * Recomputes the stored pairs of every kind one of these entities (written, or removed) belongs to,
 * over all the entities of that kind. A score's term weights come from every text of its kind, so
 * any change of the kind's texts can move any of its scores: recomputing the kind whole keeps the
 * stored pairs what one load of the graph's articles from empty would store, whatever order they
 * came in. Only the pairs that differ are written.
 */
export async function refreshSimilarity(
  tx: ManagedTransaction,
  changedIds: readonly string[],
): Promise<void> {
  for (const kind of similarityKinds) {
    if (!changedIds.some((id) => id.startsWith(`${kind.label}:`))) continue;
    const label = checkedName(kind.label, nodeLabels);
    const result = await tx.run(textsQuery(label, kind.text, kind.group));
    const all: ComparedText[] = result.records.map((record) => ({
      id: String(record.get('id')),
      text: String(record.get('text')),
      group: String(record.get('grp')),
    }));
    const ids = all.map((t) => t.id);
    const pairs = similarPairs(all, new Set(ids), storedScoreFloor, storedPairsPerEntity);
    await storePairs(tx, label, pairs);
  }
}

/** Makes the kind's stored pairs these: the others deleted, new ones and changed scores written. */
async function storePairs(
  tx: ManagedTransaction,
  label: string,
  pairs: readonly ScoredPair[],
): Promise<void> {
  const stored = new Map(
    (await tx.run(storedPairsQuery(label))).records.map((r) => [
      String(r.get('key')),
      Number(r.get('score')),
    ]),
  );
  const wanted = pairs.map((p) => ({ ...p, key: `SIMILAR_TO|${p.from}|${p.to}` }));
  const keys = new Set(wanted.map((p) => p.key));
  const gone = [...stored.keys()].filter((key) => !keys.has(key));
  if (gone.length > 0)
    await tx.run(`MATCH (:${label})-[r:SIMILAR_TO]->(:${label}) WHERE r.key IN $gone DELETE r`, { gone });
  const changed = wanted.filter((p) => stored.get(p.key) !== p.score);
  if (changed.length === 0) return;
  await tx.run(
    `UNWIND $pairs AS p
     MATCH (a:${label} {id: p.from})
     MATCH (b:${label} {id: p.to})
     MERGE (a)-[r:SIMILAR_TO {key: p.key}]->(b)
     SET r.score = p.score`,
    { pairs: changed },
  );
}
