import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';
import { lookOf } from '../../explorer/graphStyle.ts';

interface Entry {
  id: string;
  name: string;
  label: string;
  degree: number;
  /** The bar's row: name and kind, so a tier and a role of one name get a row each. */
  row: string;
}

/** The entities with the most relationships (of the picked source's entities, when one is). */
export function renderMostConnected(container: HTMLElement, stats: Stats, source: string | null): void {
  const entries: Entry[] = stats.mostConnected.map((e) => {
    const name = 'name' in e.node ? e.node.name : e.node.id;
    return { id: e.node.id, name, label: e.label, degree: e.degree, row: `${name} (${e.label})` };
  });
  const chart = Plot.plot({
    width: chartWidth(container),
    height: 24 * entries.length + 40,
    marginLeft: 220,
    marginRight: 40,
    ariaLabel: 'Most connected entities by number of relationships',
    ariaDescription: entries.map((e) => `${e.name} (${e.label}): ${e.degree}`).join(', '),
    x: { label: 'relationships', grid: true },
    y: {
      label: null,
      domain: entries.map((e) => e.row),
      tickFormat: (d: string) => (d.length > 32 ? `${d.slice(0, 31)}…` : d),
    },
    // Each kind in the colour the explorer draws it in.
    color: {
      legend: true,
      domain: [...new Set(entries.map((e) => e.label))],
      range: [...new Set(entries.map((e) => e.label))].map((label) => lookOf(label).color),
    },
    marks: [
      Plot.barX(entries, {
        x: 'degree',
        y: 'row',
        fill: 'label',
        title: (e: Entry) => `${e.name} (${e.label}): ${e.degree} relationships`,
      }),
      Plot.text(entries, {
        x: 'degree',
        y: 'row',
        text: (e: Entry) => String(e.degree),
        dx: 4,
        textAnchor: 'start',
      }),
    ],
  });
  container.replaceChildren(
    figure(chart, 'Most connected entities', {
      caption: 'Most connected entities',
      head: ['Entity', 'Type', 'Relationships'],
      rows: entries.map((e) => [h('a', { href: explorerHref(e.id, source) }, e.name), e.label, e.degree]),
    }),
  );
}
