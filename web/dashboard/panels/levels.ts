import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

/** Most canonical dimensions the map shows as rows; the rest are in its table. */
export const levelMapDimensions = 12;

type Level = Stats['levels'][number];
type Dimension = Stats['levelCoverage'][number]['dimension'];

export interface LevelCell {
  level: Level;
  dimension: Dimension;
  /** Distinct sources characterising a tier they place at the level on a dimension of this group. */
  sources: number;
  characteristics: number;
}

export interface LevelMap {
  /** Top down, by rank. */
  levels: Level[];
  /** The dimensions most sources characterise any level on, most first. */
  dimensions: Dimension[];
  /** Every level by every dimension shown, empty ones at zero. */
  cells: LevelCell[];
  /** Every cell with a source, shown or not, for the table. */
  all: LevelCell[];
}

/**
 * Levels by canonical dimensions: the ladder's few levels as columns, at most
 * `levelMapDimensions` dimensions (those most characterised, summed over the levels) as rows.
 */
export function levelMap(stats: Stats): LevelMap {
  const levels = [...stats.levels].sort((a, b) => a.rank - b.rank);
  const levelOf = new Map(levels.map((level) => [level.slug, level]));
  const all = stats.levelCoverage.flatMap((cell) => {
    const level = levelOf.get(cell.level.slug);
    return level ? [{ ...cell, level }] : [];
  });
  const totals = new Map<string, { dimension: Dimension; sources: number }>();
  for (const cell of all) {
    const total = totals.get(cell.dimension.slug) ?? { dimension: cell.dimension, sources: 0 };
    totals.set(cell.dimension.slug, { ...total, sources: total.sources + cell.sources });
  }
  const dimensions = [...totals.values()]
    .sort((a, b) => b.sources - a.sources || a.dimension.name.localeCompare(b.dimension.name))
    .slice(0, levelMapDimensions)
    .map((total) => total.dimension);
  const key = (level: string, dimension: string) => `${level}\u0000${dimension}`;
  const found = new Map(all.map((cell) => [key(cell.level.slug, cell.dimension.slug), cell]));
  const cells = dimensions.flatMap((dimension) =>
    levels.map(
      (level) =>
        found.get(key(level.slug, dimension.slug)) ?? { level, dimension, sources: 0, characteristics: 0 },
    ),
  );
  all.sort((a, b) => a.level.rank - b.level.rank || b.sources - a.sources);
  return { levels, dimensions, cells, all };
}

/** A column's name in lines of about a dozen characters, so five columns fit a phone. */
export function wrapped(name: string, width = 12): string {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

const cellTitle = (c: LevelCell) =>
  `${c.level.name} on ${c.dimension.name}: ${c.sources} sources, ${c.characteristics} characteristics`;

function heatMap(container: HTMLElement, map: LevelMap): Element {
  const most = Math.max(1, ...map.cells.map((c) => c.sources));
  return Plot.plot({
    width: chartWidth(container),
    height: 26 * map.dimensions.length + 110,
    marginLeft: 150,
    marginTop: 44,
    padding: 0.06,
    ariaLabel: 'Coverage: levels by canonical dimensions, how many sources characterise each',
    ariaDescription: map.cells
      .filter((c) => c.sources > 0)
      .map((c) => `${c.level.name} on ${c.dimension.name}: ${c.sources}`)
      .join('; '),
    x: {
      label: null,
      axis: 'top',
      domain: map.levels.map((l) => l.name),
      tickFormat: (d: string) => wrapped(d),
    },
    y: {
      label: null,
      domain: map.dimensions.map((d) => d.name),
      tickFormat: (d: string) => (d.length > 22 ? `${d.slice(0, 21)}…` : d),
    },
    color: { type: 'sqrt', domain: [0, most], range: ['#f4f6fb', '#1f4e9e'], legend: true, label: 'sources' },
    marks: [
      Plot.cell(map.cells, {
        x: (c: LevelCell) => c.level.name,
        y: (c: LevelCell) => c.dimension.name,
        fill: 'sources',
        title: cellTitle,
      }),
      Plot.text(
        map.cells.filter((c) => c.sources > 0),
        {
          x: (c: LevelCell) => c.level.name,
          y: (c: LevelCell) => c.dimension.name,
          text: (c: LevelCell) => String(c.sources),
          fill: (c: LevelCell) => (Math.sqrt(c.sources / most) > 0.6 ? 'white' : '#1b1b1b'),
        },
      ),
    ],
  });
}

/**
 * Which levels of the ladder the sources characterise on which canonical dimensions (whole graph):
 * five levels by the dozen dimensions most characterised, each cell counting its sources; the
 * table lists every cell with a source.
 */
export function renderLevels(container: HTMLElement, stats: Stats, source: string | null): void {
  const map = levelMap(stats);
  if (map.levels.length === 0 || map.dimensions.length === 0) {
    container.replaceChildren(
      h('p', { class: 'muted' }, 'No source characterises a level of the ladder yet.'),
    );
    return;
  }
  const dimensionCount = new Set(map.all.map((c) => c.dimension.slug)).size;
  const more =
    dimensionCount > map.dimensions.length
      ? ` (the ${map.dimensions.length} dimensions most characterised of ${dimensionCount}; all under “Data”)`
      : '';
  const scope = source === null ? '' : ', all sources';
  container.replaceChildren(
    figure(heatMap(container, map), `Sources characterising each level on each dimension${scope}${more}`, {
      caption: 'Coverage per level and canonical dimension',
      head: ['Level', 'Dimension', 'Sources', 'Characteristics'],
      rows: map.all.map((c) => [
        h('a', { href: explorerHref(c.level.id, source) }, c.level.name),
        c.dimension.name,
        c.sources,
        c.characteristics,
      ]),
    }),
  );
}
