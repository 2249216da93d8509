import { catalogueWith, type Catalogue } from '../annotations.ts';
import type { GraphPlan } from '../plan/graphPlan.ts';
import type { ParsedArticle } from '../parse/parseArticle.ts';
import { ClaimContext, type ArticleClaims } from './claimContext.ts';
import { claimKindSteps } from '../../claimKinds/ingest.ts';
import { addMentions } from './mentions.ts';
import { PlanBuilder } from './planBuilder.ts';
import { addProvenance } from './provenance.ts';
import { addTextNodes } from './textNodes.ts';

export type { ArticleClaims } from './claimContext.ts';

export interface ArticleInput {
  article: ParsedArticle;
  /** Path of the article file, relative to the project (shown on the Source node). */
  file: string;
  sha256: string;
  claims: ArticleClaims | null;
  catalogue: Catalogue;
}

/**
 * Turns a parsed article and its claims into the nodes and relationships to write, in steps: the
 * text (source, sections, statements), the mentions of known entities, each kind of claim
 * (src/claimKinds/), then the provenance links. Pure: every quote must resolve to the article's
 * statements here, before anything touches the database, and a claim cannot be written without
 * the statements that support it.
 */
export function resolveArticle({ article, file, sha256, claims, catalogue }: ArticleInput): GraphPlan {
  const annotations = claims?.annotations.data;
  const known = catalogueWith(catalogue, annotations?.entities);
  const plan = new PlanBuilder(article.slug);
  const sourceRef = addTextNodes(plan, article, {
    file,
    sha256,
    publisher: annotations?.source.publisher ?? null,
    method: claims?.method ?? null,
  });
  addMentions(plan, article, known);
  if (!claims || !annotations) return plan.plan();
  const context = new ClaimContext(plan, article, sourceRef, known, claims);
  for (const kind of claimKindSteps) kind.resolve(annotations, context);
  addProvenance(plan);
  return plan.plan();
}
