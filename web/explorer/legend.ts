import type { SourceInfo } from './api.ts';
import { h } from './dom.ts';
import { labelLooks, sourceColors, structuralColor } from './graphStyle.ts';

export interface LegendOptions {
  /** Labels not drawn. */
  hidden: ReadonlySet<string>;
  /** Show or hide a label's nodes. */
  toggle: (label: string) => void;
}

/**
 * The key to colours and shapes, built from the same tables the graph is styled with; each node
 * entry is a switch that shows or hides that kind of node.
 */
export function renderLegend(
  legend: HTMLElement,
  sources: readonly SourceInfo[],
  options: LegendOptions,
): void {
  const swatch = (color: string, kind: 'node' | 'edge', line = 'solid') =>
    h('span', { class: `swatch ${kind} ${line}`, style: `--swatch:${color}` });
  legend.replaceChildren(
    h('h2', {}, 'Key'),
    h(
      'ul',
      { class: 'legend-nodes', 'aria-label': 'Kinds of node: press to show or hide' },
      Object.entries(labelLooks).map(([label, look]) => {
        const shown = !options.hidden.has(label);
        const button = h(
          'button',
          {
            type: 'button',
            'data-label': label,
            'aria-pressed': String(shown),
            title: `${shown ? 'Hide' : 'Show'} ${label} nodes (${look.shape})`,
          },
          swatch(look.color, 'node'),
          ` ${label}`,
        );
        button.addEventListener('click', () => options.toggle(label));
        return h('li', {}, button);
      }),
    ),
    h(
      'ul',
      { class: 'legend-edges' },
      sources.flatMap((source, index) => {
        const color = sourceColors[index % sourceColors.length] ?? structuralColor;
        return [
          h('li', {}, swatch(color, 'edge'), ` claim of ${source.title}`),
          h('li', {}, swatch(color, 'edge', 'dashed'), ' its evidence and mentions'),
        ];
      }),
      h('li', {}, swatch(structuralColor, 'edge'), ' sections and statements of an article'),
      h('li', {}, swatch('#00bcd4', 'node', 'ring'), ' on the path found'),
    ),
  );
}
