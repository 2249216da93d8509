import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherExecutor } from '../../src/db/cypher.ts';
import {
  claimTypes,
  fullTextAnalyzer,
  fullTextIndex,
  isSemantic,
  nodeId,
  nodeLabels,
  relationshipTypes,
  semanticLabels,
  type NodeLabel,
  type RelationshipType,
} from '../../src/data/model.ts';
import { bumpGraphVersion, graphVersionConstraint } from '../../src/data/graphVersion.ts';
import type { GraphPlan, PlannedRelationship } from './graphPlan.ts';

// Labels and relationship types cannot be Cypher parameters. These come only from the closed
// lists of the graph model, never from input, and are checked again here before use.
function label(name: NodeLabel): string {
  if (!(nodeLabels as readonly string[]).includes(name)) throw new Error(`not a graph label: ${name}`);
  return name;
}
function relType(name: RelationshipType): string {
  if (!(relationshipTypes as readonly string[]).includes(name))
    throw new Error(`not a relationship type: ${name}`);
  return name;
}

/** Constraints and indexes, created before any data and idempotent (IF NOT EXISTS). */
export function schemaStatements(): string[] {
  const statements: string[] = [];
  for (const name of nodeLabels) {
    const lower = name.toLowerCase();
    statements.push(
      `CREATE CONSTRAINT ${lower}_id IF NOT EXISTS FOR (n:${label(name)}) REQUIRE n.id IS UNIQUE`,
    );
    statements.push(
      `CREATE CONSTRAINT ${lower}_slug IF NOT EXISTS FOR (n:${label(name)}) REQUIRE n.slug IS UNIQUE`,
    );
  }
  statements.push('CREATE INDEX statement_source IF NOT EXISTS FOR (n:Statement) ON (n.source)');
  statements.push('CREATE INDEX section_source IF NOT EXISTS FOR (n:Section) ON (n.source)');
  for (const type of claimTypes) {
    statements.push(
      `CREATE INDEX ${type.toLowerCase()}_source IF NOT EXISTS FOR ()-[r:${relType(type)}]-() ON (r.source)`,
    );
  }
  // Every relationship written carries its identity as `key`: a second copy of one cannot be committed.
  for (const type of relationshipTypes) {
    statements.push(
      `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${relType(type)}]-() REQUIRE r.key IS UNIQUE`,
    );
  }
  statements.push(graphVersionConstraint);
  return statements;
}

const fullTextLabels = nodeLabels.filter((l) => l !== 'Attribute');
const fullTextProperties = ['name', 'text', 'summary', 'description'];

/** The full-text index, recreated when an older definition (labels, fields, analyzer) is found. */
async function ensureFullTextIndex(cypher: CypherExecutor): Promise<void> {
  const [existing] = await cypher.read<{ labels: string[]; properties: string[]; analyzer: string | null }>(
    'fullTextIndex.show',
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
     RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name: fullTextIndex },
  );
  const same =
    existing &&
    existing.analyzer === fullTextAnalyzer &&
    [...existing.labels].sort().join() === [...fullTextLabels].sort().join() &&
    existing.properties.join() === fullTextProperties.join();
  if (same) return;
  if (existing) await cypher.write('fullTextIndex.drop', `DROP INDEX ${fullTextIndex}`);
  await cypher.write(
    'fullTextIndex.create',
    `CREATE FULLTEXT INDEX ${fullTextIndex} FOR (n:${fullTextLabels.map(label).join('|')}) ` +
      `ON EACH [${fullTextProperties.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${fullTextAnalyzer}'}}`,
  );
}

export async function ensureSchema(cypher: CypherExecutor): Promise<void> {
  for (const statement of schemaStatements()) {
    await cypher.write('ensureSchema', statement);
  }
  await ensureFullTextIndex(cypher);
  await cypher.write('awaitIndexes', 'CALL db.awaitIndexes(120)');
}

/**
 * Takes the write lock of each source, in one order: its Source node, made if new (the uniqueness
 * constraint on its id serialises two creators) and stamped, so a second writer of the same source
 * (another seed, another server seeding an empty database) waits for the first to commit and then
 * replaces what it wrote, instead of both finding nothing to replace and both writing.
 */
async function lockSources(tx: ManagedTransaction, sources: readonly string[]): Promise<void> {
  const rows = [...new Set(sources)].sort().map((slug) => ({ id: nodeId('Source', slug), slug }));
  await tx.run(
    'UNWIND $rows AS row MERGE (s:Source {id: row.id}) ON CREATE SET s.slug = row.slug SET s.loadedAt = toString(datetime())',
    { rows },
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

/** A relationship's identity: what it joins and says; the n-th identical one in a plan is told apart by n. */
function relationshipKeys(relationships: readonly PlannedRelationship[]): string[] {
  const seen = new Map<string, number>();
  return relationships.map((r) => {
    const base = `${r.type}|${r.from.id}|${r.to.id}|${String(r.props['source'] ?? '')}|${String(r.props['kind'] ?? '')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Writes the plans inside the caller's transaction: each source's earlier version is replaced,
 * all nodes are written before any relationship (so a statement can mention an entity another
 * article introduces), and entities left without evidence are removed.
 */
export async function writePlans(tx: ManagedTransaction, plans: readonly GraphPlan[]): Promise<void> {
  const sources = [...new Set(plans.map((plan) => plan.sourceSlug))].sort();
  await lockSources(tx, sources);
  const cited = await deleteSources(tx, sources);

  const nodes = plans.flatMap((plan) => plan.nodes);
  for (const [name, group] of groupBy(nodes, (node) => node.label)) {
    const rows = group.map((node) => ({ id: node.id, props: { ...node.props, id: node.id } }));
    await tx.run(
      `UNWIND $rows AS row MERGE (n:${label(name as NodeLabel)} {id: row.id}) SET n += row.props`,
      { rows },
    );
  }

  const relationships = plans.flatMap((plan) => {
    const keys = relationshipKeys(plan.relationships);
    return plan.relationships.map((r, i) => ({ ...r, props: { ...r.props, key: keys[i]! } }));
  });
  const groups = groupBy(relationships, (r) => `${r.type}|${r.from.label}|${r.to.label}`);
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const rows = group.map((r) => ({ from: r.from.id, to: r.to.id, props: r.props }));
    // MATCH rather than MERGE on the ends: a mention of an entity no claim has introduced is skipped.
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${label(first.from.label)} {id: row.from})
       MATCH (b:${label(first.to.label)} {id: row.to})
       CREATE (a)-[r:${relType(first.type)}]->(b) SET r = row.props`,
      { rows },
    );
  }
  const written = nodes.filter((node) => isSemantic(node.label)).map((node) => node.id);
  await finalizeEntities(tx, [...new Set([...cited, ...written])]);
  await bumpGraphVersion(tx);
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

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Nodes per label and relationships per type, in name order. */
export async function graphCounts(cypher: CypherExecutor): Promise<GraphCounts> {
  const nodes = await cypher.read<{ label: string; count: number }>(
    'graphCounts.nodes',
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const relationships = await cypher.read<{ type: string; count: number }>(
    'graphCounts.relationships',
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}
