import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

interface Row {
  source: string;
  method: string;
  count: number;
}

type SourceStats = Stats['perSource'][number];

const methodNames: Record<string, string> = { CURATED: 'curated', EXTRACTED: 'extracted' };

/** Long titles are cut for the chart's axis; the table and the links keep them whole. */
export const shortTitle = (title: string, most = 40) =>
  title.length > most ? `${title.slice(0, most - 1)}…` : title;

export const claimsOf = (s: SourceStats) => s.methods.reduce((sum, m) => sum + m.count, 0);
const countOf = (s: SourceStats, method: string) => s.methods.find((m) => m.method === method)?.count ?? 0;

/** Sources by claims, most first (then by title), so the top N are the biggest contributors. */
export function rankedSources(stats: Stats): SourceStats[] {
  return [...stats.perSource].sort(
    (a, b) => claimsOf(b) - claimsOf(a) || a.source.title.localeCompare(b.source.title),
  );
}

export interface ClaimsOptions {
  source: string | null;
  /** How many sources to list. */
  shown: number;
  more: () => void;
}

function summary(stats: Stats): HTMLElement {
  const sources = stats.perSource;
  const counts = sources.map(claimsOf).sort((a, b) => a - b);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const extracted = sources.reduce((sum, s) => sum + countOf(s, 'EXTRACTED'), 0);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  return h(
    'p',
    { class: 'summary' },
    `${sources.length} sources make ${total} claims (${total - extracted} curated, ${extracted} extracted); `,
    `a median source makes ${median}.`,
  );
}

function chart(container: HTMLElement, sources: readonly SourceStats[]): Element {
  const rows: Row[] = sources.flatMap((s) =>
    s.methods.map(({ method, count }) => ({
      source: shortTitle(s.source.title),
      method: methodNames[method] ?? method,
      count,
    })),
  );
  const width = chartWidth(container);
  return Plot.plot({
    width,
    height: 24 * sources.length + 60,
    marginLeft: Math.min(250, Math.round(width * 0.45)),
    marginRight: 50,
    ariaLabel: 'Claims per source, curated and extracted',
    ariaDescription: sources.map((s) => `${s.source.title}: ${claimsOf(s)} claims`).join('; '),
    color: { domain: ['curated', 'extracted'], range: ['#4269d0', '#efb118'], legend: true },
    x: { label: 'claims', grid: true },
    y: { label: null, domain: sources.map((s) => shortTitle(s.source.title)) },
    marks: [
      Plot.barX(rows, {
        x: 'count',
        y: 'source',
        fill: 'method',
        title: (d: Row) => `${d.source}: ${d.count} ${d.method}`,
      }),
      Plot.text(sources, {
        x: (s: SourceStats) => claimsOf(s),
        y: (s: SourceStats) => shortTitle(s.source.title),
        text: (s: SourceStats) => String(claimsOf(s)),
        dx: 4,
        textAnchor: 'start',
      }),
    ],
  });
}

/**
 * Claims per source: how many sources and claims in all, then the sources making the most claims
 * (split by how they came into the graph), a page at a time; with a source picked, that source
 * and its rank.
 */
export function renderClaims(container: HTMLElement, stats: Stats, options: ClaimsOptions): void {
  const ranked = rankedSources(stats);
  const picked = options.source === null ? -1 : ranked.findIndex((s) => s.source.slug === options.source);
  const sources = picked >= 0 ? ranked.slice(picked, picked + 1) : ranked.slice(0, options.shown);
  const more = h('button', { type: 'button', 'data-action': 'more' }, 'Show more sources');
  more.addEventListener('click', options.more);
  const caption =
    picked >= 0
      ? `Claims of the source picked: number ${picked + 1} of ${ranked.length} by claims`
      : `The ${sources.length} sources making the most claims`;
  container.replaceChildren(
    summary(stats),
    figure(chart(container, sources), caption, {
      caption: 'Claims per source',
      head: ['Source', 'Statements', 'Curated', 'Extracted', 'Claims'],
      rows: sources.map((s) => [
        h('a', { href: explorerHref(s.source.id, s.source.slug) }, s.source.title),
        s.statements,
        countOf(s, 'CURATED'),
        countOf(s, 'EXTRACTED'),
        claimsOf(s),
      ]),
    }),
    picked < 0 && ranked.length > sources.length
      ? h('p', {}, `${sources.length} of ${ranked.length} shown. `, more)
      : '',
  );
}
