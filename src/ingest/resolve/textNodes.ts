import { nodeId } from '../../data/model.ts';
import type { NodeRef } from '../plan/graphPlan.ts';
import type { ParsedArticle, ParsedSection, ParsedStatement } from '../parse/parseArticle.ts';
import type { PlanBuilder } from './planBuilder.ts';

/** What the Source node records about the article besides its text. */
export interface SourceFacts {
  /** Path of the article file, relative to the project (shown on the Source node). */
  file: string;
  sha256: string;
  publisher: string | null;
  /** How its claims came in (`CURATED`, `EXTRACTED`), or null when it was loaded without claims. */
  method: string | null;
}

export const statementId = (source: string, statement: Pick<ParsedStatement, 'key'>): string =>
  nodeId('Statement', `${source}/${statement.key}`);

/** The article as text: its Source node, then its sections in order with the statements of each. */
export function addTextNodes(plan: PlanBuilder, article: ParsedArticle, facts: SourceFacts): NodeRef {
  const source = article.slug;
  const sourceRef = plan.addNode({
    label: 'Source',
    id: nodeId('Source', source),
    props: {
      slug: source,
      name: article.title,
      title: article.title,
      column: article.column,
      publisher: facts.publisher,
      method: facts.method,
      file: facts.file,
      sha256: facts.sha256,
      statementCount: article.statements.length,
    },
  });
  for (const section of article.sections) addSection(plan, article, section, sourceRef);
  return sourceRef;
}

/** A section under its source, and its statements under it in order. */
function addSection(
  plan: PlanBuilder,
  article: ParsedArticle,
  section: ParsedSection,
  sourceRef: NodeRef,
): void {
  const source = article.slug;
  const sectionRef = plan.addNode({
    label: 'Section',
    id: nodeId('Section', `${source}/${section.slug}`),
    props: {
      slug: `${source}/${section.slug}`,
      name: section.name,
      source,
      position: section.position,
      line: section.line,
    },
  });
  plan.addRelationship({
    type: 'HAS_SECTION',
    from: sourceRef,
    to: sectionRef,
    props: { position: section.position },
  });
  for (const statement of article.statements.filter((s) => s.sectionSlug === section.slug)) {
    const statementRef = plan.addNode({
      label: 'Statement',
      id: statementId(source, statement),
      props: {
        slug: `${source}/${statement.key}`,
        key: statement.key,
        name: `${section.name} ${statement.key.split('.').at(-1) ?? ''}`.trim(),
        source,
        section: section.slug,
        position: statement.position,
        kind: statement.kind,
        text: statement.text,
        normalized: statement.normalized,
        lead: statement.lead,
        line: statement.line,
      },
    });
    plan.addRelationship({
      type: 'HAS_STATEMENT',
      from: sectionRef,
      to: statementRef,
      props: { position: statement.position },
    });
  }
}
