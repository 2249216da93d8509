import { h } from '../shared/dom.ts';

export interface DataTable {
  caption: string;
  head: string[];
  rows: (string | number | Node)[][];
}

/**
 * A chart with its data beside it: the chart is an image with a label and a description for
 * screen readers, and the same figures are a table under "Data" for anyone who wants them exact.
 */
export function figure(chart: Element, caption: string, table: DataTable): HTMLElement {
  return h(
    'figure',
    {},
    h('figcaption', {}, caption),
    chart,
    h(
      'details',
      { class: 'data' },
      h('summary', {}, 'Data'),
      h(
        'table',
        {},
        h('caption', {}, table.caption),
        h('thead', {}, h('tr', {}, ...table.head.map((cell) => h('th', { scope: 'col' }, cell)))),
        h(
          'tbody',
          {},
          ...table.rows.map((row) =>
            h('tr', {}, ...row.map((cell) => h('td', {}, typeof cell === 'number' ? String(cell) : cell))),
          ),
        ),
      ),
    ),
  );
}

/** Width for a chart in `container`, within what reads well. */
export function chartWidth(container: HTMLElement): number {
  return Math.max(260, Math.min(720, container.clientWidth - 8));
}
