import * as Plot from '@observablehq/plot';
import { h } from '../../explorer/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

interface Entry {
  id: string;
  name: string;
  label: string;
  degree: number;
}

/** The entities with the most relationships (of the picked source's entities, when one is). */
export function renderMostConnected(container: HTMLElement, stats: Stats, source: string | null): void {
  const entries: Entry[] = stats.mostConnected.map((e) => ({
    id: e.node.id,
    name: 'name' in e.node ? e.node.name : e.node.id,
    label: e.label,
    degree: e.degree,
  }));
  const chart = Plot.plot({
    width: chartWidth(container),
    height: 26 * entries.length + 40,
    marginLeft: 200,
    marginRight: 40,
    ariaLabel: 'Most connected entities by number of relationships',
    ariaDescription: entries.map((e) => `${e.name} (${e.label}): ${e.degree}`).join(', '),
    x: { label: 'relationships', grid: true },
    y: { label: null, domain: entries.map((e) => e.name) },
    color: { legend: true },
    marks: [
      Plot.barX(entries, {
        x: 'degree',
        y: 'name',
        fill: 'label',
        title: (e: Entry) => `${e.name} (${e.label}): ${e.degree} relationships`,
      }),
      Plot.text(entries, {
        x: 'degree',
        y: 'name',
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
    h(
      'ul',
      { class: 'links' },
      ...entries.map((e) =>
        h('li', {}, h('a', { href: explorerHref(e.id, source) }, `${e.name} in the explorer`)),
      ),
    ),
  );
}
