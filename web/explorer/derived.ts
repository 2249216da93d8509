// What follows from the explorer's state without asking anything: the graph drawn, the labels
// asked for, the address that reopens the view.
import type { DrawnGraph } from './api.ts';
import { visibleGraph, type Expansion, type ModelNode, type VisibleGraph } from './graphModel.ts';
import { labelLooks } from './graphStyle.ts';
import type { ExplorerState } from './state.ts';
import { graphKey, type UrlState } from './urlState.ts';

export function expansionOf(graph: DrawnGraph, limit: number): Expansion {
  return { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated, limit };
}

/** A node known by its API id and name: its label and slug are in the id's graph key. */
export function nodeOf(id: string, name: string): ModelNode | null {
  const key = graphKey(id);
  if (key === null) return null;
  const colon = key.indexOf(':');
  return { id, label: key.slice(0, colon), slug: key.slice(colon + 1), name };
}

export function currentGraph(state: ExplorerState): VisibleGraph {
  const path = state.path.state === 'done' ? state.path.data : null;
  return visibleGraph({
    roots: [...state.roots],
    expansions: state.expansions,
    pinnedNodes: [...state.pinned, ...(path?.nodes ?? [])],
    pinnedEdges: path?.edges ?? [],
    dismissed: state.dismissed,
    hiddenLabels: state.hiddenLabels,
  });
}

/** Labels to ask the API for: all but the hidden ones (null when none is hidden). */
export function shownLabels(state: ExplorerState): string[] | null {
  if (state.hiddenLabels.size === 0) return null;
  return Object.keys(labelLooks).filter((label) => !state.hiddenLabels.has(label));
}

export function urlStateOf(state: ExplorerState): UrlState {
  const found = state.path.state === 'done' && state.path.data.nodes.length > 0;
  const { from, to } = state.pathEnds;
  return {
    nodes: [...state.roots, ...state.pinned].map((node) => node.id),
    expanded: [...state.expansions.entries()].map(([id, expansion]) => ({ id, limit: expansion.limit })),
    dismissed: [...state.dismissed],
    selected: state.selected,
    source: state.source,
    path: found && from && to ? { from: from.id, to: to.id } : null,
    hiddenLabels: [...state.hiddenLabels],
    layout: state.layout,
  };
}
