import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

/** Most tiers and dimensions the map shows: rows and columns stay readable at any corpus size. */
export const mapSize = 12;

export interface CoverageCell {
  tier: string;
  dimension: string;
  /** Titles of the sources characterising the tier on the dimension. */
  sources: string[];
}

export interface CoverageMap {
  tiers: { id: string; slug: string; name: string }[];
  dimensions: { id: string; slug: string; name: string }[];
  cells: CoverageCell[];
  /** Tiers matching the filter, of which `tiers` are the most covered. */
  matching: number;
}

/**
 * The coverage map: the tiers matching `filter` that most sources characterise (at most
 * `mapSize`), by the dimensions most characterised among them, each cell naming its sources.
 */
export function coverageMap(stats: Stats, source: string | null, filter: string): CoverageMap {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const entries = stats.coverage.filter(
    (c) =>
      (source === null || c.source.slug === source) &&
      words.every((word) => c.tier.name.toLowerCase().includes(word)),
  );
  const titleOf = new Map(stats.perSource.map((s) => [s.source.slug, s.source.title]));
  const tally = <T extends { slug: string }>(items: T[]) => {
    const counts = new Map<string, { item: T; count: number }>();
    for (const item of items) counts.set(item.slug, { item, count: (counts.get(item.slug)?.count ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => b.count - a.count || a.item.slug.localeCompare(b.item.slug));
  };
  const allTiers = tally(entries.map((e) => e.tier));
  const tiers = allTiers.slice(0, mapSize).map((t) => t.item);
  const shown = new Set(tiers.map((t) => t.slug));
  const inMap = entries.filter((e) => shown.has(e.tier.slug));
  const dimensions = tally(inMap.flatMap((e) => e.dimensions))
    .slice(0, mapSize)
    .map((d) => d.item);
  const cells = tiers.flatMap((tier) =>
    dimensions.map((dimension) => ({
      tier: tier.name,
      dimension: dimension.name,
      sources: inMap
        .filter((e) => e.tier.slug === tier.slug && e.dimensions.some((d) => d.slug === dimension.slug))
        .map((e) => titleOf.get(e.source.slug) ?? e.source.slug),
    })),
  );
  return { tiers, dimensions, cells, matching: allTiers.length };
}

/** A cell's title: its sources named when few, counted with the first three when many. */
export function cellTitle(cell: CoverageCell): string {
  const n = cell.sources.length;
  const where = `${cell.tier} on ${cell.dimension}`;
  if (n === 0) return `${where}: no source`;
  if (n <= 3) return `${where}: ${cell.sources.join('; ')}`;
  return `${where}: ${n} sources, among them ${cell.sources.slice(0, 3).join('; ')}`;
}

function heatMap(container: HTMLElement, map: CoverageMap): Element {
  const most = Math.max(1, ...map.cells.map((c) => c.sources.length));
  return Plot.plot({
    width: chartWidth(container),
    height: 30 * map.tiers.length + 130,
    marginLeft: 170,
    marginBottom: 110,
    padding: 0.06,
    ariaLabel: 'Coverage: tiers by dimensions, how many sources characterise each',
    ariaDescription: map.cells
      .filter((c) => c.sources.length > 0)
      .map((c) => `${c.tier} on ${c.dimension}: ${c.sources.length}`)
      .join('; '),
    x: {
      label: null,
      tickRotate: -35,
      domain: map.dimensions.map((d) => d.name),
      tickFormat: (d: string) => (d.length > 22 ? `${d.slice(0, 21)}…` : d),
    },
    y: {
      label: null,
      domain: map.tiers.map((t) => t.name),
      tickFormat: (d: string) => (d.length > 24 ? `${d.slice(0, 23)}…` : d),
    },
    color: {
      type: 'linear',
      domain: [0, most],
      range: ['#f4f6fb', '#1f4e9e'],
      legend: true,
      label: 'sources',
    },
    marks: [
      Plot.cell(map.cells, {
        x: 'dimension',
        y: 'tier',
        fill: (c: CoverageCell) => c.sources.length,
        title: cellTitle,
      }),
      Plot.text(
        map.cells.filter((c) => c.sources.length > 0),
        {
          x: 'dimension',
          y: 'tier',
          text: (c: CoverageCell) => String(c.sources.length),
          fill: (c: CoverageCell) => (c.sources.length > most / 2 ? 'white' : '#1b1b1b'),
        },
      ),
    ],
  });
}

/**
 * Which tiers the sources characterise on which dimensions, as a map of at most a dozen tiers by
 * a dozen dimensions (the most covered; `filter` narrows the tiers by name), each cell counting
 * its sources; its table lists the cells that have any.
 */
export function renderCoverage(
  container: HTMLElement,
  stats: Stats,
  source: string | null,
  filter: string,
): void {
  const map = coverageMap(stats, source, filter);
  if (map.tiers.length === 0) {
    container.replaceChildren(
      h(
        'p',
        { class: 'muted' },
        filter ? `No tier’s name contains “${filter}”.` : 'No source characterises a tier.',
      ),
    );
    return;
  }
  const more =
    map.matching > map.tiers.length
      ? ` (the ${map.tiers.length} most covered of ${map.matching}; type to find others)`
      : '';
  container.replaceChildren(
    figure(heatMap(container, map), `Sources characterising each tier on each dimension${more}`, {
      caption: 'Coverage per tier and dimension',
      head: ['Tier', 'Dimension', 'Sources'],
      rows: map.cells
        .filter((c) => c.sources.length > 0)
        .map((c) => {
          const tier = map.tiers.find((t) => t.name === c.tier);
          return [
            tier ? h('a', { href: explorerHref(tier.id, source) }, c.tier) : c.tier,
            c.dimension,
            c.sources.length,
          ];
        }),
    }),
  );
}
