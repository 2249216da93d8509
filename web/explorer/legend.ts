import { h } from '../shared/dom.ts';
import { claimLooks, evidenceColor, labelLooks, structuralColor } from './graphStyle.ts';

export interface LegendOptions {
  /** Labels not drawn. */
  hidden: ReadonlySet<string>;
  /** Show or hide a label's nodes. */
  toggle: (label: string) => void;
}

/** Each kind of claim once (characteristics are drawn through two relationships in one colour). */
function claimKinds(): { name: string; color: string }[] {
  return [...new Map(Object.values(claimLooks).map((look) => [look.name, look])).values()];
}

/**
 * The key, in two rows built from the tables the graph is styled with: the kinds of node (each a
 * switch that shows or hides them), and the kinds of edge. It does not grow with the articles.
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
      claimKinds().map((kind) => h('li', {}, swatch(kind.color, 'edge'), ` ${kind.name}`)),
      h('li', {}, swatch(evidenceColor, 'edge', 'dashed'), ' evidence and mentions'),
      h('li', {}, swatch(structuralColor, 'edge'), ' sections and statements'),
      h('li', {}, swatch('#00bcd4', 'node', 'ring'), ' on the path found'),
    ),
  );
}
