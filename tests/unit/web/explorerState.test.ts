import { describe, expect, it } from 'vitest';
import type { FoundPath, SourceInfo } from '../../../web/explorer/api.ts';
import { currentGraph, urlStateOf } from '../../../web/explorer/derived.ts';
import type { Expansion, ModelNode } from '../../../web/explorer/graphModel.ts';
import { initialState, reduce, type ExplorerEvent, type ExplorerState } from '../../../web/explorer/state.ts';

const node = (id: string, label = 'Tier'): ModelNode => ({ id, label, name: `Name of ${id}`, slug: id });
const sources: SourceInfo[] = [
  { slug: 'alpha-vs-beta', title: 'Alpha versus beta', statementCount: 12 },
  { slug: 'gamma-vs-delta', title: 'Gamma versus delta', statementCount: 30 },
];
const membershipLook = {
  kind: 'membership',
  name: 'role in tier',
  color: '#d9822b',
  claim: true,
  hierarchy: false,
};
const overview = [node('tier-a'), node('tier-b'), node('tier-c')];
const expansion = (center: string, neighbours: string[], limit = 30): Expansion => ({
  nodes: [node(center), ...neighbours.map((id) => node(id, 'Role'))],
  edges: neighbours.map((id) => ({
    id: `${id}>${center}`,
    type: 'MEMBER_OF',
    from: id,
    to: center,
    source: 'alpha-vs-beta',
    style: membershipLook,
  })),
  truncated: false,
  limit,
});
const failure = { words: 'The server took too long to answer. Try again in a moment.', detail: 'timeout' };

function run(...events: ExplorerEvent[]): ExplorerState {
  return events.reduce(reduce, initialState());
}

const started: ExplorerEvent = {
  type: 'started',
  sources,
  edgeStyles: [membershipLook],
  tiers: overview.map(({ id, slug, name }) => ({ id, slug, name })),
  overview,
  showOverview: true,
};

describe('the explorer’s state, changed only by events', () => {
  it('opens on the overview, with its first two tiers to compare', () => {
    const state = run(started);
    expect(state.roots.map((root) => root.id)).toEqual(['tier-a', 'tier-b', 'tier-c']);
    expect(state.compared).toEqual(['tier-a', 'tier-b']);
    expect(state.graph.state).toBe('done');
    expect(currentGraph(state).nodes).toHaveLength(3);
  });

  it('keeps a link’s roots when the overview arrives after them', () => {
    const state = run({ ...started, showOverview: false });
    expect(state.roots).toEqual([]);
    expect(state.overview).toHaveLength(3);
  });

  it('never edits the state it is given', () => {
    const before = run(started);
    const frozen = JSON.stringify({ ...before, expansions: [...before.expansions] });
    reduce(before, { type: 'expanded', id: 'tier-a', expansion: expansion('tier-a', ['ceo']) });
    reduce(before, { type: 'dismissed', id: 'tier-b' });
    reduce(before, { type: 'labelToggled', label: 'Skill' });
    expect(JSON.stringify({ ...before, expansions: [...before.expansions] })).toBe(frozen);
  });

  it('draws an expansion and takes it away on collapse', () => {
    const expanded = run(started, {
      type: 'expanded',
      id: 'tier-a',
      expansion: expansion('tier-a', ['ceo', 'cfo']),
    });
    expect(currentGraph(expanded).nodes.map((n) => n.id)).toEqual([
      'tier-a',
      'tier-b',
      'tier-c',
      'ceo',
      'cfo',
    ]);
    expect(currentGraph(expanded).edges).toHaveLength(2);
    const collapsed = reduce(expanded, { type: 'collapsed', id: 'tier-a' });
    expect(currentGraph(collapsed).nodes).toHaveLength(3);
  });

  it('removing the selected node clears the selection and its details; bringing back restores it', () => {
    const selected = run(
      started,
      { type: 'selected', id: 'tier-b' },
      { type: 'detailsLoaded', id: 'tier-b', details: null },
    );
    expect(selected.details.state).toBe('done');
    const removed = reduce(selected, { type: 'dismissed', id: 'tier-b' });
    expect(removed.selected).toBeNull();
    expect(removed.details.state).toBe('idle');
    expect(currentGraph(removed).nodes.map((n) => n.id)).not.toContain('tier-b');
    expect(currentGraph(reduce(removed, { type: 'broughtBack' })).nodes.map((n) => n.id)).toContain('tier-b');
  });

  it('drops details that arrive for a node no longer selected', () => {
    const state = run(
      started,
      { type: 'selected', id: 'tier-a' },
      { type: 'selected', id: 'tier-b' },
      { type: 'detailsLoaded', id: 'tier-a', details: null },
    );
    expect(state.selected).toBe('tier-b');
    expect(state.details.state).toBe('idle');
  });

  it('keeps a failure in the view it belongs to, and the next request of that view replaces it', () => {
    const failed = run(
      started,
      { type: 'viewOpened', view: 'compare' },
      { type: 'failed', request: 'compare', failure },
    );
    expect(failed.compare).toEqual({ state: 'failed', failure });
    expect(failed.details.state).toBe('idle');
    expect(failed.graph.state).toBe('done');
    const retried = reduce(failed, { type: 'loading', request: 'compare', message: 'Comparing the tiers…' });
    expect(retried.compare.state).toBe('loading');
  });

  it('ignores search answers for a text no longer searched', () => {
    const state = run(
      started,
      { type: 'searched', text: 'budget' },
      { type: 'searched', text: 'strategy' },
      { type: 'searchLoaded', text: 'budget', hits: [] },
    );
    expect(state.search.text).toBe('strategy');
    expect(state.search.hits.state).toBe('loading');
  });

  it('draws a found path’s nodes and clears them with the path', () => {
    const path: FoundPath = {
      mixesSources: false,
      sources: ['alpha-vs-beta'],
      nodes: [
        { id: 'ceo', label: 'Role', name: 'CEO', caption: 'CEO', slug: 'ceo', distance: 0 },
        { id: 'tier-a', label: 'Tier', name: 'Tier A', caption: 'Tier A', slug: 'tier-a', distance: 1 },
      ],
      edges: [
        {
          id: 'ceo>tier-a',
          type: 'MEMBER_OF',
          from: 'ceo',
          to: 'tier-a',
          source: 'alpha-vs-beta',
          style: membershipLook,
        },
      ],
    };
    const found = run(
      started,
      { type: 'pathEndSet', end: 'from', node: node('ceo', 'Role') },
      { type: 'pathEndSet', end: 'to', node: overview[0] ?? node('tier-a') },
      { type: 'pathFound', path },
    );
    expect(currentGraph(found).nodes.map((n) => n.id)).toContain('ceo');
    expect(urlStateOf(found).path).toEqual({ from: 'ceo', to: 'tier-a' });
    const cleared = reduce(found, { type: 'pathCleared' });
    expect(currentGraph(cleared).nodes.map((n) => n.id)).not.toContain('ceo');
    expect(urlStateOf(cleared).path).toBeNull();
  });

  it('pins a search hit, undoing its removal', () => {
    const state = run(
      started,
      { type: 'dismissed', id: 'ceo' },
      { type: 'pinned', nodes: [node('ceo', 'Role')], expansions: [] },
    );
    expect(state.dismissed.has('ceo')).toBe(false);
    expect(currentGraph(state).nodes.map((n) => n.id)).toContain('ceo');
  });

  it('hides and shows a label, and lists more disagreements a page at a time', () => {
    const hidden = run(started, { type: 'labelToggled', label: 'Skill' });
    expect(hidden.hiddenLabels.has('Skill')).toBe(true);
    expect(reduce(hidden, { type: 'labelToggled', label: 'Skill' }).hiddenLabels.has('Skill')).toBe(false);
    expect(reduce(hidden, { type: 'moreDisagreements', page: 20 }).disagreementsShown).toBe(40);
  });
});
