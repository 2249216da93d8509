import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

interface Bar {
  name: string;
  count: number;
}

function bars(data: Bar[], width: number, label: string, fill: string): Element {
  return Plot.plot({
    width,
    height: 20 * data.length + 30,
    marginLeft: 170,
    marginRight: 50,
    ariaLabel: label,
    ariaDescription: data.map((d) => `${d.name}: ${d.count}`).join(', '),
    x: { label: null, grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { x: 'count', y: 'name', fill, title: (d: Bar) => `${d.name}: ${d.count}` }),
      Plot.text(data, {
        x: 'count',
        y: 'name',
        text: (d: Bar) => String(d.count),
        dx: 4,
        textAnchor: 'start',
      }),
    ],
  });
}

const byCount = (a: Bar, b: Bar) => b.count - a.count || a.name.localeCompare(b.name);

/**
 * The graph's size: nodes per label, and relationships per type; with a source picked, that
 * source's statements and its claims per type (node labels are not counted per source).
 */
export function renderSize(container: HTMLElement, stats: Stats, source: string | null): void {
  const width = chartWidth(container);
  const nodes = stats.nodes
    .map(({ label, count }) => ({ name: label, count }))
    .filter((d) => d.count > 0)
    .sort(byCount);
  const picked = source === null ? undefined : stats.perSource.find((s) => s.source.slug === source);
  const relationships = (
    picked
      ? picked.claims.map(({ type, count }) => ({ name: type, count }))
      : stats.relationships.map(({ type, count }) => ({ name: type, count }))
  )
    .filter((d) => d.count > 0)
    .sort(byCount);
  const relationshipCaption = picked
    ? `Claims of “${picked.source.title}” by relationship type (${picked.statements} statements)`
    : 'Relationships by type';
  const link = picked
    ? h('a', { href: explorerHref(picked.source.id, source) }, `“${picked.source.title}” in the explorer`)
    : h('a', { href: '/explorer' }, 'The graph in the explorer');
  container.replaceChildren(
    figure(
      bars(nodes, width, 'Nodes by label in the whole graph', '#4269d0'),
      'Nodes by label (whole graph)',
      {
        caption: 'Nodes by label',
        head: ['Label', 'Nodes'],
        rows: nodes.map((d) => [d.name, d.count]),
      },
    ),
    figure(bars(relationships, width, relationshipCaption, '#3c8a5a'), relationshipCaption, {
      caption: relationshipCaption,
      head: ['Type', 'Count'],
      rows: relationships.map((d) => [d.name, d.count]),
    }),
    h('p', { class: 'links' }, link),
  );
}
