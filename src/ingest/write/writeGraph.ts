import type { ManagedTransaction } from 'neo4j-driver';
import { claimTypes, semanticLabels } from '../../data/model.ts';
import type { GraphPlan } from '../plan/graphPlan.ts';
import { planWrite, type WriteBatch } from '../plan/writeBatch.ts';
import { lockSimilarity, refreshSimilarity } from '../../similarity/similarityStore.ts';
import { label, relType } from './cypherNames.ts';

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
 * introduces), and entities left without evidence are removed.
 */
export async function writeBatch(tx: ManagedTransaction, batch: WriteBatch): Promise<void> {
  await lockSources(tx, batch.locks);
  await lockSimilarity(tx);
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
  await finalizeEntities(tx, [...new Set([...cited, ...batch.entityIds])]);
  await refreshSimilarity(tx, batch.entityIds);
}

/** Plans the write of the articles and writes it, in the caller's transaction. */
export async function writePlans(tx: ManagedTransaction, plans: readonly GraphPlan[]): Promise<void> {
  await writeBatch(tx, planWrite(plans));
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
