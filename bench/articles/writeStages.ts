import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherExecutor } from '../../src/db/cypher.ts';
import { catalogueWith } from '../../src/ingest/annotations.ts';
import { catalogueWithGraph } from '../../src/ingest/knownEntities.ts';
import { loadArticle, loadCatalogue } from '../../src/ingest/loadArticle.ts';
import { planWrite, type WriteBatch } from '../../src/ingest/plan/writeBatch.ts';
import { label, relType } from '../../src/ingest/write/cypherNames.ts';
import { linkMentions } from '../../src/ingest/write/mentionLinks.ts';
import { ensureSchema } from '../../src/ingest/write/schema.ts';
import { refreshSimilarity, similarityKinds } from '../../src/similarity/similarityStore.ts';
import { median } from '../measure.ts';
import { writeArticles } from './generate.ts';
import { linkMentionsByScan } from './mentionLinksByScan.ts';

/** Milliseconds of each stage of one batch's write, in one round. */
export interface StageRound {
  /** Mentions linked with a text-index seek per new name (mentionLinks.ts). */
  indexed: number;
  /** Mentions linked by scanning every statement for each new name, as the write did before. */
  scan: number;
  /** The similarity of the kinds the batch touches, recomputed whole. */
  similarity: number;
  /** The MENTIONS keys after either way were the same. */
  sameMentions: boolean;
}

/** The tiers, roles and dimensions of the batch the graph does not hold yet, as writeBatch finds them. */
async function newEntities(tx: ManagedTransaction, batch: WriteBatch): Promise<string[]> {
  const fresh: string[] = [];
  for (const name of ['Tier', 'Role', 'Dimension'] as const) {
    const named = batch.entityIds.filter((id) => id.startsWith(`${name}:`));
    const result = await tx.run(`MATCH (n:${label(name)}) WHERE n.id IN $ids RETURN n.id AS id`, {
      ids: named,
    });
    const existing = new Set(result.records.map((r) => String(r.get('id'))));
    fresh.push(...named.filter((id) => !existing.has(id)));
  }
  return fresh;
}

/** The batch's nodes and relationships written as writeBatch writes them (no source was held). */
async function writeNodes(tx: ManagedTransaction, batch: WriteBatch): Promise<void> {
  for (const group of batch.nodes)
    await tx.run(`UNWIND $rows AS row MERGE (n:${label(group.label)} {id: row.id}) SET n += row.props`, {
      rows: group.rows,
    });
  for (const group of batch.relationships)
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${label(group.from)} {id: row.from}) MATCH (b:${label(group.to)} {id: row.to})
       CREATE (a)-[r:${relType(group.type)}]->(b) SET r = row.props`,
      { rows: group.rows },
    );
}

// The mentions made by the batch's statements or of its new entities.
const mentionKeysQuery = `
  MATCH (s:Statement)-[r:MENTIONS]->(e) WHERE s.source IN $sources OR e.id IN $added
  RETURN r.key AS key ORDER BY key`;

type Linker = (tx: ManagedTransaction, batch: WriteBatch, added: readonly string[]) => Promise<void>;

interface Linking {
  ms: number;
  keys: string;
  similarity: number;
}

/** What a transaction the bench rolls back measured: thrown out of it, so nothing commits. */
class RolledBack extends Error {
  constructor(readonly measured: Linking) {
    super('rolled back');
  }
}

/** One way of linking the mentions, in a transaction rolled back: its milliseconds and the keys. */
async function timeLinking(
  driver: Driver,
  batch: WriteBatch,
  link: Linker,
  withSimilarity: boolean,
): Promise<Linking> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const added = await newEntities(tx, batch);
      await writeNodes(tx, batch);
      let started = performance.now();
      await link(tx, batch, added);
      const ms = performance.now() - started;
      const result = await tx.run(mentionKeysQuery, { sources: batch.sources, added });
      const keys = result.records.map((r) => String(r.get('key'))).join('\n');
      started = performance.now();
      if (withSimilarity) await refreshSimilarity(tx, batch.entityIds);
      throw new RolledBack({
        ms,
        keys,
        similarity: withSimilarity ? performance.now() - started : 0,
      });
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.measured;
    throw error;
  } finally {
    await session.close();
  }
  throw new Error('the transaction was not rolled back');
}

/**
 * The write of `extra` generated articles beyond the `count` loaded, each round twice in
 * transactions rolled back (so the graph stays as loaded): the mentions linked by the text index
 * and by the former scan, in alternating order, and the similarity recompute once.
 */
export async function timeWriteStages(
  driver: Driver,
  cypher: CypherExecutor,
  dir: string,
  count: number,
  extra: number,
  rounds: number,
): Promise<StageRound[]> {
  await ensureSchema(cypher);
  // The stored pairs as the current scoring leaves them, so a round rescores only what its batch moves.
  const session = driver.session();
  try {
    const everyKind = similarityKinds.map((kind) => `${kind.label}:`);
    await session.executeWrite((tx) => refreshSimilarity(tx, everyKind));
  } finally {
    await session.close();
  }
  const generated = writeArticles(dir, count + extra).slice(count);
  let catalogue = await catalogueWithGraph(cypher, loadCatalogue());
  const plans = generated.map((article) => {
    const loaded = loadArticle({ article: join(dir, `${article.slug}.txt`), annotations: null }, catalogue);
    catalogue = catalogueWith(catalogue, loaded.extraction?.annotations.entities);
    return loaded.plan;
  });
  const batch = planWrite(plans);
  const result: StageRound[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const indexedFirst = round % 2 === 0;
    const first = await timeLinking(driver, batch, indexedFirst ? linkMentions : linkMentionsByScan, true);
    const second = await timeLinking(driver, batch, indexedFirst ? linkMentionsByScan : linkMentions, false);
    const [indexed, scan] = indexedFirst ? [first, second] : [second, first];
    result.push({
      indexed: indexed.ms,
      scan: scan.ms,
      similarity: first.similarity,
      sameMentions: indexed.keys === scan.keys,
    });
  }
  return result;
}

/** The markdown table of the rounds. */
export function writeStagesTable(rounds: readonly StageRound[]): string {
  const row = (name: string, pick: (r: StageRound) => number) =>
    `| ${name} | ${(median(rounds.map(pick)) / 1000).toFixed(2)} | ${rounds.map((r) => (pick(r) / 1000).toFixed(2)).join(', ')} |`;
  return `| stage | median seconds | per round |
| --- | ---: | --- |
${row('mentions, scanning every statement per new name (before)', (r) => r.scan)}
${row('mentions, text-index seek per new name (now)', (r) => r.indexed)}
${row('similarity of the kinds touched, recomputed whole', (r) => r.similarity)}`;
}
