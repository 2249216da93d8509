import type { CypherExecutor } from '../db/cypher.ts';
import { encodeId, type DecodedId } from './ids.ts';
import { checkedName, nodeLabels, type NodeLabel } from './model.ts';

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

// Drawings carry only each node's key, name and slug, not its text, and come back as lists
// (`[n.id, n.name, n.slug]`, `[type, from, to, source]`): the driver decodes a list several times
// faster than a map, and a drawing has hundreds of them.
type RawNode = [dbId: string, name: string | null, slug: string | null];
type RawEdge = [type: string, from: string, to: string, source: string | null];
const drawn = (n: string) => `[${n}.id, ${n}.name, ${n}.slug]`;

function graphNode([dbId, name, slug]: RawNode, distance: number): GraphNodeRecord {
  return {
    id: encodeId(dbId),
    label: dbId.slice(0, dbId.indexOf(':')),
    name: name ?? '',
    slug: slug ?? '',
    distance,
  };
}

function graphEdge([type, from, to, source]: RawEdge): GraphEdgeRecord {
  return {
    id: encodeId(`${from}|${type}|${to}|${source ?? ''}`),
    type,
    from: encodeId(from),
    to: encodeId(to),
    source,
  };
}

// Labels and the depth go into the query text (an index lookup, one ring per level); they come
// from the model's closed label list and a validated 1..3 range, never from request text.
function neighborhoodQuery(label: NodeLabel, depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > maxNeighborhoodDepth) {
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
         nodes + [n IN ring[..room] | [${drawn('n')}, ${i + 1}]] AS nodes`,
  ).join('');
  // Edges between drawn nodes: each ordered pair checked directly, so a hub's thousands of other
  // relationships are never walked.
  return `
    MATCH (o:${checkedName(label, nodeLabels)} {id: $dbId})
    WITH [o] AS seen, [o] AS frontier, false AS truncated, [[${drawn('o')}, 0]] AS nodes
    ${rings}
    RETURN nodes, truncated, COLLECT {
      UNWIND seen AS a UNWIND seen AS b
      MATCH (a)-[r]->(b)
      WHERE $source IS NULL OR r.source IS NULL OR r.source = $source
      WITH a, r, b ORDER BY a.id, type(r), b.id, r.source
      RETURN [type(r), a.id, b.id, r.source]
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
  const [row] = await cypher.read<{ nodes: [RawNode, number][]; truncated: boolean; edges: RawEdge[] }>(
    'neighborhood',
    neighborhoodQuery(start.label, depth),
    { dbId: start.dbId, limit, source },
  );
  if (!row) return null;
  cypher.countRows(row.nodes.length + row.edges.length);
  return {
    nodes: row.nodes.map(([node, distance]) => graphNode(node, distance)),
    edges: row.edges.map(graphEdge),
    truncated: row.truncated,
  };
}

export const maxPathDepth = 6;

// Labels and the depth bound must be in the query text (index lookups, allShortestPaths); they
// come from the model's closed label list and a validated 1..6 range, never from request text.
// Both ends are returned, so a missing one is told apart from "no path"; the paths are looked for
// only between two distinct, existing nodes (the algorithm refuses a path from a node to itself).
function pathQuery(from: NodeLabel, to: NodeLabel, depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > maxPathDepth) {
    throw new Error('path query outside the model');
  }
  return `
    OPTIONAL MATCH (a:${checkedName(from, nodeLabels)} {id: $from})
    OPTIONAL MATCH (b:${checkedName(to, nodeLabels)} {id: $to})
    CALL (a, b) {
      WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
      MATCH p = allShortestPaths((a)-[*..${depth}]-(b))
      WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 10
      RETURN collect([
        [n IN nodes(p) | ${drawn('n')}],
        [r IN relationships(p) | [type(r), startNode(r).id, endNode(r).id, r.source]]
      ]) AS paths
    }
    RETURN CASE WHEN a IS NULL THEN NULL ELSE ${drawn('a')} END AS from, CASE WHEN b IS NULL THEN NULL ELSE ${drawn('b')} END AS to, paths`;
}

/** Shortest paths (up to 10) between two nodes, merged into one drawing; null if an end is missing. */
export async function shortestPaths(
  cypher: CypherExecutor,
  from: DecodedId,
  to: DecodedId,
  maxDepth: number,
): Promise<GraphRecord | null> {
  const [row] = await cypher.read<{
    from: RawNode | null;
    to: RawNode | null;
    paths: [RawNode[], RawEdge[]][];
  }>('path', pathQuery(from.label, to.label, maxDepth), { from: from.dbId, to: to.dbId });
  if (!row?.from || !row.to) return null;
  if (from.dbId === to.dbId) return { nodes: [graphNode(row.from, 0)], edges: [], truncated: false };
  cypher.countRows(
    row.paths.reduce((n, [pathNodes, pathEdges]) => n + pathNodes.length + pathEdges.length, 0),
  );
  const nodes = new Map<string, GraphNodeRecord>();
  const edges = new Map<string, GraphEdgeRecord>();
  for (const [pathNodes, pathEdges] of row.paths) {
    pathNodes.forEach((raw, index) => {
      const node = graphNode(raw, index);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    });
    for (const edge of pathEdges.map(graphEdge)) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance),
    edges: [...edges.values()],
    truncated: false,
  };
}
