import type { CypherExecutor } from '../db/cypher.ts';
import { edgeStyleOf, type EdgeStyleRecord } from './edgeStyles.ts';
import { encodeId, type DecodedId } from './ids.ts';
import { checkedName, claimTypes, nodeLabels, type NodeLabel } from './model.ts';

export interface GraphNodeRecord {
  id: string;
  label: string;
  name: string;
  slug: string;
  /** What a drawing writes on the node: a statement's first words, otherwise the name. */
  caption: string;
  distance: number;
}
export interface GraphEdgeRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  source: string | null;
  style: EdgeStyleRecord;
}
export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  /** One path (or the neighbourhood) joins edges of more than one source. */
  mixesSources: boolean;
  /** Slugs of the sources the edges come from, sorted. */
  sources: string[];
}

/** The sources that edges come from, sorted; structural edges (no source) count for none. */
function sourcesOf(edges: readonly GraphEdgeRecord[]): string[] {
  return [...new Set(edges.flatMap((edge) => (edge.source === null ? [] : [edge.source])))].sort();
}

// Drawings carry only each node's key, name and slug, not its text, and come back as lists
// (`[n.id, n.name, n.slug]`, `[type, from, to, source]`): the driver decodes a list several times
// faster than a map, and a drawing has hundreds of them.
type RawNode = [dbId: string, name: string | null, slug: string | null, lead?: string | null];
type RawEdge = [type: string, from: string, to: string, source: string | null];
// A statement's name is its section and ordinal ("Senior Management 1"), easy to take for the tier;
// drawings caption it with the start of its text instead, cut in the database to keep rows small.
const captionLength = 40;
const drawn = (n: string) =>
  `[${n}.id, ${n}.name, ${n}.slug, CASE WHEN ${n}:Statement THEN left(${n}.text, ${captionLength + 20}) END]`;

/** The first words of a text, cut at a word boundary near `captionLength` characters. */
export function caption(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= captionLength) return flat;
  const cut = flat.slice(0, captionLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > captionLength / 2 ? cut.slice(0, space) : cut.slice(0, captionLength)).replace(/[\s,;:.]+$/, '')}…`;
}

function graphNode([dbId, name, slug, lead]: RawNode, distance: number): GraphNodeRecord {
  return {
    id: encodeId(dbId),
    label: labelOf(dbId),
    name: name ?? '',
    slug: slug ?? '',
    caption: lead ? caption(lead) : (name ?? ''),
    distance,
  };
}

const labelOf = (dbId: string) => dbId.slice(0, dbId.indexOf(':'));

function graphEdge([type, from, to, source]: RawEdge): GraphEdgeRecord {
  return {
    id: encodeId(`${from}|${type}|${to}|${source ?? ''}`),
    type,
    from: encodeId(from),
    to: encodeId(to),
    source,
    style: edgeStyleOf(type, labelOf(from), labelOf(to), source),
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
        AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
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
  labels: readonly NodeLabel[] | null = null,
): Promise<GraphRecord | null> {
  const [row] = await cypher.read<{ nodes: [RawNode, number][]; truncated: boolean; edges: RawEdge[] }>(
    'neighborhood',
    neighborhoodQuery(start.label, depth),
    { dbId: start.dbId, limit, source, labels },
  );
  if (!row) return null;
  cypher.countRows(row.nodes.length + row.edges.length);
  const edges = row.edges.map(graphEdge);
  const sources = sourcesOf(edges);
  return {
    nodes: row.nodes.map(([node, distance]) => graphNode(node, distance)),
    edges,
    truncated: row.truncated,
    mixesSources: sources.length > 1,
    sources,
  };
}

export const maxPathDepth = 6;

// Labels and the depth bound must be in the query text (index lookups, allShortestPaths); they
// come from the model's closed label list and a validated 1..6 range, never from request text.
// Both ends are returned, so a missing one is told apart from "no path"; the paths are looked for
// only between two distinct, existing nodes (the algorithm refuses a path from a node to itself).
// Scoped to a source, every sourced edge of a path must come from it, so a path never chains one
// article's claim to another's; the predicate is only written when a source is given.
// With `claimsOnly`, only claim relationships are followed (their types in the pattern, so the
// search itself skips the rest).
function pathQuery(
  from: NodeLabel,
  to: NodeLabel,
  depth: number,
  scoped: boolean,
  claimsOnly: boolean,
): string {
  if (
    !nodeLabels.includes(from) ||
    !nodeLabels.includes(to) ||
    !Number.isInteger(depth) ||
    depth < 1 ||
    depth > maxPathDepth
  ) {
    throw new Error('path query outside the model');
  }
  const types = claimsOnly ? `:${claimTypes.join('|')}` : '';
  return `
    OPTIONAL MATCH (a:${checkedName(from, nodeLabels)} {id: $from})
    OPTIONAL MATCH (b:${checkedName(to, nodeLabels)} {id: $to})
    CALL (a, b) {
      WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
      MATCH p = allShortestPaths((a)-[${types}*..${depth}]-(b))
      ${scoped ? 'WHERE all(r IN relationships(p) WHERE r.source IS NULL OR r.source = $source)' : ''}
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
  source: string | null = null,
  claimsOnly = false,
): Promise<GraphRecord | null> {
  const [row] = await cypher.read<{
    from: RawNode | null;
    to: RawNode | null;
    paths: [RawNode[], RawEdge[]][];
  }>('path', pathQuery(from.label, to.label, maxDepth, source !== null, claimsOnly), {
    from: from.dbId,
    to: to.dbId,
    source,
  });
  if (!row?.from || !row.to) return null;
  if (from.dbId === to.dbId)
    return { nodes: [graphNode(row.from, 0)], edges: [], truncated: false, mixesSources: false, sources: [] };
  cypher.countRows(
    row.paths.reduce((n, [pathNodes, pathEdges]) => n + pathNodes.length + pathEdges.length, 0),
  );
  const nodes = new Map<string, GraphNodeRecord>();
  const edges = new Map<string, GraphEdgeRecord>();
  let mixesSources = false;
  for (const [pathNodes, pathEdges] of row.paths) {
    pathNodes.forEach((raw, index) => {
      const node = graphNode(raw, index);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    });
    const drawnEdges = pathEdges.map(graphEdge);
    // Mixing is a property of one path: two single-source paths side by side do not mix.
    if (sourcesOf(drawnEdges).length > 1) mixesSources = true;
    for (const edge of drawnEdges) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance),
    edges: [...edges.values()],
    truncated: false,
    mixesSources,
    sources: sourcesOf([...edges.values()]),
  };
}
