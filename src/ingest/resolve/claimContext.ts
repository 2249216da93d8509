import { nodeId, type ClaimMethod, type claimTypes } from '../../data/model.ts';
import { firstSentence, kebabCase, normalizeForMatch } from '../../textMatching.ts';
import {
  AnnotationError,
  type Annotations,
  type Catalogue,
  type LocatedYaml,
  type Quote,
} from '../annotations.ts';
import type { NodeRef } from '../plan/graphPlan.ts';
import type { ParsedArticle, ParsedStatement } from '../parse/parseArticle.ts';
import { canonicalDimensionOf } from './canonicalDimensions.ts';
import type { PlanBuilder } from './planBuilder.ts';
import { statementId } from './textNodes.ts';

/** Where a value sits in the annotations, so an error can name its line. */
export type AnnotationPath = (string | number)[];

/** A relationship type that states a claim, as the graph model lists them. */
export type ClaimType = (typeof claimTypes)[number];

/** The claims to load with an article: curated annotations, or what extraction wrote as annotations. */
export interface ArticleClaims {
  annotations: LocatedYaml<Annotations>;
  method: ClaimMethod;
  /** Confidence of the claim at a path of the annotations; curated claims are 1. */
  confidenceAt: (path: readonly (string | number)[]) => number;
}

type EntityKind = 'tiers' | 'roles' | 'dimensions';
const entityLabels = { tiers: 'Tier', roles: 'Role', dimensions: 'Dimension' } as const;

/** A named item of a list (a responsibility, a skill, a benefit) is the statement it quotes. */
export type ItemLabel = 'Responsibility' | 'Skill' | 'CollaborationBenefit';

/**
 * What every claim kind's resolve step shares for one article: its quotes resolved to statements,
 * its entities looked up in the catalogue, its claims written with their source, evidence, method
 * and confidence. A quote or name that does not resolve fails with the annotation file and line.
 */
export class ClaimContext {
  readonly source: string;

  constructor(
    readonly plan: PlanBuilder,
    readonly article: ParsedArticle,
    readonly sourceRef: NodeRef,
    readonly catalogue: Catalogue,
    private readonly claims: ArticleClaims,
  ) {
    this.source = article.slug;
  }

  get method(): ClaimMethod {
    return this.claims.method;
  }

  confidenceAt(path: AnnotationPath): number {
    return this.claims.confidenceAt(path);
  }

  fail(path: AnnotationPath, message: string): never {
    const { file, lineOf } = this.claims.annotations;
    throw new AnnotationError(file, lineOf(path), message);
  }

  /** The one statement a quote names: a quote found nowhere, or in several statements, fails. */
  statement(q: Quote, path: AnnotationPath): ParsedStatement {
    const { article, source } = this;
    const text = normalizeForMatch(typeof q === 'string' ? q : q.quote);
    const section = typeof q === 'string' ? undefined : q.in;
    if (section && !article.sections.some((s) => s.slug === section)) {
      const known = article.sections.map((s) => s.slug).join(', ');
      this.fail(path, `section "${section}" does not exist in ${source}; sections are: ${known}`);
    }
    const containing = article.statements.filter(
      (s) => s.normalized.includes(text) && (!section || s.sectionSlug === section),
    );
    // A quote that is a whole statement means that statement, even where a longer one repeats it.
    const exact = containing.filter((s) => s.normalized === text);
    const matches = exact.length === 1 ? exact : containing;
    const [only] = matches;
    if (!only)
      this.fail(path, `quote not found in ${source}${section ? ` (section ${section})` : ''}: "${text}"`);
    if (matches.length > 1) {
      const keys = matches.map((s) => s.key).join(', ');
      this.fail(path, `quote matches ${matches.length} statements (${keys}): pin it with \`in: <section>\``);
    }
    return only;
  }

  /** The ids of the statements the quotes name, each once. */
  evidence(quotes: readonly Quote[], path: AnnotationPath): string[] {
    return [...new Set(quotes.map((q, i) => this.statementId(this.statement(q, [...path, i]))))];
  }

  statementId(statement: ParsedStatement): string {
    return statementId(this.source, statement);
  }

  /** A tier, role or dimension the catalogue (or the article's own entities) knows by this slug. */
  entity(kind: EntityKind, slug: string, path: AnnotationPath): NodeRef {
    const entry = this.catalogue[kind].find((e) => e.slug === slug);
    if (!entry) {
      const known = this.catalogue[kind].map((e) => e.slug).join(', ');
      return this.fail(path, `unknown ${kind.slice(0, -1)} "${slug}"; known: ${known}`);
    }
    const label = entityLabels[kind];
    const props = {
      slug,
      name: normalizeForMatch(entry.name),
      aliases: entry.aliases.map(normalizeForMatch),
    };
    if (kind !== 'dimensions') return this.plan.addNode({ label, id: nodeId(label, slug), props });
    // A dimension names the canonical dimension it is grouped under, which is written with it.
    const canonical = canonicalDimensionOf(entry, this.catalogue);
    this.plan.addNode({
      label: 'CanonicalDimension',
      id: nodeId('CanonicalDimension', canonical.slug),
      props: { ...canonical },
    });
    return this.plan.addNode({
      label,
      id: nodeId(label, slug),
      props: { ...props, canonical: canonical.slug },
    });
  }

  /** A list item's node, named by its `name`, the bullet's lead or its first sentence. */
  item(label: ItemLabel, q: Quote, path: AnnotationPath): { ref: NodeRef; evidence: string } {
    const statement = this.statement(q, path);
    const given = typeof q === 'string' ? undefined : q.name && normalizeForMatch(q.name);
    const name = given ?? statement.lead ?? firstSentence(statement.normalized);
    const description = given
      ? null
      : statement.lead
        ? statement.normalized.slice(statement.lead.length + 1).trim()
        : statement.normalized;
    const ref = this.plan.addNode({
      label,
      id: nodeId(label, kebabCase(name)),
      props: { slug: kebabCase(name), name, description },
    });
    return { ref, evidence: this.statementId(statement) };
  }

  /** A claim: the relationship with its source, the statements that say it, method and confidence. */
  claim(
    type: ClaimType,
    from: NodeRef,
    to: NodeRef,
    evidence: string[],
    path: AnnotationPath,
    extra: Record<string, string> = {},
  ): void {
    this.addClaim(type, from, to, evidence, this.method, this.confidenceAt(path), extra);
  }

  /**
   * A claim the loader's rules derive from the article's other claims and text rather than read
   * from its annotations (a tier's level): `EXTRACTED`, with the rules' confidence.
   */
  derivedClaim(type: ClaimType, from: NodeRef, to: NodeRef, evidence: string[], confidence: number): void {
    this.addClaim(type, from, to, evidence, 'EXTRACTED', confidence, {});
  }

  private addClaim(
    type: ClaimType,
    from: NodeRef,
    to: NodeRef,
    evidence: string[],
    method: ClaimMethod,
    confidence: number,
    extra: Record<string, string>,
  ): void {
    this.plan.addRelationship({
      type,
      from,
      to,
      props: { source: this.source, evidence, method, confidence, ...extra },
    });
  }
}
