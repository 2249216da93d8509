import type { SourceInfo } from './api.ts';
import { h } from './dom.ts';
import { labelLooks, sourceColors, structuralColor } from './graphStyle.ts';

/** The key to colours and shapes, built from the same tables the graph is styled with. */
export function renderLegend(legend: HTMLElement, sources: readonly SourceInfo[]): void {
  const swatch = (color: string, kind: 'node' | 'edge') =>
    h('span', { class: `swatch ${kind}`, style: `background:${color}` });
  legend.replaceChildren(
    h('h2', {}, 'Key'),
    h(
      'ul',
      { class: 'legend-nodes' },
      Object.entries(labelLooks).map(([label, look]) =>
        h('li', {}, swatch(look.color, 'node'), ` ${label} (${look.shape})`),
      ),
    ),
    h(
      'ul',
      { class: 'legend-edges' },
      sources.map((source, index) =>
        h(
          'li',
          {},
          swatch(sourceColors[index % sourceColors.length] ?? structuralColor, 'edge'),
          ` claimed by ${source.title}`,
        ),
      ),
      h('li', {}, swatch(structuralColor, 'edge'), ' structural (evidence, mentions, sections)'),
    ),
  );
}
