import { describe, expect, it } from 'vitest';
import {
  nextLimit,
  visibleGraph,
  type Expansion,
  type ExplorerModel,
  type ModelNode,
} from '../../web/explorer/graphModel.ts';

const node = (id: string, label = 'Role'): ModelNode => ({ id, label, name: id, slug: id });
const edge = (from: string, to: string, source: string | null = 'first') => ({
  id: `${from}-${to}`,
  type: 'MEMBER_OF',
  from,
  to,
  source,
  style: { kind: 'membership', name: 'role in tier', color: '#d9822b', claim: true, hierarchy: false },
});
const expansion = (center: string, neighbours: string[]): Expansion => ({
  nodes: [node(center), ...neighbours.map((id) => node(id))],
  edges: neighbours.map((id) => edge(id, center)),
  truncated: false,
  limit: 30,
});

function model(expansions: [string, Expansion][], pinned: ModelNode[] = []): ExplorerModel {
  return {
    roots: [node('tier', 'Tier')],
    expansions: new Map(expansions),
    pinnedNodes: pinned,
    pinnedEdges: [],
  };
}

describe('visibleGraph', () => {
  it('shows the roots alone before anything is expanded', () => {
    const graph = visibleGraph(model([]));
    expect(graph.nodes.map((n) => n.id)).toEqual(['tier']);
    expect(graph.edges).toEqual([]);
  });

  it('adds an expansion and the expansions it reveals, with the edges between shown nodes', () => {
    const graph = visibleGraph(
      model([
        ['cfo', expansion('cfo', ['statement'])],
        ['tier', expansion('tier', ['cfo', 'ceo'])],
      ]),
    );
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['ceo', 'cfo', 'statement', 'tier']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(['ceo-tier', 'cfo-tier', 'statement-cfo']);
    expect([...graph.expanded].sort()).toEqual(['cfo', 'tier']);
  });

  it('collapsing a node hides what only its expansion showed, including expansions below it', () => {
    const graph = visibleGraph(model([['cfo', expansion('cfo', ['statement'])]]));
    expect(graph.nodes.map((n) => n.id)).toEqual(['tier']);
    expect(graph.expanded.size).toBe(0);
  });

  it('keeps pinned nodes (search results, paths) whatever is collapsed', () => {
    const graph = visibleGraph(model([], [node('budget', 'Responsibility')]));
    expect(graph.nodes.map((n) => n.id)).toEqual(['tier', 'budget']);
  });
});

describe('nextLimit', () => {
  it('grows by a step and stops at the API cap of 200', () => {
    expect(nextLimit(30)).toBe(60);
    expect(nextLimit(190)).toBe(200);
    expect(nextLimit(200)).toBe(200);
  });
});

describe('visibleGraph with dismissed nodes and hidden labels', () => {
  const statement = (id: string): ModelNode => ({ id, label: 'Statement', name: id, slug: id });

  it('leaves out a dismissed node, its edges and what only its expansion showed', () => {
    const graph = visibleGraph({
      ...model([
        ['tier', expansion('tier', ['cfo', 'ceo'])],
        ['cfo', expansion('cfo', ['skill'])],
      ]),
      dismissed: new Set(['cfo']),
    });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['ceo', 'tier']);
    expect(graph.edges.map((e) => e.id)).toEqual(['ceo-tier']);
  });

  it('hides the labels asked for when an expansion brings them, but keeps pinned ones', () => {
    const tier = expansion('tier', ['cfo']);
    tier.nodes.push(statement('said'));
    tier.edges.push(edge('tier', 'said'));
    const graph = visibleGraph({
      ...model([['tier', tier]], [statement('found')]),
      hiddenLabels: new Set(['Statement']),
    });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['cfo', 'found', 'tier']);
  });
});
