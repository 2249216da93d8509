import { h } from '../../shared/dom.ts';
import type { OrgChart } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';

// Who reports to whom as the picked source states it: each of its charts as an indented outline,
// its top role first and each role under the role it reports to. A chart is cut at a depth (one
// level more on "more") and at a number of rows, so a large organisation shows its top, never a
// row per role of the whole corpus.

/** Levels below the top shown at first; "more" adds one. */
export const firstDepth = 2;
/** Most rows the panel lists, over every chart of the source. */
export const rowsListed = 60;

export interface OrgChartRow {
  chart: number;
  id: string;
  name: string;
  /** 0 for a chart's top role. */
  depth: number;
  /** The role it reports to in this chart; null for the top. */
  manager: string | null;
}

export interface OrgChartOutline {
  rows: OrgChartRow[];
  /** Roles of the charts below the rows listed (deeper, or past `rowsListed`). */
  hidden: number;
  /** Whether a deeper level exists and there is room to list it. */
  deeper: boolean;
}

/** A chart's roles in outline order: each role followed by those reporting to it, by name. */
function outline(chart: OrgChart, index: number): OrgChartRow[] {
  const below = new Map<string, OrgChart['lines']>();
  for (const line of chart.lines) below.set(line.manager.id, [...(below.get(line.manager.id) ?? []), line]);
  const rows: OrgChartRow[] = [];
  const seen = new Set<string>();
  const visit = (id: string, name: string, depth: number, manager: string | null) => {
    if (seen.has(id)) return;
    seen.add(id);
    rows.push({ chart: index, id, name, depth, manager });
    const lines = [...(below.get(id) ?? [])].sort((a, b) => a.role.name.localeCompare(b.role.name));
    for (const line of lines) visit(line.role.id, line.role.name, depth + 1, name);
  };
  visit(chart.root.id, chart.root.name, 0, null);
  return rows;
}

/** The rows of the source's charts down to `depth` levels below each top, at most `rowsListed`. */
export function orgChartOutline(charts: readonly OrgChart[], depth: number): OrgChartOutline {
  const all = charts.flatMap(outline);
  const within = all.filter((row) => row.depth <= depth);
  const rows = within.slice(0, rowsListed);
  const deeper = within.length < rowsListed && all.some((row) => row.depth > depth);
  return { rows, hidden: all.length - rows.length, deeper };
}

export interface OrgChartActions {
  source: string | null;
  depth: number;
  deeper: () => void;
}

/** The picked source's org charts as outlines; a plain note when it states none or none is picked. */
export function renderOrgChart(
  container: HTMLElement,
  charts: readonly OrgChart[],
  actions: OrgChartActions,
): void {
  if (charts.length === 0) {
    container.replaceChildren(h('p', { class: 'muted' }, 'This source does not say who reports to whom.'));
    return;
  }
  const { rows, hidden, deeper } = orgChartOutline(charts, actions.depth);
  const more = h('button', { type: 'button', 'data-action': 'deeper' }, 'Show one level more');
  more.addEventListener('click', actions.deeper);
  const roles = new Set(charts.flatMap((chart) => [chart.root.id, ...chart.lines.map((l) => l.role.id)]))
    .size;
  container.replaceChildren(
    h(
      'p',
      {},
      `${roles} roles in ${charts.length} chart${charts.length === 1 ? '' : 's'}, each role under the one it reports to.`,
    ),
    h(
      'ul',
      { class: 'org-outline' },
      rows.map((row) =>
        h(
          'li',
          {
            'data-depth': String(row.depth),
            'data-chart': String(row.chart),
            style: `padding-left: ${row.depth * 1.2}rem`,
            class: row.depth === 0 ? 'top' : '',
          },
          h('a', { href: explorerHref(row.id, actions.source) }, row.name),
          row.manager === null ? '' : h('span', { class: 'muted' }, ` reports to ${row.manager}`),
        ),
      ),
    ),
    hidden > 0
      ? h('p', { class: 'muted' }, `${hidden} more roles below those listed. `, deeper ? more : '')
      : '',
  );
}
