import type { Comparison, Disagreement } from './api.ts';
import { claimMarker } from './claimMarker.ts';
import { h } from '../shared/dom.ts';
import { failureNotice } from '../shared/failure.ts';
import { positionsOf, type Position } from '../shared/positions.ts';
import type { Request } from './state.ts';

// The two views beside a node's details: two tiers compared dimension by dimension, and where the
// articles disagree. Each entry can draw its nodes on the canvas. Each view shows its answer, that
// it is loading, or why its request failed in plain words with a Retry button; its `data-state`
// says which.

interface Quoted {
  id: string;
  text: string;
  section: { name: string };
  source?: { title: string };
}

function quoted(evidence: readonly Quoted[]): HTMLElement {
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((statement) =>
      h(
        'li',
        {},
        h('blockquote', {}, statement.text),
        h(
          'p',
          { class: 'citation' },
          statement.source ? ['— ', h('cite', {}, statement.source.title), ', '] : '',
          `“${statement.section.name}”`,
        ),
      ),
    ),
  );
}

function drawButton(label: string, draw: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', 'data-action': 'draw' }, label);
  button.addEventListener('click', draw);
  return button;
}

export interface CompareActions {
  tiers: readonly { slug: string; name: string }[];
  chosen: readonly [string, string];
  choose: (tiers: [string, string]) => void;
  /** Draw a comparison row's nodes (tiers, dimension, characteristics) on the canvas. */
  draw: (row: Comparison['rows'][number], tiers: Comparison['tiers']) => void;
  retry: () => void;
}

/** Two tiers side by side on every dimension, each article's characteristic with its evidence. */
export function renderCompare(
  panel: HTMLElement,
  request: Request<Comparison>,
  actions: CompareActions,
): void {
  panel.dataset['state'] = request.state;
  const select = (index: 0 | 1) => {
    const element = h(
      'select',
      { 'aria-label': index === 0 ? 'First tier' : 'Second tier' },
      actions.tiers.map((tier) => {
        const option = h('option', { value: tier.slug }, tier.name);
        option.selected = tier.slug === actions.chosen[index];
        return option;
      }),
    );
    element.addEventListener('change', () => {
      actions.choose(index === 0 ? [element.value, actions.chosen[1]] : [actions.chosen[0], element.value]);
    });
    return element;
  };
  const form = h('p', { class: 'compare-choice' }, 'Compare ', select(0), ' with ', select(1));
  if (request.state === 'idle' || request.state === 'loading') {
    panel.replaceChildren(h('h2', {}, 'Compare two tiers'), form, h('p', { class: 'muted' }, 'Loading…'));
    return;
  }
  if (request.state === 'failed') {
    panel.replaceChildren(
      h('h2', {}, 'Compare two tiers'),
      form,
      failureNotice('Comparing the tiers', request.failure, actions.retry),
    );
    return;
  }
  const comparison = request.data;
  const rows = comparison.rows.map((row) =>
    h(
      'section',
      { class: 'compare-row', 'data-dimension': row.dimension.name },
      h('h3', {}, row.dimension.name),
      h(
        'div',
        { class: 'compare-cells' },
        row.cells.map((cell) => {
          const tier = comparison.tiers.find((candidate) => candidate.slug === cell.tier.slug);
          return h(
            'div',
            { class: 'compare-cell' },
            h('h4', {}, tier?.name ?? cell.tier.slug),
            cell.characteristics.length === 0
              ? h('p', { class: 'muted' }, 'No article says.')
              : cell.characteristics.map((characteristic) =>
                  h(
                    'div',
                    { class: 'characteristic', 'data-source': characteristic.source.slug },
                    h('p', {}, characteristic.summary),
                    h(
                      'p',
                      { class: 'citation' },
                      'According to ',
                      h('cite', {}, characteristic.source.title),
                      ' ',
                      claimMarker(characteristic)?.text ?? '',
                    ),
                    h('details', {}, h('summary', {}, 'Evidence'), quoted(characteristic.evidence)),
                  ),
                ),
          );
        }),
      ),
      drawButton(`Draw ${row.dimension.name}`, () => actions.draw(row, comparison.tiers)),
    ),
  );
  panel.replaceChildren(
    h('h2', {}, 'Compare two tiers'),
    form,
    ...(rows.length === 0 ? [h('p', { class: 'muted' }, 'No dimension compares these tiers.')] : rows),
  );
}

const kindNames: Record<Disagreement['kind'], string> = {
  TIER_MEMBERS: 'Who is in the tier',
  ROLE_TIER: 'Which tier a role is in',
  TIER_ATTRIBUTE: 'What the tier is like',
  TIER_LEVEL: 'Which level the tier is at',
  LEVEL_CHARACTERISTIC: 'What the level is like',
};

type Side = Disagreement['sides'][number];

/** Positions of a disagreement listed open; the rest fold under "N more positions". */
export const positionsListed = 5;
/** Sides whose sentences a position quotes. */
const sidesQuoted = 3;

function positionItem(position: Position<Side>): HTMLElement {
  const [first] = position.sides;
  const others = position.sides.length - 1;
  return h(
    'li',
    {},
    h('strong', {}, position.claim),
    ' according to ',
    h('cite', {}, first?.source.title ?? ''),
    others > 0 ? ` and ${others} other article${others === 1 ? '' : 's'}` : '',
    h(
      'details',
      {},
      h('summary', {}, 'Evidence'),
      quoted(position.sides.slice(0, sidesQuoted).flatMap((side) => side.evidence)),
    ),
  );
}

/** A disagreement's positions (sides claiming the same grouped), the first few open. */
function positionList(positions: readonly Position<Side>[]): HTMLElement[] {
  const rest = positions.slice(positionsListed);
  const list = h('ul', { class: 'sides' }, positions.slice(0, positionsListed).map(positionItem));
  if (rest.length === 0) return [list];
  return [
    list,
    h(
      'details',
      { class: 'more-positions' },
      h('summary', {}, `${rest.length} more positions`),
      h('ul', { class: 'sides' }, rest.map(positionItem)),
    ),
  ];
}

/** How many disagreements are listed at first; "Show more" adds as many again. */
export const disagreementsPage = 20;

export interface DisagreementActions {
  draw: (nodeId: string) => void;
  retry: () => void;
  /** How many to list. */
  shown: number;
  more: () => void;
}

/**
 * The points where the articles disagree, a page at a time, each with its positions (the articles
 * claiming the same together, most first) and their sentences.
 */
export function renderDisagreements(
  panel: HTMLElement,
  request: Request<Disagreement[]>,
  actions: DisagreementActions,
): void {
  panel.dataset['state'] = request.state;
  if (request.state === 'idle' || request.state === 'loading') {
    panel.replaceChildren(h('h2', {}, 'Where the articles disagree'), h('p', { class: 'muted' }, 'Loading…'));
    return;
  }
  if (request.state === 'failed') {
    panel.replaceChildren(
      h('h2', {}, 'Where the articles disagree'),
      failureNotice('Finding the disagreements', request.failure, actions.retry),
    );
    return;
  }
  const disagreements = request.data;
  const more = h('button', { type: 'button', 'data-action': 'more' }, `Show ${disagreementsPage} more`);
  more.addEventListener('click', actions.more);
  panel.replaceChildren(
    h('h2', {}, 'Where the articles disagree'),
    disagreements.length === 0
      ? h('p', { class: 'muted' }, 'The articles agree on everything they both say.')
      : '',
    h(
      'ol',
      { class: 'disagreements' },
      disagreements.slice(0, actions.shown).map((disagreement) => {
        const subject = disagreement.role?.id ?? disagreement.tier?.id ?? null;
        return h(
          'li',
          { class: 'disagreement' },
          h('p', { class: 'kind' }, kindNames[disagreement.kind]),
          h('h3', {}, disagreement.subject),
          positionList(positionsOf(disagreement.sides)),
          subject === null ? null : drawButton(`Draw ${disagreement.subject}`, () => actions.draw(subject)),
        );
      }),
    ),
    disagreements.length > actions.shown
      ? h('p', {}, `${actions.shown} of ${disagreements.length} shown. `, more)
      : '',
  );
}
