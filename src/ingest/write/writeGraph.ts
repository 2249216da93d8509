import type { ManagedTransaction } from 'neo4j-driver';
import { claimTypes, nodeId, semanticLabels } from '../../data/model.ts';
import type { GraphPlan } from '../plan/graphPlan.ts';
import { planWrite, type WriteBatch } from '../plan/writeBatch.ts';
import type { SourceChange } from '../../data/graphVersion.ts';
import { lockSimilarity, refreshSimilarity } from '../../similarity/similarityStore.ts';
import { label, relType } from './cypherNames.ts';
import { linkMentions } from './mentionLinks.ts';

/** What a write changed, for the graph's version to record. */
export interface WriteOutcome {
  changes: SourceChange[];
}

/**
 * Takes the write lock of each source, in one order: its Source node, made if new (the uniqueness
 * constraint on its id serialises two creators) and stamped, so a second writer of the same source
 * (another seed, another server seeding an empty database) waits for the first to commit and then
 * replaces what it wrote, instead of both finding nothing to replace and both writing.
 */
async function lockSources(tx: ManagedTransaction, locks: WriteBatch['locks']): Promise<void> {
  await tx.run(
    'UNWIND $rows AS row MERGE (s:Source {id: row.id}) ON CREATE SET s.slug = row.slug SET s.loadedAt = toString(datetime())',
    { rows: locks },
  );
}

// Of the slugs, those the graph holds an article of (a Source node a load has filled).
const heldQuery = 'MATCH (s:Source) WHERE s.slug IN $sources AND s.sha256 IS NOT NULL RETURN s.slug AS slug';

async function heldSources(tx: ManagedTransaction, sources: readonly string[]): Promise<Set<string>> {
  const result = await tx.run(heldQuery, { sources });
  return new Set(result.records.map((record) => String(record.get('slug'))));
}

/** The tiers, roles and dimensions among the ids that the graph does not hold yet. */
async function newEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
  const fresh: string[] = [];
  for (const name of ['Tier', 'Role', 'Dimension'] as const) {
    const named = ids.filter((id) => id.startsWith(`${name}:`));
    if (named.length === 0) continue;
    const result = await tx.run(`MATCH (n:${label(name)}) WHERE n.id IN $ids RETURN n.id AS id`, {
      ids: named,
    });
    const existing = new Set(result.records.map((record) => String(record.get('id'))));
    fresh.push(...named.filter((id) => !existing.has(id)));
  }
  return fresh;
}

/**
 * Removes what the sources stated: their text nodes, every claim they made, their own properties,
 * a statement per kind for the whole batch (each seeks by source in an index). Entities stay; the
 * ids of those that cited the sources are returned, to be checked for evidence left.
 */
async function deleteSources(tx: ManagedTransaction, sources: readonly string[]): Promise<string[]> {
  const cited = await tx.run(
    'MATCH (s:Statement)<-[:EVIDENCED_BY]-(n) WHERE s.source IN $sources RETURN DISTINCT n.id AS id',
    { sources },
  );
  for (const type of claimTypes) {
    await tx.run(`MATCH ()-[r:${relType(type)}]->() WHERE r.source IN $sources DELETE r`, { sources });
  }
  await tx.run('MATCH (n:Statement) WHERE n.source IN $sources DETACH DELETE n', { sources });
  await tx.run('MATCH (n:Section) WHERE n.source IN $sources DETACH DELETE n', { sources });
  await tx.run(
    'MATCH (s:Source) WHERE s.slug IN $sources SET s = {id: s.id, slug: s.slug, loadedAt: s.loadedAt}',
    { sources },
  );
  return cited.records.map((record) => String(record.get('id')));
}

/**
 * The last stage, inside the caller's transaction (`changeGraph`, which gives the graph its new
 * version and tells readers of the commit): each source's earlier version is replaced, all
 * nodes are written before any relationship (so a statement can mention an entity another article
 * introduces), the mentions made of and by what is new are linked (mentionLinks.ts), entities left
 * without evidence are removed, and the similarity of the kinds touched recomputed.
 */
export async function writeBatch(tx: ManagedTransaction, batch: WriteBatch): Promise<WriteOutcome> {
  await lockSources(tx, batch.locks);
  await lockSimilarity(tx);
  const held = await heldSources(tx, batch.sources);
  const added = await newEntities(tx, batch.entityIds);
  const cited = await deleteSources(tx, batch.sources);
  for (const group of batch.nodes) {
    await tx.run(`UNWIND $rows AS row MERGE (n:${label(group.label)} {id: row.id}) SET n += row.props`, {
      rows: group.rows,
    });
  }
  for (const group of batch.relationships) {
    // MATCH rather than MERGE on the ends: a mention of an entity no claim has introduced is skipped.
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${label(group.from)} {id: row.from})
       MATCH (b:${label(group.to)} {id: row.to})
       CREATE (a)-[r:${relType(group.type)}]->(b) SET r = row.props`,
      { rows: group.rows },
    );
  }
  await linkMentions(tx, batch, added);
  const touched = [...new Set([...cited, ...batch.entityIds])];
  await finalizeEntities(tx, touched);
  await finalizeReferences(tx);
  await refreshSimilarity(tx, touched);
  return {
    changes: batch.sources.map((slug) => ({ slug, change: held.has(slug) ? 'REPLACED' : 'ADDED' })),
  };
}

/** Plans the write of the articles and writes it, in the caller's transaction. */
export async function writePlans(tx: ManagedTransaction, plans: readonly GraphPlan[]): Promise<WriteOutcome> {
  return writeBatch(tx, planWrite(plans));
}

/**
 * Removes the sources, in the caller's transaction (`changeGraph`), under the locks a load of
 * them takes: their sections, statements and claims, the Source nodes, the entities left without
 * evidence (with their similarity pairs and mentions), and the evidence list of those that stay;
 * the similarity of the kinds touched is recomputed. A slug the graph does not hold is passed over.
 */
export async function removeSources(tx: ManagedTransaction, slugs: readonly string[]): Promise<WriteOutcome> {
  const sources = [...new Set(slugs)].sort();
  await lockSources(
    tx,
    sources.map((slug) => ({ id: nodeId('Source', slug), slug })),
  );
  await lockSimilarity(tx);
  const held = await heldSources(tx, sources);
  const cited = await deleteSources(tx, sources);
  await tx.run('MATCH (s:Source) WHERE s.slug IN $sources DETACH DELETE s', { sources });
  await finalizeEntities(tx, cited);
  await finalizeReferences(tx);
  await refreshSimilarity(tx, cited);
  return { changes: sources.filter((slug) => held.has(slug)).map((slug) => ({ slug, change: 'REMOVED' })) };
}

// The canonical dimensions no dimension is grouped under any more, and the ladder once no source is left.
const orphanedReferencesQueries = [
  'MATCH (c:CanonicalDimension) WHERE NOT EXISTS { MATCH (d:Dimension) WHERE d.canonical = c.slug } DETACH DELETE c',
  'MATCH (l:Level) WHERE NOT EXISTS { MATCH (:Source) } DETACH DELETE l',
];

/**
 * The reference nodes are written with the articles that use them (a canonical dimension with the
 * dimensions grouped under it, the ladder with every article): those no article uses any more go,
 * so the graph is the one a load of the articles it holds would leave.
 */
async function finalizeReferences(tx: ManagedTransaction): Promise<void> {
  for (const query of orphanedReferencesQueries) await tx.run(query);
}

/**
 * Of the entities this write touched (written, or citing a replaced source), those left without
 * evidence go (no fact without a statement) and the rest record their sources. Only those are
 * read, so a write costs what it changes, not what the graph holds.
 */
async function finalizeEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  for (const name of semanticLabels) {
    const ofLabel = ids.filter((id) => id.startsWith(`${name}:`));
    if (ofLabel.length === 0) continue;
    await tx.run(
      `MATCH (n:${label(name)}) WHERE n.id IN $ids AND NOT (n)-[:EVIDENCED_BY]->(:Statement) DETACH DELETE n`,
      { ids: ofLabel },
    );
    await tx.run(
      `MATCH (n:${label(name)}) WHERE n.id IN $ids
       MATCH (n)-[:EVIDENCED_BY]->(s:Statement)
       WITH n, s.source AS source ORDER BY source
       WITH n, collect(DISTINCT source) AS sources
       SET n.sources = sources`,
      { ids: ofLabel },
    );
  }
}
