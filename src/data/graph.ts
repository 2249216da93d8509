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

// One query per label: a node's element id (used only inside this request) and properties.
const startQueries = new Map(
  nodeLabels.map((label) => [label, `MATCH (n:${label} {id: $dbId}) RETURN elementId(n) AS eid, n {.*} AS props`]),
);

// The next ring of a breadth-first walk: unseen neighbours of the frontier, at most $cap.
const ringQuery = `
  MATCH (a) WHERE elementId(a) IN $frontier
  MATCH (a)-[r]-(b)
  WHERE ($source IS NULL OR r.source IS NULL OR r.source = $source) AND NOT elementId(b) IN $seen
  WITH DISTINCT b ORDER BY b.id LIMIT $cap
  RETURN elementId(b) AS eid, b {.*} AS props`;

// Every edge between the nodes of the drawing.
const edgesQuery = `
  MATCH (a)-[r]->(b) WHERE elementId(a) IN $nodes AND elementId(b) IN $nodes
    AND ($source IS NULL OR r.source IS NULL OR r.source = $source)
  RETURN type(r) AS type, a.id AS from, b.id AS to, r.source AS source ORDER BY from, type, to, source`;

/**
 * Breadth-first neighbourhood: depth + 2 queries whatever the fan-out, at most `limit` nodes
 * besides the start; `truncated` tells the explorer there is more to load.
 */
export async function neighborhood(
  cypher: CypherExecutor,
  start: DecodedId,
  depth: number,
  limit: number,
  source: string | null,
): Promise<GraphRecord | null> {
  const [origin] = await cypher.read<{ eid: string; props: Record<string, unknown> }>('neighborhood.start', startQueries.get(start.label) ?? '', {
    dbId: start.dbId,
  });
  if (!origin) return null;
  const nodes = [graphNode(origin.props, 0)];
  const seen = [origin.eid];
  let frontier = [origin.eid];
  let truncated = false;
  for (let distance = 1; distance <= depth && frontier.length > 0 && !truncated; distance += 1) {
    const room = limit - (seen.length - 1);
    const ring = await cypher.read<{ eid: string; props: Record<string, unknown> }>('neighborhood.ring', ringQuery, {
      frontier,
      seen,
      source,
      cap: room + 1,
    });
    truncated = ring.length > room;
    const kept = ring.slice(0, room);
    for (const row of kept) {
      nodes.push(graphNode(row.props, distance));
      seen.push(row.eid);
    }
    frontier = kept.map((row) => row.eid);
  }
  const edges = await cypher.read<RawEdge>('neighborhood.edges', edgesQuery, { nodes: seen, source });
  return { nodes, edges: edges.map(graphEdge), truncated };
}

export const maxPathDepth = 6;

// Labels and the depth bound must be in the query text (index lookups, allShortestPaths); they
// come from the model's closed label list and a validated 1..6 range, never from request text.
function pathQuery(from: NodeLabel, to: NodeLabel, depth: number): string {
  if (!nodeLabels.includes(from) || !nodeLabels.includes(to) || !Number.isInteger(depth) || depth < 1 || depth > maxPathDepth) {
    throw new Error('path query outside the model');
  }
  return `
    MATCH (a:${from} {id: $from}), (b:${to} {id: $to})
    MATCH p = allShortestPaths((a)-[*..${depth}]-(b))
    WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 10
    RETURN [n IN nodes(p) | n {.*}] AS nodes,
           [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, source: r.source}] AS edges`;
}

function endsQuery(from: NodeLabel, to: NodeLabel): string {
  if (!nodeLabels.includes(from) || !nodeLabels.includes(to)) throw new Error('path query outside the model');
  // Whether both ends exist, told apart from "no path".
  return `
    OPTIONAL MATCH (a:${from} {id: $from})
    OPTIONAL MATCH (b:${to} {id: $to})
    RETURN a {.*} AS from, b {.*} AS to`;
}

/** Shortest paths (up to 10) between two nodes, merged into one drawing; null if an end is missing. */
export async function shortestPaths(cypher: CypherExecutor, from: DecodedId, to: DecodedId, maxDepth: number): Promise<GraphRecord | null> {
  const params = { from: from.dbId, to: to.dbId };
  const [ends] = await cypher.read<{ from: Record<string, unknown> | null; to: Record<string, unknown> | null }>(
    'path.ends',
    endsQuery(from.label, to.label),
    params,
  );
  if (!ends?.from || !ends.to) return null;
  if (from.dbId === to.dbId) return { nodes: [graphNode(ends.from, 0)], edges: [], truncated: false };
  const paths = await cypher.read<{ nodes: Record<string, unknown>[]; edges: RawEdge[] }>('path', pathQuery(from.label, to.label, maxDepth), params);
  const nodes = new Map<string, GraphNodeRecord>();
  const edges = new Map<string, GraphEdgeRecord>();
  for (const path of paths) {
    path.nodes.forEach((props, index) => {
      const node = graphNode(props, index);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    });
    for (const edge of path.edges.map(graphEdge)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance), edges: [...edges.values()], truncated: false };
}
