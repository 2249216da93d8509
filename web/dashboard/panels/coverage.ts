import * as Plot from '@observablehq/plot';
import { h } from '../../explorer/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';
import { shortTitle } from './claims.ts';

interface Cell {
  tier: string;
  dimension: string;
  sources: string[];
}

/**
 * Which source characterises which tier on which dimension: a heat map of tiers by dimensions,
 * each cell counting the sources that speak to it (named on hover and in the table).
 */
export function renderCoverage(container: HTMLElement, stats: Stats, source: string | null): void {
  const entries = stats.coverage.filter((c) => source === null || c.source.slug === source);
  const titleOf = new Map(stats.perSource.map((s) => [s.source.slug, s.source.title]));
  const tiers = [...new Map(entries.map((e) => [e.tier.slug, e.tier])).values()];
  const dimensions = [...new Map(entries.flatMap((e) => e.dimensions).map((d) => [d.slug, d])).values()].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const cells: Cell[] = tiers.flatMap((tier) =>
    dimensions.map((dimension) => ({
      tier: tier.name,
      dimension: dimension.name,
      sources: entries
        .filter((e) => e.tier.slug === tier.slug && e.dimensions.some((d) => d.slug === dimension.slug))
        .map((e) => titleOf.get(e.source.slug) ?? e.source.slug),
    })),
  );
  const chart = Plot.plot({
    width: chartWidth(container),
    height: 40 * tiers.length + 110,
    marginLeft: 140,
    marginBottom: 90,
    padding: 0.05,
    ariaLabel: 'Coverage: tiers by dimensions, how many sources characterise each',
    ariaDescription: cells
      .filter((c) => c.sources.length > 0)
      .map((c) => `${c.tier} on ${c.dimension}: ${c.sources.length}`)
      .join('; '),
    x: { label: null, tickRotate: -30, domain: dimensions.map((d) => d.name) },
    y: { label: null, domain: tiers.map((t) => t.name) },
    color: {
      type: 'linear',
      domain: [0, Math.max(1, new Set(entries.map((e) => e.source.slug)).size)],
      range: ['#f4f6fb', '#1f4e9e'],
      legend: true,
      label: 'sources',
    },
    marks: [
      Plot.cell(cells, {
        x: 'dimension',
        y: 'tier',
        fill: (c: Cell) => c.sources.length,
        title: (c: Cell) =>
          `${c.tier} on ${c.dimension}: ${c.sources.length === 0 ? 'no source' : c.sources.join('; ')}`,
      }),
      Plot.text(cells, {
        x: 'dimension',
        y: 'tier',
        text: (c: Cell) => String(c.sources.length),
        fill: (c: Cell) => (c.sources.length >= 1 ? 'white' : '#1b1b1b'),
      }),
    ],
  });
  container.replaceChildren(
    figure(chart, 'Coverage: source × tier × dimension', {
      caption: 'Coverage per source and tier',
      head: ['Source', 'Tier', 'Claims', 'Dimensions'],
      rows: entries.map((e) => [
        shortTitle(titleOf.get(e.source.slug) ?? e.source.slug),
        h('a', { href: explorerHref(e.tier.id, source) }, e.tier.name),
        e.claims,
        e.dimensions.map((d) => d.name).join(', '),
      ]),
    }),
    h(
      'ul',
      { class: 'links' },
      ...tiers.map((t) =>
        h('li', {}, h('a', { href: explorerHref(t.id, source) }, `${t.name} in the explorer`)),
      ),
      ...dimensions.map((d) =>
        h('li', {}, h('a', { href: explorerHref(d.id, source) }, `${d.name} in the explorer`)),
      ),
    ),
  );
}
