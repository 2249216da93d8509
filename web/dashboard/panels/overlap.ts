import * as Plot from '@observablehq/plot';
import { h } from '../../shared/dom.ts';
import type { Stats } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';
import { chartWidth, figure } from '../figure.ts';

interface Share {
  kind: string;
  jaccard: number;
  shared: { id: string; name: string }[];
}

export interface OverlapChoice {
  tiers: [string, string];
  /** Called with two different tier slugs when the reader picks another pair. */
  choose(tiers: [string, string]): void;
}

function tierSelect(id: string, label: string, tiers: { slug: string; name: string }[], value: string) {
  const select = h('select', { id });
  for (const tier of tiers) {
    const option = h('option', { value: tier.slug }, tier.name);
    option.selected = tier.slug === value;
    select.append(option);
  }
  return { label: h('label', { for: id }, label), select };
}

/** Shared entities named under the chart, per kind; the rest are counted (and all are in "Data"). */
export const sharedNamed = 8;

/** What two chosen tiers share: roles, responsibilities and skills, with Jaccard indexes. */
export function renderOverlap(
  container: HTMLElement,
  stats: Stats,
  source: string | null,
  choice: OverlapChoice,
): void {
  const overlap = stats.overlap;
  const allTiers = [...new Map(stats.coverage.map((c) => [c.tier.slug, c.tier])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const first = tierSelect('overlap-first', 'Tier', allTiers, choice.tiers[0]);
  const second = tierSelect('overlap-second', 'and tier', allTiers, choice.tiers[1]);
  const changed = () => {
    if (first.select.value !== second.select.value) choice.choose([first.select.value, second.select.value]);
  };
  first.select.addEventListener('change', changed);
  second.select.addEventListener('change', changed);

  const shares: Share[] = [
    { kind: 'Roles', jaccard: overlap.rolesJaccard, shared: overlap.sharedRoles },
    {
      kind: 'Responsibilities',
      jaccard: overlap.responsibilitiesJaccard,
      shared: overlap.sharedResponsibilities,
    },
    { kind: 'Skills', jaccard: overlap.skillsJaccard, shared: overlap.sharedSkills },
  ];
  const names = overlap.tiers.map((t) => t.name).join(' and ');
  const chart = Plot.plot({
    width: chartWidth(container),
    height: 130,
    marginLeft: 120,
    marginRight: 110,
    ariaLabel: `Jaccard index of ${names}`,
    ariaDescription: shares.map((s) => `${s.kind}: ${s.jaccard.toFixed(2)}`).join(', '),
    x: { domain: [0, 1], label: 'Jaccard index', grid: true },
    y: { label: null, domain: shares.map((s) => s.kind) },
    marks: [
      Plot.barX(shares, {
        x: 'jaccard',
        y: 'kind',
        fill: '#9c6b4e',
        title: (s: Share) => `${s.kind}: ${s.jaccard.toFixed(2)} (${s.shared.length} shared)`,
      }),
      Plot.text(shares, {
        x: 'jaccard',
        y: 'kind',
        text: (s: Share) => `${s.jaccard.toFixed(2)} · ${s.shared.length} shared`,
        dx: 4,
        textAnchor: 'start',
      }),
    ],
  });
  const sharedList = (items: { id: string; name: string }[], most = items.length) =>
    items.length === 0
      ? 'none'
      : h(
          'span',
          {},
          ...items
            .slice(0, most)
            .flatMap((item, index) => [
              index > 0 ? ', ' : null,
              h('a', { href: explorerHref(item.id, source) }, item.name),
            ]),
          items.length > most ? ` and ${items.length - most} more (all under “Data”)` : null,
        );
  container.replaceChildren(
    h('p', { class: 'controls' }, first.label, first.select, second.label, second.select),
    figure(chart, `What ${names} share`, {
      caption: `Shared by ${names}`,
      head: ['Kind', 'Jaccard', 'Shared'],
      rows: shares.map((s) => [s.kind, s.jaccard.toFixed(2), sharedList(s.shared)]),
    }),
    h(
      'ul',
      { class: 'links' },
      ...overlap.tiers.map((t) =>
        h('li', {}, h('a', { href: explorerHref(t.id, source) }, `${t.name} in the explorer`)),
      ),
      ...shares.map((s) =>
        h(
          'li',
          {},
          `Shared ${s.kind.toLowerCase()} (${s.shared.length}): `,
          sharedList(s.shared, sharedNamed),
        ),
      ),
    ),
  );
}
