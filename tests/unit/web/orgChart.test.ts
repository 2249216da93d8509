// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NodeDetails, OrgChart } from '../../../web/explorer/api.ts';
import {
  chartTree,
  chartTrees,
  chartsDrawn,
  nodesPerTree,
  treeBoxes,
} from '../../../web/explorer/orgChart.ts';
import { renderOrgChart } from '../../../web/explorer/orgChartView.ts';
import { renderDetails } from '../../../web/explorer/detailsPanel.ts';
import { apiId } from '../../../web/explorer/urlState.ts';
import { initialState, reduce } from '../../../web/explorer/state.ts';
import type { OrgChart as DashboardChart } from '../../../web/dashboard/api.ts';
import { namesListed, ownClaims, tierHoldings, tierItemsListed } from '../../../web/explorer/rolePanel.ts';
import {
  firstDepth,
  orgChartOutline,
  renderOrgChart as renderDashboardChart,
  rowsListed,
} from '../../../web/dashboard/panels/orgChart.ts';

afterEach(() => document.body.replaceChildren());

const source = { slug: 'job-advert', title: 'Head of Finance' };
// Ids as the API gives them: a node's key, base64url-encoded.
const role = (name: string) => {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return { id: apiId(`Role:${slug}`), slug, name };
};
const statement = (text: string) => ({ id: `s-${text}`, text, section: { name: 'The role' }, source });
/** A chart as both pages ask for it (the dashboard's with slugs, the explorer's with sections). */
type Chart = OrgChart & DashboardChart;
type Line = Chart['lines'][number];
const line = (report: string, manager: string, depth: number): Line => ({
  role: role(report),
  manager: role(manager),
  depth,
  method: 'CURATED',
  confidence: 1,
  evidence: [statement(`${report} reports to ${manager}`)],
});
const chart = (root: string, lines: Line[], from = source): Chart => ({
  source: from,
  root: { ...role(root) },
  lines,
});

// The advert's own chart: the Head of Finance with three reports, one of whom has two.
const finance = chart('Head of Finance', [
  line('Financial Controller', 'Head of Finance', 1),
  line('FP&A Manager', 'Head of Finance', 1),
  line('Payroll Manager', 'Head of Finance', 1),
  line('Accountant', 'Financial Controller', 2),
  line('Clerk', 'Financial Controller', 2),
]);

describe('org charts as trees to draw', () => {
  it('has a node per role under its top, an edge from each manager down to its report', () => {
    const tree = chartTree(finance, 0);
    const name = (id: string) => tree.nodes.find((node) => node.id === id)?.name;
    expect(tree.root.name).toBe('Head of Finance');
    expect(tree.nodes.map((node) => [node.name, node.depth])).toEqual([
      ['Head of Finance', 0],
      ['Financial Controller', 1],
      ['FP&A Manager', 1],
      ['Payroll Manager', 1],
      ['Accountant', 2],
      ['Clerk', 2],
    ]);
    expect(tree.edges.map((edge) => `${name(edge.from)} > ${name(edge.to)}`)).toContain(
      'Financial Controller > Accountant',
    );
    expect(tree.cut).toBe(0);
  });

  it('keeps two articles’ charts of the same roles apart, each a tree in a box of its own, side by side', () => {
    const other = chart('Head of Finance', [line('Payroll Manager', 'Head of Finance', 1)], {
      slug: 'career-guide',
      title: 'Finance career guide',
    });
    const { trees, more } = chartTrees([finance, other]);
    expect(more).toBe(0);
    const ids = trees.flatMap((tree) => tree.nodes.map((node) => node.id));
    expect(new Set(ids).size).toBe(ids.length);
    const [first, second] = treeBoxes(trees);
    // The first is three roles wide and three rows deep; the second one wide, two deep, to its right.
    expect(first?.w).toBeGreaterThan(second?.w ?? Infinity);
    expect(first?.h).toBeGreaterThan(second?.h ?? Infinity);
    expect(second?.x1).toBeGreaterThan((first?.x1 ?? 0) + (first?.w ?? 0));
  });

  it('draws the top of a large chart and counts the lines left out, and at most a few charts', () => {
    const lines = Array.from({ length: 500 }, (_, i) => line(`Clerk ${i}`, 'Head of Finance', 1));
    const tree = chartTree(chart('Head of Finance', lines), 0);
    expect(tree.nodes).toHaveLength(nodesPerTree);
    expect(tree.cut).toBe(500 - (nodesPerTree - 1));
    const many = Array.from({ length: 1000 }, (_, i) =>
      chart(`Top ${i}`, [line(`Report ${i}`, `Top ${i}`, 1)]),
    );
    const { trees, more } = chartTrees(many);
    expect(trees).toHaveLength(chartsDrawn);
    expect(more).toBe(1000 - chartsDrawn);
  });
});

describe('the explorer’s org-chart view', () => {
  const actions = () => ({ scope: 'Head of Finance', draw: vi.fn(), retry: vi.fn() });

  it('lists each line in words under its chart, and hands the trees to the drawing', () => {
    const panel = document.createElement('section');
    const act = actions();
    renderOrgChart(panel, { state: 'done', data: [finance] }, act);
    expect(panel.dataset['state']).toBe('done');
    expect(act.draw).toHaveBeenCalledOnce();
    const items = [...panel.querySelectorAll('.org-chart .lines > li')].map(
      (li) => li.firstChild?.textContent,
    );
    expect(items).toEqual(['Financial Controller', 'FP&A Manager', 'Payroll Manager', 'Accountant', 'Clerk']);
    expect(panel.querySelector('.org-chart blockquote')?.textContent).toBe(
      'Financial Controller reports to Head of Finance',
    );
  });

  it('says in plain words when the article states no reporting line, and a failure with a Retry', () => {
    const panel = document.createElement('section');
    const act = actions();
    renderOrgChart(panel, { state: 'done', data: [] }, act);
    expect(panel.textContent).toContain('“Head of Finance” does not say who reports to whom.');
    expect(act.draw).not.toHaveBeenCalled();
    const failure = { words: 'The server took too long to answer.', detail: 'timeout' };
    renderOrgChart(panel, { state: 'failed', failure }, act);
    expect(panel.dataset['state']).toBe('failed');
    panel.querySelector<HTMLButtonElement>('[data-action="retry"]')?.click();
    expect(act.retry).toHaveBeenCalledOnce();
  });
});

type RoleDetails = Extract<NodeDetails, { __typename: 'Role' }>;
const claimOf = { source, method: 'CURATED' as const, confidence: 1 };
const headOfFinance: RoleDetails = {
  __typename: 'Role',
  id: 'id-Head of Finance',
  name: 'Head of Finance',
  aliases: [],
  responsibilities: [
    {
      ...claimOf,
      responsibility: { name: 'Prepare the annual budget' },
      evidence: [statement('Prepare the annual budget')],
    },
  ],
  skills: [{ ...claimOf, skill: { name: 'ACA qualified' }, evidence: [statement('ACA qualified')] }],
  reportsTo: [{ ...claimOf, role: role('CFO'), evidence: [statement('You will report to the CFO')] }],
  directReports: [{ ...claimOf, role: role('Payroll Manager'), evidence: [statement('will report to you')] }],
  tiers: [
    {
      ...claimOf,
      tier: { name: 'Senior management team' },
      evidence: [statement('a member of the senior management team')],
      responsibilities: Array.from({ length: 12 }, (_, i) => ({
        responsibility: { name: `Tier duty ${i}` },
      })),
      skills: [],
    },
  ],
};

describe('a role’s panel', () => {
  it('keeps the role’s own claims, each with source and evidence, apart from what it holds through its tier', () => {
    const panel = document.createElement('section');
    const noop = () => undefined;
    renderDetails(panel, headOfFinance, {
      expanded: false,
      truncated: false,
      toggle: noop,
      loadMore: noop,
      pathFrom: noop,
      pathTo: noop,
      dismiss: noop,
      neighbours: [],
      selectNeighbour: noop,
      compare: noop,
    });
    const own = panel.querySelector('.role-own');
    const tier = panel.querySelector('.role-tier');
    const kind = (name: string) => own?.querySelector(`[data-kind="${name}"] li`)?.textContent ?? '';
    expect(kind('responsibilities')).toContain('Prepare the annual budget according to Head of Finance');
    expect(kind('skills')).toContain('ACA qualified');
    expect(kind('reports-to')).toContain('CFO');
    expect(kind('reports-to')).toContain('You will report to the CFO');
    expect(kind('direct-reports')).toContain('Payroll Manager');
    expect(own?.textContent).not.toContain('Tier duty');
    expect(tier?.textContent).toContain('In Senior management team according to Head of Finance');
    expect(tier?.textContent).toContain(`Tier duty 0; Tier duty 1`);
    expect(tier?.textContent).toContain(`and ${12 - tierItemsListed} more`);
    expect(tier?.textContent).toContain('That article gives the tier no skills.');
    expect(tier?.textContent).not.toContain('Prepare the annual budget');
  });

  it('groups the own claims by kind and the tier holdings by placement', () => {
    expect(ownClaims(headOfFinance).map((group) => [group.kind, group.claims.map((c) => c.subject)])).toEqual(
      [
        ['responsibilities', ['Prepare the annual budget']],
        ['skills', ['ACA qualified']],
        ['reports-to', ['CFO']],
        ['direct-reports', ['Payroll Manager']],
      ],
    );
    expect(
      tierHoldings(headOfFinance).map((holding) => [holding.subject, holding.responsibilities.length]),
    ).toEqual([['Senior management team', 12]]);
    expect(namesListed([])).toBeNull();
    expect(namesListed(['a', 'b'])).toBe('a; b');
  });
});

describe('the dashboard’s org-chart outline', () => {
  it('lists each role under the one it reports to, the top levels first, one level more on request', () => {
    const top = orgChartOutline([finance], firstDepth - 1);
    expect(top.rows.map((row) => `${'-'.repeat(row.depth)}${row.name}`)).toEqual([
      'Head of Finance',
      '-Financial Controller',
      '-FP&A Manager',
      '-Payroll Manager',
    ]);
    expect(top).toMatchObject({ hidden: 2, deeper: true });
    const all = orgChartOutline([finance], firstDepth);
    expect(all.rows.map((row) => `${'-'.repeat(row.depth)}${row.name}`)).toEqual([
      'Head of Finance',
      '-Financial Controller',
      '--Accountant',
      '--Clerk',
      '-FP&A Manager',
      '-Payroll Manager',
    ]);
    expect(all.rows.find((row) => row.name === 'Clerk')?.manager).toBe('Financial Controller');
    expect(all).toMatchObject({ hidden: 0, deeper: false });
  });

  it('lists at most a page of rows of a source with a thousand roles, and counts the rest', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      line(`Clerk ${String(i).padStart(4, '0')}`, 'Head of Finance', 1),
    );
    const outline = orgChartOutline([chart('Head of Finance', lines)], firstDepth);
    expect(outline.rows).toHaveLength(rowsListed);
    expect(outline.hidden).toBe(1001 - rowsListed);
    const panel = document.createElement('div');
    renderDashboardChart(panel, [chart('Head of Finance', lines)], {
      source: 'job-advert',
      depth: firstDepth,
      deeper: vi.fn(),
    });
    expect(panel.querySelectorAll('li')).toHaveLength(rowsListed);
    expect(panel.textContent).toContain(`${1001 - rowsListed} more roles below those listed.`);
  });

  it('says in plain words when the source states no reporting line', () => {
    const panel = document.createElement('div');
    renderDashboardChart(panel, [], { source: 'job-advert', depth: firstDepth, deeper: vi.fn() });
    expect(panel.textContent).toBe('This source does not say who reports to whom.');
  });
});

describe('the explorer’s org-chart state', () => {
  it('keeps the charts of the article chosen, drops an answer for one no longer chosen, and asks again on a new choice', () => {
    const chosen = reduce(initialState(), { type: 'sourceChosen', source: 'job-advert' });
    const loaded = reduce(chosen, { type: 'orgChartLoaded', source: 'job-advert', charts: [finance] });
    expect(loaded.orgChart).toEqual({ state: 'done', data: [finance] });
    const moved = reduce(loaded, { type: 'sourceChosen', source: null });
    expect(moved.orgChart.state).toBe('idle');
    const late = reduce(moved, { type: 'orgChartLoaded', source: 'job-advert', charts: [finance] });
    expect(late.orgChart.state).toBe('idle');
  });
});
