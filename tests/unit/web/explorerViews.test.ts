// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { levelPlacementsShown, type Disagreement, type SearchHit } from '../../../web/explorer/api.ts';
import { positionsListed, renderDisagreements } from '../../../web/explorer/analysisViews.ts';
import { renderDetailsView } from '../../../web/explorer/detailsPanel.ts';
import { currentGraph } from '../../../web/explorer/derived.ts';
import { labelLooks } from '../../../web/explorer/graphStyle.ts';
import { renderLegend } from '../../../web/explorer/legend.ts';
import { initialState, reduce, type ExplorerEvent } from '../../../web/explorer/state.ts';
import { renderPath, renderSearch, type PathElements } from '../../../web/explorer/views.ts';

afterEach(() => document.body.replaceChildren());

const failure = {
  words: 'The server took too long to answer. Try again in a moment.',
  detail: 'Query timed out after 5000 ms',
};
const sources = Array.from({ length: 1000 }, (_, i) => ({
  slug: `article-${i}`,
  title: `Article titled ${i}`,
  statementCount: 5,
}));
const membershipLook = {
  kind: 'membership',
  name: 'role in tier',
  color: '#d9822b',
  claim: true,
  hierarchy: false,
};
const evidenceLook = {
  kind: 'evidence',
  name: 'evidence and mentions',
  color: '#8a8a8a',
  claim: false,
  hierarchy: false,
};
const start: ExplorerEvent = {
  type: 'started',
  sources,
  edgeStyles: [membershipLook, evidenceLook],
  tiers: [],
  overview: [{ id: 'tier-a', label: 'Tier', name: 'Tier A', slug: 'tier-a' }],
  showOverview: true,
};
const state = (...events: ExplorerEvent[]) => [start, ...events].reduce(reduce, initialState());

const detailsActions = () => ({
  toggle: vi.fn(),
  loadMore: vi.fn(),
  pathEnd: vi.fn(),
  dismiss: vi.fn(),
  select: vi.fn(),
  compare: vi.fn(),
  retry: vi.fn(),
});

describe('the details panel', () => {
  it('shows a refused request in plain words in the panel, with a Retry, and marks its state', () => {
    const panel = document.createElement('section');
    const s = state({ type: 'selected', id: 'tier-a' }, { type: 'failed', request: 'details', failure });
    const actions = detailsActions();
    renderDetailsView(panel, s, currentGraph(s), actions);
    expect(panel.dataset['state']).toBe('failed');
    expect(panel.querySelector('[role="alert"] p')?.textContent).toBe(
      `Loading the details did not work. ${failure.words}`,
    );
    panel.querySelector<HTMLButtonElement>('[data-action="retry"]')?.click();
    expect(actions.retry).toHaveBeenCalledOnce();
  });

  it('says what to do before anything is selected, and that it is loading after', () => {
    const panel = document.createElement('section');
    renderDetailsView(panel, state(), currentGraph(state()), detailsActions());
    expect(panel.dataset['state']).toBe('idle');
    expect(panel.textContent).toMatch(/^Click a node for its details/);
    const loading = state(
      { type: 'selected', id: 'tier-a' },
      { type: 'loading', request: 'details', message: 'Loading Tier A…' },
    );
    renderDetailsView(panel, loading, currentGraph(loading), detailsActions());
    expect(panel.dataset['state']).toBe('loading');
    expect(panel.textContent).toBe('Loading Tier A…');
  });

  it('says a level lists the first page of its placements when the page is full', () => {
    const panel = document.createElement('section');
    const placement = (i: number) => ({
      tier: { id: `tier-${i}`, name: `Tier ${String(i).padStart(2, '0')}` },
      source: { slug: `article-${i}`, title: `Article titled ${i}` },
      method: 'EXTRACTED' as const,
      confidence: 0.8,
      evidence: [],
    });
    const level = (placements: number) => ({
      __typename: 'Level' as const,
      id: 'level-middle',
      name: 'Middle management',
      rank: 4,
      levelDescription: 'Managers of managers.',
      tiers: Array.from({ length: placements }, (_, i) => placement(i)),
    });
    const shown = (placements: number) => {
      const s = state(
        { type: 'selected', id: 'level-middle' },
        { type: 'detailsLoaded', id: 'level-middle', details: level(placements) },
      );
      renderDetailsView(panel, s, currentGraph(s), detailsActions());
      return panel.textContent;
    };
    expect(shown(levelPlacementsShown)).toContain(
      `The first ${levelPlacementsShown} placements, by tier name`,
    );
    expect(panel.querySelectorAll('ul.claims > li')).toHaveLength(levelPlacementsShown);
    expect(shown(3)).not.toContain('The first');
  });
});

describe('search hits', () => {
  const hit = (typename: 'Tier' | 'Statement', name: string): SearchHit =>
    typename === 'Tier'
      ? { snippet: null, node: { __typename: 'Tier', id: `id-${name}`, slug: name, name } }
      : {
          snippet: 'a <mark>budget</mark> line',
          node: {
            __typename: 'Statement',
            id: `id-${name}`,
            slug: name,
            name,
            source: { title: 'Article titled 1' },
          },
        };

  it('each open, or start or end a path', () => {
    const list = document.createElement('ol');
    const s = state(
      { type: 'searched', text: 'budget' },
      {
        type: 'searchLoaded',
        text: 'budget',
        hits: [hit('Tier', 'Senior management'), hit('Statement', 'Budgets 1')],
      },
    );
    const actions = { open: vi.fn(), pathFrom: vi.fn(), pathTo: vi.fn(), retry: vi.fn() };
    renderSearch(list, s, actions);
    expect(list.dataset['state']).toBe('done');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((item) => item.dataset['kind'])).toEqual(['Tier', 'Statement']);
    expect(list.querySelector('mark')?.textContent).toBe('budget');
    items[0]?.querySelector<HTMLButtonElement>('.path-end')?.click();
    expect(actions.pathFrom).toHaveBeenCalledWith(
      s.search.hits.state === 'done' ? s.search.hits.data[0] : null,
    );
    items[1]?.querySelector<HTMLButtonElement>('.hit')?.click();
    expect(actions.open).toHaveBeenCalledOnce();
  });
});

describe('the path finder', () => {
  it('names the article a one-article path keeps to by its title', () => {
    const ui: PathElements = {
      section: document.createElement('section'),
      from: document.createElement('output'),
      to: document.createElement('output'),
      find: document.createElement('button'),
      result: document.createElement('div'),
      sources: document.createElement('p'),
    };
    const ends = {
      from: { id: 'ceo', label: 'Role', name: 'CEO', slug: 'ceo' },
      to: { id: 'tier-a', label: 'Tier', name: 'Tier A', slug: 'tier-a' },
    };
    const s = state(
      { type: 'sourceChosen', source: 'article-7' },
      { type: 'pathEndSet', end: 'from', node: ends.from },
      { type: 'pathEndSet', end: 'to', node: ends.to },
      {
        type: 'pathFound',
        path: {
          mixesSources: false,
          sources: ['article-7'],
          nodes: [
            { id: 'ceo', label: 'Role', name: 'CEO', caption: 'CEO', slug: 'ceo', distance: 0 },
            { id: 'tier-a', label: 'Tier', name: 'Tier A', caption: 'Tier A', slug: 'tier-a', distance: 1 },
          ],
          edges: [
            {
              id: 'e',
              type: 'MEMBER_OF',
              from: 'ceo',
              to: 'tier-a',
              source: 'article-7',
              style: membershipLook,
            },
          ],
        },
      },
    );
    renderPath(ui, s, () => undefined);
    expect(ui.section.dataset['state']).toBe('done');
    expect(ui.result.textContent).toBe(
      'Shortest path in the claims of “Article titled 7” (1 hops): CEO → Tier A',
    );
    expect(ui.sources.textContent).toBe('Every hop is stated by “Article titled 7”.');
    expect(ui.find.disabled).toBe(false);
  });
});

describe('the key', () => {
  it('has two rows whatever the number of articles: kinds of node, each a switch, and kinds of edge', () => {
    const legend = document.createElement('section');
    const toggle = vi.fn();
    renderLegend(legend, {
      hidden: new Set(['Statement']),
      toggle,
      edgeStyles: [membershipLook, evidenceLook],
    });
    const rows = legend.querySelectorAll('ul');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.querySelectorAll('button')).toHaveLength(Object.keys(labelLooks).length);
    expect(legend.querySelector('[data-label="Statement"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(rows[1]?.querySelectorAll('li').length).toBeLessThanOrEqual(16);
    // Each kind of edge as the API serves it, evidence dashed.
    expect(rows[1]?.textContent).toContain('role in tier');
    expect(rows[1]?.querySelector('.swatch.edge.dashed')?.getAttribute('style')).toBe('--swatch:#8a8a8a');
    legend.querySelector<HTMLButtonElement>('[data-label="Skill"]')?.click();
    expect(toggle).toHaveBeenCalledWith('Skill');
  });
});

describe('the disagreements view', () => {
  it('groups eighty articles’ sides into positions, the first few open, most articles first', () => {
    const side = (j: number) => ({
      source: { slug: `article-${j}`, title: `Article titled ${j}` },
      claim: j < 40 ? 'CEO, CFO' : `Role ${j % 20}`,
      evidence: [
        {
          id: `statement-${j}`,
          text: `Sentence of article ${j}.`,
          section: { name: 'Roles' },
          source: { slug: `article-${j}`, title: `Article titled ${j}` },
        },
      ],
    });
    const disagreement: Disagreement = {
      kind: 'TIER_MEMBERS',
      subject: 'Members of Senior management',
      tier: { id: 'tier-senior-management' },
      role: null,
      sides: Array.from({ length: 80 }, (_, j) => side(j)),
    };
    const panel = document.createElement('section');
    renderDisagreements(
      panel,
      { state: 'done', data: [disagreement] },
      { draw: vi.fn(), retry: vi.fn(), shown: 20, more: vi.fn() },
    );
    const open = [...panel.querySelectorAll('.disagreement > ul.sides > li')];
    expect(open).toHaveLength(positionsListed);
    expect(open[0]?.querySelector('strong')?.textContent).toBe('CEO, CFO');
    expect(open[0]?.textContent).toContain('according to Article titled 0 and 39 other articles');
    // Three articles' sentences quoted, not forty.
    expect(open[0]?.querySelectorAll('blockquote')).toHaveLength(3);
    expect(panel.querySelector('.more-positions summary')?.textContent).toBe(
      `${21 - positionsListed} more positions`,
    );
    expect(panel.querySelectorAll('.disagreement ul.sides > li')).toHaveLength(21);
  });
});
