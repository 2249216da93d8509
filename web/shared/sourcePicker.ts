import { h } from './dom.ts';

/** A source as a picker lists it: by its title, with a count of what it holds. */
export interface PickableSource {
  slug: string;
  title: string;
  count: number;
}

export interface SourcePickerOptions {
  /** The field's label, such as "Claims of". */
  label: string;
  /** The choice of every source, such as "All articles". */
  allLabel: string;
  /** What the counts count, such as "statements". */
  countNoun: string;
  /** Called with the slug picked, or null for all. */
  choose: (slug: string | null) => void;
}

/** Most options listed at once; typing narrows the rest down. */
export const listedAtMost = 60;

let pickers = 0;

/** The sources whose title contains every word typed, by title; all when nothing is typed. */
export function matchingSources(sources: readonly PickableSource[], text: string): PickableSource[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return sources
    .filter((source) => words.every((word) => source.title.toLowerCase().includes(word)))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * A searchable combobox of sources: a text field that shows the current choice and, when
 * focused or typed in, a list of the sources whose titles match, each with its count, "all"
 * first. It takes the room of one line whatever the number of sources; the list floats over the
 * page. Arrow keys move in the list, Enter picks, Escape closes.
 */
export class SourcePicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private sources: readonly PickableSource[] = [];
  private chosen: string | null = null;
  private active = -1;

  constructor(private readonly options: SourcePickerOptions) {
    pickers += 1;
    const id = `source-picker-${pickers}`;
    this.input = h('input', {
      id,
      type: 'text',
      role: 'combobox',
      autocomplete: 'off',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
      placeholder: options.allLabel,
    });
    this.list = h('ul', { id: `${id}-list`, role: 'listbox', 'aria-label': options.label, hidden: '' });
    this.element = h(
      'div',
      { class: 'source-picker' },
      h('label', { for: id }, options.label),
      h('span', { class: 'source-picker-field' }, this.input, this.list),
    );
    this.input.addEventListener('focus', () => {
      this.input.select();
      this.open();
    });
    this.input.addEventListener('input', () => this.open());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => this.close());
  }

  /** Shows these sources and this choice (null: all). */
  set(sources: readonly PickableSource[], chosen: string | null): void {
    this.sources = sources;
    this.chosen = chosen;
    this.input.disabled = sources.length === 0;
    if (document.activeElement !== this.input) this.input.value = this.chosenTitle();
  }

  private chosenTitle(): string {
    if (this.chosen === null) return this.options.allLabel;
    return this.sources.find((source) => source.slug === this.chosen)?.title ?? this.chosen;
  }

  private entries(): { slug: string | null; title: string; count: number | null }[] {
    const text = this.input.value === this.chosenTitle() ? '' : this.input.value;
    const matching = matchingSources(this.sources, text);
    const all = { slug: null, title: `${this.options.allLabel} (${this.sources.length})`, count: null };
    return [...(text === '' ? [all] : []), ...matching];
  }

  private open(): void {
    const entries = this.entries();
    const shown = entries.slice(0, listedAtMost);
    this.active = Math.min(this.active, shown.length - 1);
    this.list.replaceChildren(
      ...shown.map((entry, index) => {
        const option = h(
          'li',
          {
            role: 'option',
            id: `${this.list.id}-${index}`,
            'aria-selected': String(entry.slug === this.chosen),
            'data-slug': entry.slug ?? '',
          },
          h('span', { class: 'title' }, entry.title),
          entry.count === null
            ? null
            : h('span', { class: 'count' }, `${entry.count} ${this.options.countNoun}`),
        );
        if (index === this.active) option.classList.add('active');
        // mousedown, not click: the field's blur would close the list before a click lands.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.pick(entry.slug);
        });
        return option;
      }),
      ...(entries.length > shown.length
        ? [
            h(
              'li',
              { class: 'more', role: 'presentation' },
              `${entries.length - shown.length} more: type to narrow`,
            ),
          ]
        : []),
      ...(entries.length === 0
        ? [h('li', { class: 'more', role: 'presentation' }, 'No title matches.')]
        : []),
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.input.value = this.chosenTitle();
  }

  private pick(slug: string | null): void {
    const changed = slug !== this.chosen;
    this.chosen = slug;
    this.close();
    if (changed) this.options.choose(slug);
  }

  private key(event: KeyboardEvent): void {
    const count = Math.min(this.entries().length, listedAtMost);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = count === 0 ? -1 : (this.active + step + count) % count;
      this.open();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = this.entries()[Math.max(this.active, 0)];
      if (entry && !this.list.hidden) this.pick(entry.slug);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }
}
