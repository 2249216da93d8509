import type { Comparison, Disagreement } from './api.ts';
import { claimMarker } from './claimMarker.ts';
import { h } from './dom.ts';

// The two views beside a node's details: two tiers compared dimension by dimension, and where the
// articles disagree. Each entry can draw its nodes on the canvas. Each view shows its answer, that
// it is loading (null), or why its request failed, in the API's words.

/** A view's request that failed, with the API's message. */
export interface Failure {
  failed: string;
}

function failureNotice(what: string, failure: Failure): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `${what} failed: ${failure.failed}`);
}

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
  /** Draw these nodes (tiers and characteristics) on the canvas. */
  draw: (nodeIds: string[]) => void;
}

/** Two tiers side by side on every dimension, each article's characteristic with its evidence. */
export function renderCompare(
  panel: HTMLElement,
  comparison: Comparison | Failure | null,
  actions: CompareActions,
): void {
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
  if (!comparison) {
    panel.replaceChildren(h('h2', {}, 'Compare two tiers'), form, h('p', { class: 'muted' }, 'Loading…'));
    return;
  }
  if ('failed' in comparison) {
    panel.replaceChildren(
      h('h2', {}, 'Compare two tiers'),
      form,
      failureNotice('Comparing the tiers', comparison),
    );
    return;
  }
  const tierIds = comparison.tiers.map((tier) => tier.id);
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
      drawButton(`Draw ${row.dimension.name}`, () =>
        actions.draw([
          ...tierIds,
          row.dimension.id,
          ...row.cells.flatMap((cell) => cell.characteristics.map((characteristic) => characteristic.id)),
        ]),
      ),
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
};

/** Every point where the articles disagree, each side with its sentences. */
export function renderDisagreements(
  panel: HTMLElement,
  disagreements: readonly Disagreement[] | Failure | null,
  draw: (nodeId: string) => void,
): void {
  if (!disagreements) {
    panel.replaceChildren(h('h2', {}, 'Where the articles disagree'), h('p', { class: 'muted' }, 'Loading…'));
    return;
  }
  if ('failed' in disagreements) {
    panel.replaceChildren(
      h('h2', {}, 'Where the articles disagree'),
      failureNotice('Finding the disagreements', disagreements),
    );
    return;
  }
  panel.replaceChildren(
    h('h2', {}, 'Where the articles disagree'),
    disagreements.length === 0
      ? h('p', { class: 'muted' }, 'The articles agree on everything they both say.')
      : '',
    h(
      'ol',
      { class: 'disagreements' },
      disagreements.map((disagreement) => {
        const subject = disagreement.role?.id ?? disagreement.tier?.id ?? null;
        return h(
          'li',
          { class: 'disagreement' },
          h('p', { class: 'kind' }, kindNames[disagreement.kind]),
          h('h3', {}, disagreement.subject),
          h(
            'ul',
            { class: 'sides' },
            disagreement.sides.map((side) =>
              h(
                'li',
                {},
                h('strong', {}, side.claim),
                ' according to ',
                h('cite', {}, side.source.title),
                h('details', {}, h('summary', {}, 'Evidence'), quoted(side.evidence)),
              ),
            ),
          ),
          subject === null ? null : drawButton(`Draw ${disagreement.subject}`, () => draw(subject)),
        );
      }),
    ),
  );
}
