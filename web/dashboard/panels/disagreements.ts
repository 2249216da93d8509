import { h } from '../../shared/dom.ts';
import type { Disagreement } from '../api.ts';
import { explorerHref } from '../explorerLink.ts';

/**
 * Where the sources disagree: each subject with every source's side; a side's evidence shows on
 * hover (its title) and, for keyboards and touch, on opening its "Evidence". With a source
 * picked, only the disagreements it is a side of, its own side marked.
 */
export function renderDisagreements(
  container: HTMLElement,
  disagreements: readonly Disagreement[],
  options: { source: string | null; shown: number; more: () => void },
): void {
  const { source } = options;
  const involving = disagreements.filter(
    (d) => source === null || d.sides.some((s) => s.source.slug === source),
  );
  const shown = involving.slice(0, options.shown);
  const more = h('button', { type: 'button', 'data-action': 'more' }, 'Show more disagreements');
  more.addEventListener('click', options.more);
  if (shown.length === 0) {
    container.replaceChildren(h('p', { class: 'muted' }, 'No disagreement involves this source.'));
    return;
  }
  container.replaceChildren(
    h(
      'ul',
      { class: 'disagreements' },
      ...shown.map((d) => {
        const subject = d.tier ?? d.role;
        return h(
          'li',
          { class: 'disagreement' },
          h('h3', {}, subject ? h('a', { href: explorerHref(subject.id, source) }, d.subject) : d.subject),
          h(
            'ul',
            { class: 'sides' },
            ...d.sides.map((side) => {
              const evidence = side.evidence.map((e) => e.text);
              return h(
                'li',
                {
                  class: side.source.slug === source ? 'side picked' : 'side',
                  title: evidence.join('\n'),
                },
                h('span', { class: 'claim' }, side.claim),
                ' · ',
                h('cite', {}, side.source.title),
                h(
                  'details',
                  {},
                  h('summary', {}, `Evidence (${evidence.length})`),
                  ...evidence.map((text) => h('blockquote', {}, text)),
                ),
              );
            }),
          ),
        );
      }),
    ),
    involving.length > shown.length ? h('p', {}, `${shown.length} of ${involving.length} shown. `, more) : '',
  );
}
