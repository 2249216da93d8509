import type { CypherExecutor } from '../db/cypher.ts';
import { labelCounts, typeCounts } from './analytics.ts';
import {
  claimTypes,
  nodeLabels,
  relationshipTypes,
  semanticLabels,
  type NodeLabel,
  type RelationshipType,
} from './model.ts';

/**
 * How many nodes carry each label and how many relationships have each type: what the estimates
 * of whole-graph reads (`...Reads` beside each such query) are computed from.
 */
export interface GraphCounts {
  nodes: ReadonlyMap<NodeLabel, number>;
  relationships: ReadonlyMap<RelationshipType, number>;
}

/** Counts from plain objects; a label or type left out counts 0. */
export function graphCounts(
  nodes: Partial<Record<NodeLabel, number>>,
  relationships: Partial<Record<RelationshipType, number>>,
): GraphCounts {
  return {
    nodes: new Map(nodeLabels.map((label) => [label, nodes[label] ?? 0])),
    relationships: new Map(relationshipTypes.map((type) => [type, relationships[type] ?? 0])),
  };
}

/** The graph's counts, read from Neo4j's count store: constant time whatever the graph size. */
export async function readGraphCounts(cypher: CypherExecutor): Promise<GraphCounts> {
  const [labels, types] = await Promise.all([labelCounts(cypher), typeCounts(cypher)]);
  return {
    nodes: new Map(labels.map(({ name, count }) => [name, count])),
    relationships: new Map(types.map(({ name, count }) => [name, count])),
  };
}

export const nodesOf = (counts: GraphCounts, labels: readonly NodeLabel[] = nodeLabels): number =>
  labels.reduce((sum, label) => sum + (counts.nodes.get(label) ?? 0), 0);

export const relationshipsOf = (
  counts: GraphCounts,
  types: readonly RelationshipType[] = relationshipTypes,
): number => types.reduce((sum, type) => sum + (counts.relationships.get(type) ?? 0), 0);

export const semanticNodes = (counts: GraphCounts): number => nodesOf(counts, semanticLabels);

export const claimCount = (counts: GraphCounts): number => relationshipsOf(counts, claimTypes);

/**
 * What a statement is estimated to make Neo4j do, in database hits (PROFILE's unit of work), and
 * how many items it hands back. Each whole-graph query has its estimate beside it, its
 * coefficients measured with `npm run bench:cost` on the synthetic graphs of sizes S and M.
 */
export interface Reads {
  dbHits: number;
  rows: number;
}
