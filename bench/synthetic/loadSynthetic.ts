import type { ManagedTransaction } from 'neo4j-driver';
import {
  nodeLabels,
  relationshipTypes,
  semanticLabels,
  type NodeLabel,
  type RelationshipType,
} from '../../src/data/model.ts';
import type { CypherExecutor } from '../../src/db/cypher.ts';
import type { PlannedNode, PlannedRelationship } from '../../src/ingest/plan/graphPlan.ts';
import { ensureSchema } from '../../src/ingest/write/schema.ts';
import { generateArticles, syntheticFingerprint, type ArticlePlan } from './generateGraph.ts';
import type { Scale } from './scale.ts';

export interface LoadReport {
  scale: string;
  articles: number;
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes plus relationships written per second. */
  rate: number;
  /** True when the graph already held this synthetic graph and nothing was written. */
  reused: boolean;
}

// Labels and types are spliced into the text, so they are checked against the model first.
function label(name: NodeLabel): string {
  if (!nodeLabels.includes(name)) throw new Error(`not a graph label: ${name}`);
  return name;
}
function relType(name: RelationshipType): string {
  if (!relationshipTypes.includes(name)) throw new Error(`not a relationship type: ${name}`);
  return name;
}
const isSemantic = (name: NodeLabel) => (semanticLabels as readonly string[]).includes(name);

/** Rows per UNWIND statement: large enough to amortise a round trip, small enough for the heap. */
const rowsPerStatement = 5_000;
/** Articles per write transaction (about 10k nodes and 35k relationships). */
const articlesPerTransaction = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Entities several articles of one batch share become one row, their sources in article order. */
function mergeSemantic(nodes: readonly PlannedNode[]): PlannedNode[] {
  const byId = new Map<string, PlannedNode>();
  for (const node of nodes) {
    const seen = byId.get(node.id);
    if (!seen) {
      byId.set(node.id, { ...node, props: { ...node.props } });
      continue;
    }
    const before = seen.props['sources'];
    const added = node.props['sources'];
    if (Array.isArray(before) && Array.isArray(added))
      seen.props['sources'] = [...new Set([...before, ...added])];
  }
  return [...byId.values()];
}

async function writeBatch(tx: ManagedTransaction, plans: readonly ArticlePlan[]): Promise<void> {
  const nodesByLabel = new Map<NodeLabel, PlannedNode[]>();
  for (const node of plans.flatMap((p) => p.nodes)) {
    const group = nodesByLabel.get(node.label) ?? [];
    group.push(node);
    nodesByLabel.set(node.label, group);
  }
  for (const [name, group] of nodesByLabel) {
    const semantic = isSemantic(name);
    const rows = (semantic ? mergeSemantic(group) : group).map((node) => ({
      id: node.id,
      props: { ...node.props, id: node.id },
    }));
    // Text nodes are new; an entity may exist from an earlier batch: then only its sources grow
    // (articles are written in slug order, so the list stays sorted like the seed pipeline's).
    const statement = semantic
      ? `UNWIND $rows AS row MERGE (n:${label(name)} {id: row.id})
         ON CREATE SET n = row.props
         ON MATCH SET n.sources = n.sources + [s IN row.props.sources WHERE NOT s IN n.sources]`
      : `UNWIND $rows AS row CREATE (n:${label(name)}) SET n = row.props`;
    for (const chunk of chunks(rows, rowsPerStatement)) await tx.run(statement, { rows: chunk });
  }

  const relsByShape = new Map<string, PlannedRelationship[]>();
  for (const rel of plans.flatMap((p) => p.relationships)) {
    const key = `${rel.type}|${rel.from.label}|${rel.to.label}`;
    const group = relsByShape.get(key) ?? [];
    group.push(rel);
    relsByShape.set(key, group);
  }
  for (const group of relsByShape.values()) {
    const first = group[0];
    if (!first) continue;
    const statement = `UNWIND $rows AS row
       MATCH (a:${label(first.from.label)} {id: row.from})
       MATCH (b:${label(first.to.label)} {id: row.to})
       CREATE (a)-[r:${relType(first.type)}]->(b) SET r = row.props`;
    const rows = group.map((r) => ({ from: r.from.id, to: r.to.id, props: r.props }));
    for (const chunk of chunks(rows, rowsPerStatement)) await tx.run(statement, { rows: chunk });
  }
}

/** Whether the database already holds exactly this synthetic graph (and nothing else). */
async function holdsSynthetic(
  cypher: CypherExecutor,
  fingerprint: string,
  articles: number,
): Promise<boolean> {
  const [row] = await cypher.read<{ sources: number; matching: number }>(
    'synthetic.check',
    'MATCH (s:Source) RETURN count(s) AS sources, count(CASE WHEN s.synthetic = $fingerprint THEN 1 END) AS matching',
    { fingerprint },
  );
  return row?.sources === articles && row.matching === articles;
}

/** Empties the database in bounded transactions (a million-node graph does not fit one). */
async function emptyDatabase(cypher: CypherExecutor): Promise<void> {
  for (;;) {
    const [row] = await cypher.write<{ deleted: number }>(
      'synthetic.empty',
      'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
      { batch: 20_000 },
    );
    if (!row || row.deleted === 0) return;
  }
}

async function counts(cypher: CypherExecutor): Promise<{ nodes: number; relationships: number }> {
  // Count-store lookups: constant time whatever the graph size.
  const [nodes] = await cypher.read<{ count: number }>(
    'synthetic.nodes',
    'MATCH (n) RETURN count(n) AS count',
  );
  const [rels] = await cypher.read<{ count: number }>(
    'synthetic.relationships',
    'MATCH ()-[r]->() RETURN count(r) AS count',
  );
  return { nodes: nodes?.count ?? 0, relationships: rels?.count ?? 0 };
}

/**
 * Replaces the graph with the synthetic graph of `scale` (unless it is already there), in
 * batched UNWIND statements inside write transactions, and reports the load rate.
 */
export async function loadSynthetic(
  cypher: CypherExecutor,
  scale: Scale,
  progress: (line: string) => void = () => undefined,
  seed = 7,
): Promise<LoadReport> {
  const fingerprint = syntheticFingerprint(scale, seed);
  await ensureSchema(cypher);
  if (await holdsSynthetic(cypher, fingerprint, scale.articles)) {
    const existing = await counts(cypher);
    progress(`the database already holds the ${scale.name} synthetic graph: not reloading`);
    return { scale: scale.name, articles: scale.articles, ...existing, seconds: 0, rate: 0, reused: true };
  }
  progress('emptying the database');
  await emptyDatabase(cypher);

  const started = process.hrtime.bigint();
  let batch: ArticlePlan[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const plans = batch;
    batch = [];
    await cypher.inTransaction('WRITE', 'synthetic.load', (tx) => writeBatch(tx, plans));
    written += plans.length;
    if (written % (articlesPerTransaction * 10) === 0 || written === scale.articles) {
      progress(`  ${written}/${scale.articles} articles`);
    }
  };
  for (const plan of generateArticles(scale, seed)) {
    batch.push(plan);
    if (batch.length >= articlesPerTransaction) await flush();
  }
  await flush();
  await cypher.write('synthetic.awaitIndexes', 'CALL db.awaitIndexes(3600)');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { nodes, relationships } = await counts(cypher);
  return {
    scale: scale.name,
    articles: scale.articles,
    nodes,
    relationships,
    seconds,
    rate: (nodes + relationships) / seconds,
    reused: false,
  };
}
