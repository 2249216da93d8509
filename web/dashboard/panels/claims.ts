import * as Plot from '@observablehq/plot';
import { h } from '../../explorer/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

interface Row {
  source: string;
  method: string;
  count: number;
}

const methodNames: Record<string, string> = { CURATED: 'curated', EXTRACTED: 'extracted' };

/** Long titles are cut for the chart's axis; the table and the links keep them whole. */
export const shortTitle = (title: string) => (title.length > 34 ? `${title.slice(0, 33)}…` : title);

/** Claims per source, split by how they came into the graph (curated or extracted). */
export function renderClaims(container: HTMLElement, stats: Stats, source: string | null): void {
  const sources = stats.perSource.filter((s) => source === null || s.source.slug === source);
  const rows: Row[] = sources.flatMap((s) =>
    s.methods.map(({ method, count }) => ({
      source: shortTitle(s.source.title),
      method: methodNames[method] ?? method,
      count,
    })),
  );
  const total = (s: (typeof sources)[number]) => s.methods.reduce((sum, m) => sum + m.count, 0);
  const chart = Plot.plot({
    width: chartWidth(container),
    height: 44 * sources.length + 60,
    marginLeft: 230,
    marginRight: 40,
    ariaLabel: 'Claims per source, curated and extracted',
    ariaDescription: sources
      .map(
        (s) =>
          `${s.source.title}: ${s.methods.map((m) => `${m.count} ${methodNames[m.method] ?? m.method}`).join(', ')}`,
      )
      .join('; '),
    color: { domain: ['curated', 'extracted'], range: ['#4269d0', '#efb118'], legend: true },
    x: { label: 'claims', grid: true },
    y: { label: null },
    marks: [
      Plot.barX(rows, {
        x: 'count',
        y: 'source',
        fill: 'method',
        title: (d: Row) => `${d.source}: ${d.count} ${d.method}`,
      }),
    ],
  });
  container.replaceChildren(
    figure(chart, 'Claims per source, by method', {
      caption: 'Claims per source',
      head: ['Source', 'Statements', 'Curated', 'Extracted', 'Claims'],
      rows: sources.map((s) => [
        h('a', { href: explorerHref(s.source.id, s.source.slug) }, s.source.title),
        s.statements,
        s.methods.find((m) => m.method === 'CURATED')?.count ?? 0,
        s.methods.find((m) => m.method === 'EXTRACTED')?.count ?? 0,
        total(s),
      ]),
    }),
    h(
      'ul',
      { class: 'links' },
      ...sources.map((s) =>
        h(
          'li',
          {},
          h('a', { href: explorerHref(s.source.id, s.source.slug) }, `${s.source.title} in the explorer`),
        ),
      ),
    ),
  );
}
