import type { CypherExecutor } from '../db/cypher.ts';
import { encodeId, type DecodedId } from './ids.ts';
import { nodeLabels, type NodeLabel } from './model.ts';
import { toRecord } from './records.ts';

export interface GraphNodeRecord {
  id: string;
  label: string;
  name: string;
  slug: string;
  distance: number;
}
export interface GraphEdgeRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  source: string | null;
}
export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

interface RawEdge {
  type: string;
  from: string;
  to: string;
  source: string | null;
}

// Drawings carry only each node's key, name and slug (`n {.id, .name, .slug}`), not its text.
function graphNode(props: Record<string, unknown>, distance: number): GraphNodeRecord {
  const record = toRecord(props);
  return { id: encodeId(record.dbId), label: record.label, name: record.name, slug: record.slug, distance };
}

function graphEdge(edge: RawEdge): GraphEdgeRecord {
  return {
    id: encodeId(`${edge.from}|${edge.type}|${edge.to}|${edge.source ?? ''}`),
    type: edge.type,
    from: encodeId(edge.from),
    to: encodeId(edge.to),
    source: edge.source,
  };
}

// Labels and the depth go into the query text (an index lookup, one ring per level); they come
// from the model's closed label list and a validated 1..3 range, never from request text.
function neighborhoodQuery(label: NodeLabel, depth: number): string {
  if (!nodeLabels.includes(label) || !Number.isInteger(depth) || depth < 1 || depth > maxNeighborhoodDepth) {
    throw new Error('neighbourhood query outside the model');
  }
  // Each ring: the unseen neighbours of the last one in id order, as many as there is room for
  // (the cap is $limit nodes besides the start); a ring that overflows marks the drawing
  // truncated and stops the walk.
  const rings = Array.from(
    { length: depth },
    (_, i) => `
    CALL (seen, frontier, truncated) {
      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS a
      MATCH (a)-[r]-(b)
      WHERE ($source IS NULL OR r.source IS NULL OR r.source = $source) AND NOT b IN seen
      WITH DISTINCT b ORDER BY b.id LIMIT $limit + 1
      RETURN collect(b) AS ring
    }
    WITH seen, nodes, truncated, ring, $limit - (size(seen) - 1) AS room
    WITH seen + ring[..room] AS seen, ring[..room] AS frontier, truncated OR size(ring) > room AS truncated,
         nodes + [n IN ring[..room] | {props: n {.id, .name, .slug}, distance: ${i + 1}}] AS nodes`,
  ).join('');
  // Edges between drawn nodes: each ordered pair checked directly, so a hub's thousands of other
  // relationships are never walked.
  return `
    MATCH (o:${label} {id: $dbId})
    WITH [o] AS seen, [o] AS frontier, false AS truncated, [{props: o {.id, .name, .slug}, distance: 0}] AS nodes
    ${rings}
    RETURN nodes, truncated, COLLECT {
      UNWIND seen AS a UNWIND seen AS b
      MATCH (a)-[r]->(b)
      WHERE $source IS NULL OR r.source IS NULL OR r.source = $source
      WITH a, r, b ORDER BY a.id, type(r), b.id, r.source
      RETURN {type: type(r), from: a.id, to: b.id, source: r.source}
    } AS edges`;
}

export const maxNeighborhoodDepth = 3;

/**
 * Breadth-first neighbourhood in one statement, at most `limit` nodes besides the start;
 * `truncated` tells the explorer there is more to load. Null when the start does not exist.
 */
export async function neighborhood(
  cypher: CypherExecutor,
  start: DecodedId,
  depth: number,
  limit: number,
  source: string | null,
): Promise<GraphRecord | null> {
  const [row] = await cypher.read<{ nodes: { props: Record<string, unknown>; distance: number }[]; truncated: boolean; edges: RawEdge[] }>(
    'neighborhood',
    neighborhoodQuery(start.label, depth),
    { dbId: start.dbId, limit, source },
  );
  if (!row) return null;
  cypher.countRows(row.nodes.length + row.edges.length);
  return { nodes: row.nodes.map((n) => graphNode(n.props, n.distance)), edges: row.edges.map(graphEdge), truncated: row.truncated };
}

export const maxPathDepth = 6;

// Labels and the depth bound must be in the query text (index lookups, allShortestPaths); they
// come from the model's closed label list and a validated 1..6 range, never from request text.
// Both ends are returned, so a missing one is told apart from "no path"; the paths are looked for
// only between two distinct, existing nodes (the algorithm refuses a path from a node to itself).
function pathQuery(from: NodeLabel, to: NodeLabel, depth: number): string {
  if (!nodeLabels.includes(from) || !nodeLabels.includes(to) || !Number.isInteger(depth) || depth < 1 || depth > maxPathDepth) {
    throw new Error('path query outside the model');
  }
  return `
    OPTIONAL MATCH (a:${from} {id: $from})
    OPTIONAL MATCH (b:${to} {id: $to})
    CALL (a, b) {
      WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
      MATCH p = allShortestPaths((a)-[*..${depth}]-(b))
      WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 10
      RETURN collect({
        nodes: [n IN nodes(p) | n {.id, .name, .slug}],
        edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, source: r.source}]
      }) AS paths
    }
    RETURN a {.id, .name, .slug} AS from, b {.id, .name, .slug} AS to, paths`;
}

/** Shortest paths (up to 10) between two nodes, merged into one drawing; null if an end is missing. */
export async function shortestPaths(cypher: CypherExecutor, from: DecodedId, to: DecodedId, maxDepth: number): Promise<GraphRecord | null> {
  const [row] = await cypher.read<{
    from: Record<string, unknown> | null;
    to: Record<string, unknown> | null;
    paths: { nodes: Record<string, unknown>[]; edges: RawEdge[] }[];
  }>('path', pathQuery(from.label, to.label, maxDepth), { from: from.dbId, to: to.dbId });
  if (!row?.from || !row.to) return null;
  if (from.dbId === to.dbId) return { nodes: [graphNode(row.from, 0)], edges: [], truncated: false };
  cypher.countRows(row.paths.reduce((n, path) => n + path.nodes.length + path.edges.length, 0));
  const nodes = new Map<string, GraphNodeRecord>();
  const edges = new Map<string, GraphEdgeRecord>();
  for (const path of row.paths) {
    path.nodes.forEach((props, index) => {
      const node = graphNode(props, index);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    });
    for (const edge of path.edges.map(graphEdge)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance), edges: [...edges.values()], truncated: false };
}
