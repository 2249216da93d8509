import { nodeId } from '../../data/model.ts';
import { escapeRegExp, normalizeForMatch } from '../../textMatching.ts';
import type { Catalogue, CatalogueEntry } from '../annotations.ts';
import type { ParsedArticle, ParsedStatement } from '../parse/parseArticle.ts';
import type { PlanBuilder } from './planBuilder.ts';
import { statementId } from './textNodes.ts';

export interface Mention {
  statement: ParsedStatement;
  label: 'Tier' | 'Role' | 'Dimension';
  entity: CatalogueEntry;
  /** The alias found, as the catalogue spells it. */
  alias: string;
}

/**
 * Which statements name which known entities, by their catalogue aliases as whole words, case
 * insensitive: "which passages talk about the CFO" becomes one hop in the graph.
 */
export function findMentions(statements: readonly ParsedStatement[], catalogue: Catalogue): Mention[] {
  const matchers = (
    [
      ['Tier', catalogue.tiers],
      ['Role', catalogue.roles],
      ['Dimension', catalogue.dimensions],
    ] as const
  ).flatMap(([label, entries]) =>
    entries.map((entity) => ({
      label,
      entity,
      patterns: [entity.name, ...entity.aliases].map((alias) => ({
        alias,
        // Whole words of any script: "Правление" is not mentioned inside "Правлением".
        pattern: new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeForMatch(alias))}(?![\\p{L}\\p{N}])`,
          'iu',
        ),
      })),
    })),
  );
  const mentions: Mention[] = [];
  for (const statement of statements) {
    for (const { label, entity, patterns } of matchers) {
      const hit = patterns.find(({ pattern }) => pattern.test(statement.normalized));
      if (hit) mentions.push({ statement, label, entity, alias: hit.alias });
    }
  }
  return mentions;
}

/** A `MENTIONS` relationship from each statement to each known entity it names. */
export function addMentions(plan: PlanBuilder, article: ParsedArticle, catalogue: Catalogue): void {
  for (const mention of findMentions(article.statements, catalogue)) {
    plan.addRelationship({
      type: 'MENTIONS',
      from: { label: 'Statement', id: statementId(article.slug, mention.statement) },
      to: { label: mention.label, id: nodeId(mention.label, mention.entity.slug) },
      props: { source: article.slug, alias: mention.alias },
    });
  }
}
