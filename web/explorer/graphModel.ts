// What the explorer draws, derived from what the user did: the tiers it starts from, the nodes
// they expanded (each with the neighbourhood the API returned), and what search and path pinned.
// Deriving the picture instead of editing it makes collapse and a change of source filter exact.

export interface ModelNode {
  id: string;
  label: string;
  name: string;
  slug: string;
  /** What the canvas writes on it (a statement's first words); the name when absent. */
  caption?: string;
}

/** How the API says a kind of edge is drawn (each kind of claim describes its own). */
export interface EdgeLook {
  kind: string;
  name: string;
  color: string;
  /** An article's claim, rather than its evidence or structure. */
  claim: boolean;
  /** Its end (a manager) drawn above its start. */
  hierarchy: boolean;
}

export interface ModelEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  source: string | null;
  style: EdgeLook;
}

export interface Expansion {
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** The API left neighbours out at this limit. */
  truncated: boolean;
  limit: number;
}

export interface ExplorerModel {
  roots: ModelNode[];
  expansions: ReadonlyMap<string, Expansion>;
  pinnedNodes: ModelNode[];
  pinnedEdges: ModelEdge[];
  /** Nodes the user removed from the canvas: not shown, and their expansions dormant. */
  dismissed?: ReadonlySet<string>;
  /** Labels not shown when an expansion brings them (roots and pinned nodes always are). */
  hiddenLabels?: ReadonlySet<string>;
}

export interface VisibleGraph {
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Expanded nodes that are on screen (an expansion of a node no longer shown is dormant). */
  expanded: Set<string>;
}

/** The first neighbourhood asked for a node; "load more" asks again with a larger limit. */
export const firstLimit = 30;
export const limitStep = 30;
/** The API's own cap on `neighborhood(limit:)`. */
export const maxLimit = 200;

export function nextLimit(limit: number): number {
  return Math.min(limit + limitStep, maxLimit);
}

/**
 * Roots and pinned nodes are shown; an expansion adds its nodes when its node is shown, which
 * may show further expanded nodes, until nothing changes. Edges are kept when both ends are shown.
 */
export function visibleGraph(model: ExplorerModel): VisibleGraph {
  const dismissed = model.dismissed ?? new Set<string>();
  const hidden = model.hiddenLabels ?? new Set<string>();
  const nodes = new Map<string, ModelNode>();
  for (const node of [...model.roots, ...model.pinnedNodes])
    if (!dismissed.has(node.id)) nodes.set(node.id, node);
  const expanded = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, expansion] of model.expansions) {
      if (expanded.has(id) || !nodes.has(id)) continue;
      expanded.add(id);
      grew = true;
      for (const node of expansion.nodes)
        if (!nodes.has(node.id) && !dismissed.has(node.id) && !hidden.has(node.label))
          nodes.set(node.id, node);
    }
  }
  const edges = new Map<string, ModelEdge>();
  const candidateEdges = [
    ...model.pinnedEdges,
    ...[...expanded].flatMap((id) => model.expansions.get(id)?.edges ?? []),
  ];
  for (const edge of candidateEdges) {
    if (nodes.has(edge.from) && nodes.has(edge.to)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], expanded };
}
