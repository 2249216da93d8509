import { kebabCase } from '../../textMatching.ts';
import type { Annotations, Catalogue, CatalogueEntry, Quote } from '../annotations.ts';
import type { ParsedArticle, ParsedStatement } from '../parse/parseArticle.ts';
import { proseWhereNoList } from './clauseClaims.ts';
import { contextOf } from './context.ts';
import { findDimensions } from './dimensions.ts';
import { EntityIndex, type EntityKind } from './entities.ts';
import type { DimensionFinding, ListFinding, MembershipFinding } from './findings.ts';
import { bulletRuns, findBulletLists, findSentenceLists } from './lists.ts';
import { findReportingLines, findRoleLists } from './roleClaims.ts';
import { RoleClaimWriter } from './roleClaimWriter.ts';
import { findMemberships } from './roles.ts';
import { findTables } from './tables.ts';
import { findTiers, type FoundTier } from './tiers.ts';

/**
 * What extraction found in one article, written as curated annotations are (so the same resolver
 * loads both, and a curator can review it as a draft), with the entities it introduced and a
 * confidence for each claim, keyed by the claim's path in the annotations ("memberships.0",
 * "skills.1.items.2", "dimensions.0.characteristics.1").
 */
export interface Extraction {
  annotations: Annotations;
  confidence: Map<string, number>;
  /** Why no claim was extracted from a page with content, when none was; null when some were. */
  noClaims: string | null;
}

/** Offline and deterministic: the same text and catalogue give the same claims. */
export function extractArticle(article: ParsedArticle, catalogue: Catalogue): Extraction {
  const tiers = findTiers(article);
  const context = contextOf(article, tiers);
  const runs = bulletRuns(context);
  const entities = new EntityIndex(catalogue);
  const tierSlug = new Map<FoundTier, string>(
    tiers.map((t) => [t, entities.resolve('tiers', t.name, t.aliases).slug]),
  );
  const writer = new AnnotationWriter(article, tierSlug);
  const tables = findTables(context);
  writer.memberships([...findMemberships(context, catalogue.roles, runs), ...tables.memberships], entities);
  const { dimensions, contrasted } = findDimensions(context, runs, tables.dimensions);
  writer.lists(
    proseWhereNoList([
      ...findBulletLists(context, runs),
      ...tables.lists,
      ...findSentenceLists(context, contrasted),
    ]),
  );
  writer.dimensions(dimensions, entities);
  const isTier = (name: string) =>
    tiers.some((t) => [t.name, ...t.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  const roleWriter = new RoleClaimWriter(article, entities, writer.confidence);
  roleWriter.lists(findRoleLists(article, catalogue.roles, isTier));
  roleWriter.lines(findReportingLines(article, catalogue.roles, isTier));
  const added = entities.additions();
  const used = writer.usedEntities();
  for (const slug of roleWriter.usedRoles) used.roles.add(slug);
  const entitiesSection = Object.fromEntries(
    (['tiers', 'roles', 'dimensions'] as const).map((kind) => [
      kind,
      added[kind].filter((e) => used[kind].has(e.slug)),
    ]),
  ) as Record<EntityKind, CatalogueEntry[]>;
  return {
    annotations: {
      source: { title: article.title, ...(article.column ? { column: article.column } : {}) },
      entities: entitiesSection,
      memberships: writer.out.memberships,
      attributes: [],
      responsibilities: writer.out.responsibilities,
      skills: writer.out.skills,
      dimensions: writer.out.dimensions,
      ...roleWriter.annotations(),
    },
    confidence: writer.confidence,
    noClaims: writer.claimCount() + roleWriter.claimCount() > 0 ? null : whyNoClaims(article, tiers),
  };
}

/** What a reader of the load's summary needs to know about a page that gave no claim. */
function whyNoClaims(article: ParsedArticle, tiers: readonly FoundTier[]): string {
  if (tiers.length === 0)
    return `no claims: no tiers found (the title "${article.title}" names no comparison such as "A vs B", and no heading is about one group), so ${article.statements.length} statements were loaded as text only`;
  return `no claims: the tiers ${tiers.map((t) => `"${t.name}"`).join(', ')} were found, but no list, table, question heading or sentence about them gives a role, duty, skill or dimension, so ${article.statements.length} statements were loaded as text only`;
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

/** Turns findings into annotation entries, each claim once, quoting the statements it rests on. */
class AnnotationWriter {
  readonly out: Pick<Annotations, 'memberships' | 'responsibilities' | 'skills' | 'dimensions'> = {
    memberships: [],
    responsibilities: [],
    skills: [],
    dimensions: [],
  };
  readonly confidence = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly used: Record<EntityKind, Set<string>> = {
    tiers: new Set(),
    roles: new Set(),
    dimensions: new Set(),
  };

  constructor(
    private readonly article: ParsedArticle,
    private readonly tierSlug: Map<FoundTier, string>,
  ) {}

  claimCount(): number {
    return (
      this.out.memberships.length +
      this.out.responsibilities.length +
      this.out.skills.length +
      this.out.dimensions.length
    );
  }

  usedEntities(): Record<EntityKind, Set<string>> {
    return this.used;
  }

  private tier(tier: FoundTier): string {
    const slug = this.tierSlug.get(tier)!;
    this.used.tiers.add(slug);
    return slug;
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  memberships(findings: readonly MembershipFinding[], entities: EntityIndex): void {
    for (const finding of findings) {
      const tier = this.tier(finding.tier);
      const roles = finding.roles
        .map((role) => entities.resolve('roles', role.name, role.aliases).slug)
        .filter((slug, i, all) => all.indexOf(slug) === i && this.once(`member|${tier}|${slug}`));
      if (roles.length === 0) continue;
      roles.forEach((slug) => this.used.roles.add(slug));
      this.confidence.set(
        `memberships.${this.out.memberships.length}`,
        round(finding.confidence * finding.tier.confidence),
      );
      this.out.memberships.push({
        tier,
        roles,
        evidence: [quoteOf(finding.evidence, this.article, finding.sentence)],
      });
    }
  }

  lists(findings: readonly ListFinding[]): void {
    for (const finding of findings) {
      const tier = this.tier(finding.tier);
      const items: Quote[] = [];
      const target = this.out[finding.kind];
      for (const item of finding.items) {
        const key = item.name ? kebabCase(item.name) : `${item.statement.key}`;
        if (!key || !this.once(`${finding.kind}|${tier}|${key}`)) continue;
        this.confidence.set(
          `${finding.kind}.${target.length}.items.${items.length}`,
          round(finding.confidence * finding.tier.confidence),
        );
        const quote = quoteOf(item.statement, this.article, item.sentence);
        items.push(
          item.name ? { ...(typeof quote === 'string' ? { quote } : quote), name: item.name } : quote,
        );
      }
      if (items.length === 0) continue;
      target.push({ tier, evidence: finding.leadIn ? [quoteOf(finding.leadIn, this.article)] : [], items });
    }
  }

  dimensions(findings: readonly DimensionFinding[], entities: EntityIndex): void {
    for (const finding of findings) {
      if (!finding.name) continue;
      const dimension = entities.resolve('dimensions', finding.name).slug;
      if (!this.once(`dimension|${dimension}`)) continue;
      this.used.dimensions.add(dimension);
      const index = this.out.dimensions.length;
      const characteristics = finding.characteristics
        .filter((c) => this.once(`characteristic|${dimension}|${this.tierSlug.get(c.tier)}`))
        .map((c, j) => {
          this.confidence.set(
            `dimensions.${index}.characteristics.${j}`,
            round(finding.confidence * c.tier.confidence),
          );
          return {
            tier: this.tier(c.tier),
            summary: c.summary,
            evidence: c.evidence.map((s) => quoteOf(s, this.article)),
          };
        });
      const evidence = [
        ...new Map(characteristics.flatMap((c) => c.evidence).map((q) => [JSON.stringify(q), q])).values(),
      ];
      this.confidence.set(`dimensions.${index}`, round(finding.confidence));
      this.out.dimensions.push({ dimension, evidence, characteristics });
    }
  }
}

/**
 * A quote for a statement that resolves to it alone: the sentence a claim was read from (or the
 * first) when no other statement contains it, else the whole statement (matched exactly).
 */
export function quoteOf(statement: ParsedStatement, article: ParsedArticle, sentence?: string): Quote {
  const first =
    (sentence && statement.normalized.includes(sentence) ? sentence : null) ??
    /^.+?[.!?:](?=\s|$)/.exec(statement.normalized)?.[0] ??
    statement.normalized;
  const unique = article.statements.every((s) => s === statement || !s.normalized.includes(first));
  if (unique && first.length >= 12) return first;
  // The same words elsewhere (a lead-in such as "Typical job titles:" in every section): pin the section.
  const alone = article.statements.every((s) => s === statement || s.normalized !== statement.normalized);
  return alone ? statement.normalized : { quote: statement.normalized, in: statement.sectionSlug };
}
