import type { Driver } from 'neo4j-driver';
import { nodeLabels } from '../../src/data/model.ts';
import { testCypher } from './seededGraph.ts';

/**
 * The whole graph of the model as sorted lines of text, to compare two graphs: every node of the
 * model's labels with its labels and properties, every relationship between them with its type,
 * ends and properties. Left out: the bookkeeping nodes a write keeps beside the model (the graph's
 * version and its change records, write markers, the writers' lock) and the time a source was
 * last loaded, which differ between two loads of the same articles by nature.
 */
export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const volatile = new Set(['loadedAt']);

function shown(props: Record<string, unknown>): string {
  const kept = Object.keys(props)
    .filter((key) => !volatile.has(key))
    .sort()
    .map((key) => [key, props[key]]);
  return JSON.stringify(kept, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));
}

export async function graphSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const cypher = testCypher(driver);
  const nodes = await cypher.read<{ labels: string[]; props: Record<string, unknown> }>(
    'test.snapshot.nodes',
    'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN labels(n) AS labels, properties(n) AS props',
    { labels: [...nodeLabels] },
  );
  const relationships = await cypher.read<{
    type: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>(
    'test.snapshot.relationships',
    `MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { labels: [...nodeLabels] },
  );
  return {
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${shown(n.props)}`).sort(),
    relationships: relationships.map((r) => `${r.from} -${r.type}-> ${r.to} ${shown(r.props)}`).sort(),
  };
}

/** What `actual` lacks of `expected` and holds beyond it: both empty when the graphs are the same. */
export function snapshotDiff(
  actual: GraphSnapshot,
  expected: GraphSnapshot,
): { missing: string[]; extra: string[] } {
  const lines = (s: GraphSnapshot) => [...s.nodes, ...s.relationships];
  const count = (items: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const a = count(lines(actual));
  const e = count(lines(expected));
  const surplus = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { missing: surplus(e, a), extra: surplus(a, e) };
}
