import { h } from '../shared/dom.ts';

export interface DataTable {
  caption: string;
  head: string[];
  rows: (string | number | Node)[][];
}

/**
 * A chart with its data beside it: the chart is an image with a label and a description for
 * screen readers, and the same figures are a table under "Data" for anyone who wants them exact.
 * The table is built when "Data" is first opened, so a page of panels over a thousand sources
 * draws only what shows.
 */
export function figure(chart: Element, caption: string, table: DataTable): HTMLElement {
  const data = h('details', { class: 'data' }, h('summary', {}, 'Data'));
  const fill = () => {
    if (!data.open || data.querySelector('table')) return;
    data.append(dataTable(table));
  };
  data.addEventListener('toggle', fill);
  return h('figure', {}, h('figcaption', {}, caption), chart, data);
}

function dataTable(table: DataTable): HTMLTableElement {
  return h(
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
  );
}

/** Width for a chart in `container`, within what reads well. */
export function chartWidth(container: HTMLElement): number {
  return Math.max(260, Math.min(720, container.clientWidth - 8));
}
