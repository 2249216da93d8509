/**
 * Text normalisation shared by the seed pipeline (parsing, quotes, mentions) and the API (search,
 * text filters): the graph keeps each statement's original characters; these forms are for matching.
 */

// Spaces other than U+0020 that scraped pages carry (non-breaking, thin, ideographic...).
const unicodeSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Characters that change how text is shown or joined but are no letters: bidirectional controls
 * (an override shows "CEO" reversed, and hides what a name really spells), zero-width spaces,
 * joiners and non-joiners, the soft hyphen, word joiners, variation selectors and the BOM.
 */
export const invisibleCharacters =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/g;

/**
 * Unicode-normalised (NFKC: compatibility forms folded, such as full-width letters and ligatures),
 * invisible characters removed, spaces, quotes and dashes made plain, whitespace collapsed: case
 * and wording untouched.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisibleCharacters, '')
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

const codePoint = (character: string) => `u${(character.codePointAt(0) ?? 0).toString(16)}`;

/**
 * Kebab-case slug of a name: `Role Of Senior Leadership` -> `role-of-senior-leadership`. The
 * name normalised (`normalizeForMatch`) and lower-cased; letters (with their marks) and digits of
 * every script kept (`Café` -> `café`, `Совет директоров` -> `совет-директоров`), `&` spelled
 * `and` and `+` `plus` (C++ is not C), everything else a separator. So two names share a slug
 * only when they differ in case, spacing, punctuation or decoration (an arrow, an emoji) alone.
 * Never empty for a non-empty name: one without letters or digits is spelled as its code points.
 */
export function kebabCase(text: string): string {
  const slug = normalizeForMatch(text)
    .toLowerCase()
    .replace(/['"]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug !== '' || text === '') return slug;
  return [...text].map(codePoint).join('-');
}

/** Whether `text` is a slug as `kebabCase` makes them (lowercase letters of any script, digits, single hyphens). */
export function isSlug(text: string): boolean {
  return text !== '' && kebabCase(text) === text;
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
