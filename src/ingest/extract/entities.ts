import { kebabCase } from '../../textMatching.ts';
import type { Catalogue, CatalogueEntry } from '../annotations.ts';
import { plain, sentenceCase, singularPhrase } from './language.ts';

export type EntityKind = 'tiers' | 'roles' | 'dimensions';

/**
 * Entity resolution: an extracted name joins a known entity when its canonical form (lower case,
 * no articles or punctuation, head noun singular, "&" as "and") equals the canonical form of that
 * entity's name or one of its aliases, or when it is that entity's acronym; otherwise it becomes
 * a new entity with a kebab-case slug. Names are never merged on looser likeness: two groups the
 * text keeps apart ("senior leadership", "senior management") stay two.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, { kind: EntityKind; entry: CatalogueEntry }>();
  private readonly added: Record<EntityKind, CatalogueEntry[]> = { tiers: [], roles: [], dimensions: [] };

  constructor(catalogue: Pick<Catalogue, EntityKind>) {
    for (const kind of ['tiers', 'roles', 'dimensions'] as const) {
      for (const entry of catalogue[kind]) this.remember(kind, entry);
    }
  }

  /** The slug of the entity this name refers to, creating it when the catalogue has none. */
  resolve(kind: EntityKind, name: string, aliases: readonly string[] = []): CatalogueEntry {
    for (const candidate of [name, ...aliases]) {
      const known = this.byKey.get(`${kind}|${canonical(candidate)}`);
      // A tier joins one named the same: a tier's aliases ("senior managers" for senior management)
      // find its mentions, but an article comparing "senior managers" names a group of its own.
      if (
        known &&
        (kind !== 'tiers' ||
          canonical(known.entry.name) === canonical(candidate) ||
          known.entry.slug === kebabCase(candidate))
      )
        return known.entry;
    }
    const display = sentenceCase(kind === 'dimensions' ? name : singularOrGroup(kind, name));
    let slug = kebabCase(kind === 'roles' ? singularPhrase(display) : display);
    for (let i = 2; this.slugTaken(kind, slug); i += 1) slug = `${kebabCase(display)}-${i}`;
    const spelled = [...new Set([name, ...aliases].filter((a) => a.toLowerCase() !== display.toLowerCase()))];
    const entry: CatalogueEntry = { slug, name: display, aliases: spelled };
    this.added[kind].push(entry);
    this.remember(kind, entry);
    return entry;
  }

  /** Entities this article introduced, for its annotations' `entities` section. */
  additions(): Record<EntityKind, CatalogueEntry[]> {
    return this.added;
  }

  private slugTaken(kind: EntityKind, slug: string): boolean {
    return [...this.byKey.values()].some((v) => v.kind === kind && v.entry.slug === slug);
  }

  private remember(kind: EntityKind, entry: CatalogueEntry): void {
    for (const alias of [entry.name, entry.slug.replace(/-/g, ' '), ...entry.aliases]) {
      const key = `${kind}|${canonical(alias)}`;
      if (!this.byKey.has(key)) this.byKey.set(key, { kind, entry });
    }
  }
}

// Tiers keep the number the article gives them ("Area managers"); roles are named in the singular.
function singularOrGroup(kind: EntityKind, name: string): string {
  return kind === 'roles' ? singularPhrase(name) : name;
}

/** The form two spellings of one entity share. */
export function canonical(name: string): string {
  const words = plain(name)
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(the|a|an)$/i.test(w));
  const acronym = words.length === 1 && /^[A-Z]{2,5}s?$/.test(words[0] ?? '');
  if (acronym) return words[0]!.replace(/s$/, '').toLowerCase();
  return singularPhrase(words.join(' ')).toLowerCase().replace(/-/g, ' ');
}
