import { h } from '../../shared/dom.ts';
import { positionsOf, sourcesOf, type Position } from '../../shared/positions.ts';
import type { Disagreement } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';

type Side = Disagreement['sides'][number];

/** Positions a disagreement lists until the reader asks for all of them. */
export const positionsShown = 3;
/** Sentences quoted under a position's "Evidence": the first sides' own. */
const quotesShown = 3;

const kindWords: Record<Disagreement['kind'], string> = {
  TIER_MEMBERS: 'who is in a tier',
  ROLE_TIER: 'which tier a role is in',
  TIER_ATTRIBUTE: 'what a tier is like',
  TIER_LEVEL: 'which level a tier is at',
  LEVEL_CHARACTERISTIC: 'what a level is like',
};

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A disagreement's key in the page's state: its kind and subject name it. */
export const disagreementKey = (d: Disagreement) => `${d.kind}:${d.subject}`;

export interface DisagreementsOptions {
  source: string | null;
  /** How many disagreements to list. */
  shown: number;
  more: () => void;
  /** Keys of the disagreements listing all their positions. */
  open: readonly string[];
  /** Lists all of a disagreement's positions, or only the first few again. */
  toggle: (key: string, open: boolean) => void;
}

/** "50 disagreements: 34 on who is in a tier, 9 on which level a tier is at, …". */
export function disagreementsSummary(all: readonly Disagreement[], involving: number, source: string | null) {
  const kinds = new Map<Disagreement['kind'], number>();
  for (const d of all) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  const parts = [...kinds.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} on ${kindWords[kind]}`);
  const head =
    source === null
      ? `${all.length} disagreements`
      : `${involving} of the ${all.length} disagreements involve this source`;
  return `${head}: ${parts.join(', ')}.`;
}

/** Who takes a position: its first source (the picked one when it is among them) and how many more. */
function takenBy(position: Position<Side>, source: string | null): (Node | string)[] {
  const sides = [...position.sides].sort(
    (a, b) => Number(b.source.slug === source) - Number(a.source.slug === source),
  );
  const [first] = sides;
  if (!first) return [];
  const others = sides.length - 1;
  return [
    h('cite', {}, first.source.title),
    others === 0 ? '' : ` and ${others} other source${others === 1 ? '' : 's'}`,
  ];
}

function positionItem(position: Position<Side>, source: string | null): HTMLElement {
  const quoted = position.sides.flatMap((side) => side.evidence.map((e) => ({ text: e.text, side })));
  const shown = quoted.slice(0, quotesShown);
  const several = position.sides.length > 1;
  const count = quoted.length > shown.length ? `${shown.length} of ${quoted.length}` : `${shown.length}`;
  return h(
    'li',
    {
      class: position.sides.some((s) => s.source.slug === source) ? 'position picked' : 'position',
      title: shown.map((q) => q.text).join('\n'),
    },
    h('span', { class: 'claim' }, position.claim),
    ' · ',
    h('span', { class: 'who' }, ...takenBy(position, source)),
    h(
      'details',
      {},
      h('summary', {}, `Evidence (${count})`),
      ...shown.map((q) =>
        h(
          'blockquote',
          {},
          q.text,
          several ? h('span', { class: 'muted' }, ` (${q.side.source.title})`) : null,
        ),
      ),
    ),
  );
}

function disagreementItem(d: Disagreement, options: DisagreementsOptions): HTMLElement {
  const { source } = options;
  const key = disagreementKey(d);
  const open = options.open.includes(key);
  const positions = positionsOf(d.sides, source);
  const listed = open ? positions : positions.slice(0, positionsShown);
  const subject = d.tier ?? d.role;
  const toggle = h(
    'button',
    { type: 'button', 'data-action': 'positions', 'aria-expanded': String(open) },
    open ? 'Fewer positions' : `All ${positions.length} positions`,
  );
  toggle.addEventListener('click', () => options.toggle(key, !open));
  const sources = sourcesOf(d.sides);
  return h(
    'li',
    { class: 'disagreement' },
    h('h3', {}, subject ? h('a', { href: explorerHref(subject.id, source) }, d.subject) : d.subject),
    h(
      'p',
      { class: 'muted count' },
      `${counted(sources, 'source')}, ${counted(positions.length, 'position')}`,
    ),
    h('ul', { class: 'positions' }, ...listed.map((position) => positionItem(position, source))),
    positions.length > positionsShown ? toggle : null,
  );
}

/**
 * Where the sources disagree: how many disagreements of each kind, then each subject with its
 * positions (sides claiming the same grouped, most sources first), the first few at a time; a
 * position's evidence shows on hover (its title) and, for keyboards and touch, on opening its
 * "Evidence". With a source picked, only the disagreements it is a side of, its position first
 * and marked.
 */
export function renderDisagreements(
  container: HTMLElement,
  disagreements: readonly Disagreement[],
  options: DisagreementsOptions,
): void {
  const { source } = options;
  const involving = disagreements.filter(
    (d) => source === null || d.sides.some((s) => s.source.slug === source),
  );
  const shown = involving.slice(0, options.shown);
  const more = h('button', { type: 'button', 'data-action': 'more' }, 'Show more disagreements');
  more.addEventListener('click', options.more);
  if (shown.length === 0) {
    const none =
      source === null
        ? 'The sources agree on everything they share.'
        : 'No disagreement involves this source.';
    container.replaceChildren(h('p', { class: 'muted' }, none));
    return;
  }
  container.replaceChildren(
    h('p', { class: 'summary' }, disagreementsSummary(disagreements, involving.length, source)),
    h('ul', { class: 'disagreements' }, ...shown.map((d) => disagreementItem(d, options))),
    involving.length > shown.length ? h('p', {}, `${shown.length} of ${involving.length} shown. `, more) : '',
  );
}
