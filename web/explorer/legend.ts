import { h } from '../shared/dom.ts';
import type { EdgeLook } from './graphModel.ts';
import { edgeKind, labelLooks } from './graphStyle.ts';

export interface LegendOptions {
  /** Labels not drawn. */
  hidden: ReadonlySet<string>;
  /** Show or hide a label's nodes. */
  toggle: (label: string) => void;
  /** How each kind of edge is drawn, as the API serves it (none until the page has started). */
  edgeStyles: readonly EdgeLook[];
}

/**
 * The key, in two rows: the kinds of node (each a switch that shows or hides them), from the table
 * nodes are styled with, and the kinds of edge, as the API draws them. It does not grow with the
 * articles.
 */
export function renderLegend(legend: HTMLElement, options: LegendOptions): void {
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
      { class: 'legend-edges', 'aria-label': 'Kinds of edge' },
      h('li', { class: 'legend-heading' }, 'Claims, any article:'),
      options.edgeStyles.map((style) =>
        h(
          'li',
          {},
          swatch(style.color, 'edge', edgeKind(style) === 'evidence' ? 'dashed' : 'solid'),
          ` ${style.name}`,
        ),
      ),
      h('li', {}, swatch('#00bcd4', 'node', 'ring'), ' on the path found'),
    ),
  );
}
