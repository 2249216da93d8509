import type { Catalogue, CatalogueEntry } from '../annotations.ts';

/**
 * Which canonical dimension an article's dimension is grouped under: the first of the catalogue's
 * `canonicalDimensions` one of whose terms its name (or an alias) contains as whole words, singular
 * or plural alike; a dimension no term matches is a group of its own (its own slug and name).
 */
export interface CanonicalChoice {
  slug: string;
  name: string;
}

// Lower-case words, each without a plural "s" ("reports" and "report" are one word here).
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));

const contains = (name: readonly string[], term: readonly string[]) =>
  term.length > 0 && name.some((_, i) => term.every((word, j) => name[i + j] === word));

export function canonicalDimensionOf(
  dimension: Pick<CatalogueEntry, 'slug' | 'name' | 'aliases'>,
  catalogue: Pick<Catalogue, 'canonicalDimensions'>,
): CanonicalChoice {
  const names = [dimension.name, ...dimension.aliases, dimension.slug.replace(/-/g, ' ')].map(wordsOf);
  const group = catalogue.canonicalDimensions.find((g) =>
    g.terms.some((term) => names.some((name) => contains(name, wordsOf(term)))),
  );
  return group ? { slug: group.slug, name: group.name } : { slug: dimension.slug, name: dimension.name };
}
