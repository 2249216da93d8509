/**
 * Text normalisation shared by the seed pipeline (parsing, quotes, mentions) and the API (search,
 * text filters): the graph keeps each statement's original characters; these forms are for matching.
 */

// Spaces other than U+0020 that scraped pages carry (non-breaking, thin, zero-width...).
const unicodeSpaces = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;

/** Spaces, quotes and dashes made plain, whitespace collapsed: case and wording untouched. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(unicodeSpaces, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Identity of a passage for de-duplication: normalised, lower case, no closing punctuation. */
export function dedupeKey(text: string): string {
  return normalizeForMatch(text)
    .toLowerCase()
    .replace(/[\s.;:,!?]+$/, '');
}

/** Kebab-case slug of a name: `Role Of Senior Leadership` -> `role-of-senior-leadership`. */
export function kebabCase(text: string): string {
  return normalizeForMatch(text)
    .toLowerCase()
    .replace(/['"]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The words of a passage, for comparing near-duplicate paragraphs. */
export function wordSet(text: string): Set<string> {
  return new Set(
    dedupeKey(text)
      .split(/[^a-z0-9'-]+/)
      .filter(Boolean),
  );
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** First sentence of a passage without its full stop: a name for a bullet that has no lead. */
export function firstSentence(text: string): string {
  const match = /^(.+?[^A-Z.])\.(\s|$)/.exec(text.trim());
  return (match?.[1] ?? text.trim()).replace(/[.:;,\s]+$/, '');
}
