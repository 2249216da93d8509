import { dedupeKey, jaccard, wordSet } from '../../textMatching.ts';

/**
 * Scraping noise that can only be told once the page is split into blocks and its title is known:
 * the title repeated (a banner, an image caption), bullets glued together, a passage repeated.
 * The parser asks these rules as it builds the statements.
 */

// Scraping glued repeated bullets together with a stray sub-list marker: "text o text".
const gluedBulletSeparator = /\s+o\s+(?=[A-Z])/g;

/** A bullet's text split where scraping glued several bullets into one. */
export function splitGluedBullets(text: string): string[] {
  return text.split(gluedBulletSeparator).map((piece) => piece.trim());
}

/** Whether a block only repeats the page's title: not content. */
export function repeatsTitle(text: string, title: string): boolean {
  return dedupeKey(text) === dedupeKey(title);
}

/** A statement as the repeat rules see it. */
export interface Passage {
  text: string;
  kind: 'paragraph' | 'bullet';
  sectionSlug: string;
}

/**
 * Remembers the passages kept so far and tells a repeat: the same passage again anywhere (but a
 * short lead-in such as "Typical job titles:", which may open a list in every section), or a
 * paragraph that repeats the one before it lightly reworded or cut short. A short line that is no
 * sentence is a table's cell, never a repeat.
 */
export class RepeatFilter {
  private readonly seen = new Set<string>();

  isRepeat(passage: Passage, previous: Passage | undefined): boolean {
    const { text, kind, sectionSlug } = passage;
    // A short line of text is a table's cell, which may say what another cell says ("Full time").
    if (kind === 'paragraph' && text.split(/\s+/).length <= 6 && !/[.!?:]$/.test(text.trim())) return false;
    const leadIn = /:\s*$/.test(text) && text.split(/\s+/).length <= 8;
    const key = leadIn ? `${sectionSlug}|${dedupeKey(text)}` : dedupeKey(text);
    if (this.seen.has(key)) return true;
    if (
      kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.sectionSlug === sectionSlug &&
      (jaccard(wordSet(previous.text), wordSet(text)) >= 0.6 ||
        dedupeKey(previous.text).includes(dedupeKey(text)))
    ) {
      return true;
    }
    this.seen.add(key);
    return false;
  }
}
