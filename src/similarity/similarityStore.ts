import type { ManagedTransaction } from 'neo4j-driver';
import { calibration } from './calibration.ts';
import { checkedName, nodeLabels, type NodeLabel } from '../data/model.ts';
import { pairsOfTexts, type ComparedText, type PairsOf, type ScoredPair } from './textSimilarity.ts';

/**
 * Keeps the stored `SIMILAR_TO` relationships in step with the claims' texts. It runs inside the
 * transaction that writes or removes articles, after their entities: the best pairs of the
 * entities the change reaches are recomputed (refreshSimilarity says which).
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
 * (SIMILARITY_THRESHOLD, docs/similarity.md), so that threshold can change without a reload; a
 * pair scoring less is less likely than one in four to mean the same.
 */
export const storedScoreFloor = 0.25;
/**
 * At most this many best pairs are stored per entity, so a common topic cannot join hundreds: a
 * pair is stored when it is among the best of either end.
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

// The pairs stored with any of the entities, by key.
const storedPairsQuery = (label: string) =>
  `MATCH (n:${label})-[r:SIMILAR_TO]-(:${label}) WHERE n.id IN $ids
   RETURN DISTINCT r.key AS key, startNode(r).id AS from, endNode(r).id AS to, r.score AS score`;

const pairKey = (pair: { from: string; to: string }): string => `SIMILAR_TO|${pair.from}|${pair.to}`;

/** Of the ids, those of the kind. */
const ofKind = (label: string, ids: readonly string[]): string[] =>
  ids.filter((id) => id.startsWith(`${label}:`));

async function storedPairs(
  tx: ManagedTransaction,
  label: string,
  ids: readonly string[],
): Promise<ScoredPair[]> {
  const result = await tx.run(storedPairsQuery(label), { ids });
  return result.records.map((r) => ({
    from: String(r.get('from')),
    to: String(r.get('to')),
    score: Number(r.get('score')),
  }));
}

/**
 * The entities stored as similar to any of these ids, read before a write removes or rewrites
 * them: one that loses a pair among its best takes its next one instead (refreshSimilarity).
 */
export async function similarityPartners(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
  const partners = new Set<string>();
  for (const kind of similarityKinds) {
    const label = checkedName(kind.label, nodeLabels);
    const ofLabel = ofKind(label, ids);
    if (ofLabel.length === 0) continue;
    for (const pair of await storedPairs(tx, label, ofLabel)) partners.add(pair.from).add(pair.to);
  }
  return [...partners];
}

/**
 * Brings the stored pairs in step after a write or removal of the `changedIds` (written, or left
 * without evidence), given their `partners` before it (similarityPartners). The pairs stored are
 * always each entity's `storedPairsPerEntity` best above the floor, as one load of the graph's
 * articles from empty stores them whatever order they came in. A score depends on its two texts
 * alone (the calibration gives word overlap, whose weights come from every text of the kind, no
 * weight; were it given one, the kind would be recomputed whole), so only the best pairs of the
 * entities a change reaches are recomputed: the changed ones, their former partners, and any that
 * scores a pair with a changed one above the floor (a new pair may displace one of its best).
 */
export async function refreshSimilarity(
  tx: ManagedTransaction,
  changedIds: readonly string[],
  partners: readonly string[],
): Promise<void> {
  for (const kind of similarityKinds) {
    const label = checkedName(kind.label, nodeLabels);
    const changed = ofKind(label, changedIds);
    if (changed.length === 0) continue;
    const result = await tx.run(textsQuery(label, kind.text, kind.group));
    const all: ComparedText[] = result.records.map((record) => ({
      id: String(record.get('id')),
      text: String(record.get('text')),
      group: String(record.get('grp')),
    }));
    const pairsOf = await pairsOfTexts(all, storedScoreFloor, kind.label);
    const reached = new Set([...changed, ...ofKind(label, partners)]);
    if (calibration[kind.label].words !== 0) for (const text of all) reached.add(text.id);
    for (const id of changed) for (const pair of pairsOf(id)) reached.add(pair.from).add(pair.to);
    await storePairs(tx, label, [...reached], pairsOf);
  }
}

/**
 * Makes the stored pairs of the reached entities their best: a pair is kept when it is among the
 * best of either end (an end not reached keeps the best it had), the others deleted, new ones and
 * changed scores written.
 */
async function storePairs(
  tx: ManagedTransaction,
  label: string,
  reached: readonly string[],
  pairsOf: PairsOf,
): Promise<void> {
  const isReached = new Set(reached);
  const best = (id: string) => pairsOf(id).slice(0, storedPairsPerEntity);
  const wanted = new Map(reached.flatMap((id) => best(id).map((pair) => [pairKey(pair), pair] as const)));
  const stored = await storedPairs(tx, label, reached);
  const gone: string[] = [];
  for (const pair of stored) {
    const key = pairKey(pair);
    if (wanted.has(key)) continue;
    const other = isReached.has(pair.from) ? pair.to : pair.from;
    const kept = !isReached.has(other) && best(other).find((p) => pairKey(p) === key);
    if (kept) wanted.set(key, kept);
    else gone.push(key);
  }
  if (gone.length > 0)
    await tx.run(`MATCH (:${label})-[r:SIMILAR_TO]->(:${label}) WHERE r.key IN $gone DELETE r`, { gone });
  const scores = new Map(stored.map((pair) => [pairKey(pair), pair.score]));
  const changed = [...wanted].filter(([key, p]) => scores.get(key) !== p.score);
  if (changed.length === 0) return;
  await tx.run(
    `UNWIND $pairs AS p
     MATCH (a:${label} {id: p.from})
     MATCH (b:${label} {id: p.to})
     MERGE (a)-[r:SIMILAR_TO {key: p.key}]->(b)
     SET r.score = p.score`,
    { pairs: changed.map(([key, p]) => ({ ...p, key })) },
  );
}
