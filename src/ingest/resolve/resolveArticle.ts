import {
  AnnotationError,
  catalogueWith,
  type Annotations,
  type Catalogue,
  type CatalogueEntry,
  type LocatedYaml,
  type Quote,
} from '../annotations.ts';
import { isSemantic, nodeId, type NodeLabel, type RelationshipType } from '../../data/model.ts';
import type { GraphPlan, NodeRef, PlannedNode, PlannedRelationship } from '../plan/graphPlan.ts';
import type { ParsedArticle, ParsedStatement } from '../parse/parseArticle.ts';
import { findMentions } from './mentions.ts';
import { firstSentence, kebabCase, normalizeForMatch } from '../../textMatching.ts';

/** How a claim came to be: a person wrote it down, or extraction read it from the text. */
export type ClaimMethod = 'CURATED' | 'EXTRACTED';

/** The claims to load with an article: curated annotations, or what extraction wrote as annotations. */
export interface ArticleClaims {
  annotations: LocatedYaml<Annotations>;
  method: ClaimMethod;
  /** Confidence of the claim at a path of the annotations; curated claims are 1. */
  confidenceAt: (path: readonly (string | number)[]) => number;
}

export interface ArticleInput {
  article: ParsedArticle;
  /** Path of the article file, relative to the project (shown on the Source node). */
  file: string;
  sha256: string;
  claims: ArticleClaims | null;
  catalogue: Catalogue;
}

type Path = (string | number)[];

/**
 * Turns a parsed article and its curated annotations into the nodes and relationships to write.
 * Pure: every quote must resolve to the article's statements here, before anything touches the
 * database, and a claim cannot be written without the statements that support it.
 */
export function resolveArticle({
  article,
  file,
  sha256,
  claims,
  catalogue: baseCatalogue,
}: ArticleInput): GraphPlan {
  const annotations = claims?.annotations ?? null;
  const catalogue = catalogueWith(baseCatalogue, annotations?.data.entities);
  const source = article.slug;
  const nodes = new Map<string, PlannedNode>();
  const relationships: PlannedRelationship[] = [];
  const addNode = (node: PlannedNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    return { label: node.label, id: node.id };
  };
  const statementId = (statement: ParsedStatement) => nodeId('Statement', `${source}/${statement.key}`);

  // Source text: the article, its sections and statements.
  const sourceRef = addNode({
    label: 'Source',
    id: nodeId('Source', source),
    props: {
      slug: source,
      name: article.title,
      title: article.title,
      column: article.column,
      publisher: annotations?.data.source.publisher ?? null,
      method: claims?.method ?? null,
      file,
      sha256,
      statementCount: article.statements.length,
    },
  });
  for (const section of article.sections) {
    const sectionRef = addNode({
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
    relationships.push({
      type: 'HAS_SECTION',
      from: sourceRef,
      to: sectionRef,
      props: { position: section.position },
    });
    for (const statement of article.statements.filter((s) => s.sectionSlug === section.slug)) {
      const statementRef = addNode({
        label: 'Statement',
        id: statementId(statement),
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
      relationships.push({
        type: 'HAS_STATEMENT',
        from: sectionRef,
        to: statementRef,
        props: { position: statement.position },
      });
    }
  }
  for (const mention of findMentions(article.statements, catalogue)) {
    relationships.push({
      type: 'MENTIONS',
      from: { label: 'Statement', id: statementId(mention.statement) },
      to: { label: mention.label, id: nodeId(mention.label, mention.entity.slug) },
      props: { source, alias: mention.alias },
    });
  }
  if (!claims || !annotations) return { sourceSlug: source, nodes: [...nodes.values()], relationships };
  const { method, confidenceAt } = claims;

  // Curated claims, each resolved to its supporting statements.
  const { data, file: annotationFile, lineOf } = annotations;
  const fail = (path: Path, message: string): never => {
    throw new AnnotationError(annotationFile, lineOf(path), message);
  };
  const resolveQuote = (q: Quote, path: Path): ParsedStatement[] => {
    const text = normalizeForMatch(typeof q === 'string' ? q : q.quote);
    const section = typeof q === 'string' ? undefined : q.in;
    if (section && !article.sections.some((s) => s.slug === section)) {
      fail(
        path,
        `section "${section}" does not exist in ${source}; sections are: ${article.sections.map((s) => s.slug).join(', ')}`,
      );
    }
    const containing = article.statements.filter(
      (s) => s.normalized.includes(text) && (!section || s.sectionSlug === section),
    );
    // A quote that is a whole statement means that statement, even where a longer one repeats it.
    const exact = containing.filter((s) => s.normalized === text);
    const matches = exact.length === 1 ? exact : containing;
    if (matches.length === 0) {
      fail(path, `quote not found in ${source}${section ? ` (section ${section})` : ''}: "${text}"`);
    }
    if (matches.length > 1) {
      fail(
        path,
        `quote matches ${matches.length} statements (${matches.map((s) => s.key).join(', ')}): pin it with \`in: <section>\``,
      );
    }
    return matches;
  };
  const resolveEvidence = (quotes: Quote[], path: Path): string[] => [
    ...new Set(quotes.flatMap((q, i) => resolveQuote(q, [...path, i]).map(statementId))),
  ];
  const entity = (
    kind: 'tiers' | 'roles' | 'dimensions',
    label: NodeLabel,
    slug: string,
    path: Path,
  ): NodeRef => {
    const entry: CatalogueEntry | undefined = catalogue[kind].find((e) => e.slug === slug);
    if (!entry) {
      return fail(
        path,
        `unknown ${kind.slice(0, -1)} "${slug}"; known: ${catalogue[kind].map((e) => e.slug).join(', ')}`,
      );
    }
    return addNode({
      label,
      id: nodeId(label, slug),
      props: { slug, name: entry.name, aliases: entry.aliases },
    });
  };
  const claim = (
    type: RelationshipType,
    from: NodeRef,
    to: NodeRef,
    evidence: string[],
    path: Path,
    extra: Record<string, string> = {},
  ) => {
    relationships.push({
      type,
      from,
      to,
      props: { source, evidence, method, confidence: confidenceAt(path), ...extra },
    });
  };
  // A named item (responsibility, skill, benefit) is the statement it quotes.
  const item = (label: 'Responsibility' | 'Skill' | 'CollaborationBenefit', q: Quote, path: Path) => {
    const [statement] = resolveQuote(q, path);
    if (!statement) return fail(path, 'quote resolved to nothing');
    const given = typeof q === 'string' ? undefined : q.name;
    const name = given ?? statement.lead ?? firstSentence(statement.normalized);
    const description = given
      ? null
      : statement.lead
        ? statement.normalized.slice(statement.lead.length + 1).trim()
        : statement.normalized;
    const ref = addNode({
      label,
      id: nodeId(label, kebabCase(name)),
      props: { slug: kebabCase(name), name, description },
    });
    return { ref, evidence: statementId(statement) };
  };

  data.memberships.forEach((membership, i) => {
    const tier = entity('tiers', 'Tier', membership.tier, ['memberships', i, 'tier']);
    const evidence = resolveEvidence(membership.evidence, ['memberships', i, 'evidence']);
    membership.roles.forEach((role, j) =>
      claim('MEMBER_OF', entity('roles', 'Role', role, ['memberships', i, 'roles', j]), tier, evidence, [
        'memberships',
        i,
        'roles',
        j,
      ]),
    );
  });

  data.attributes.forEach((attribute, i) => {
    const tier = entity('tiers', 'Tier', attribute.tier, ['attributes', i, 'tier']);
    const [kind = '', value = ''] = attribute.value.split('/');
    const known = catalogue.attributes.find((a) => a.kind === kind && a.value === value);
    if (!known) {
      fail(
        ['attributes', i, 'value'],
        `unknown attribute "${attribute.value}"; known: ${catalogue.attributes.map((a) => `${a.kind}/${a.value}`).join(', ')}`,
      );
    }
    const slug = `${kind}-${value}`;
    const ref = addNode({
      label: 'Attribute',
      id: nodeId('Attribute', slug),
      props: { slug, name: known?.name ?? value, kind, value },
    });
    claim(
      'HAS_ATTRIBUTE',
      tier,
      ref,
      resolveEvidence(attribute.evidence, ['attributes', i, 'evidence']),
      ['attributes', i],
      { kind },
    );
  });

  const lists = [
    ['responsibilities', 'Responsibility', 'HAS_RESPONSIBILITY'],
    ['skills', 'Skill', 'REQUIRES_SKILL'],
  ] as const;
  for (const [key, label, type] of lists) {
    data[key].forEach((list, i) => {
      const tier = entity('tiers', 'Tier', list.tier, [key, i, 'tier']);
      const listEvidence = resolveEvidence(list.evidence, [key, i, 'evidence']);
      list.items.forEach((q, j) => {
        const { ref, evidence } = item(label, q, [key, i, 'items', j]);
        claim(type, tier, ref, [...new Set([evidence, ...listEvidence])], [key, i, 'items', j]);
      });
    });
  }

  data.dimensions.forEach((dimensionClaim, i) => {
    const dimension = entity('dimensions', 'Dimension', dimensionClaim.dimension, [
      'dimensions',
      i,
      'dimension',
    ]);
    claim(
      'COMPARES_ON',
      sourceRef,
      dimension,
      resolveEvidence(dimensionClaim.evidence, ['dimensions', i, 'evidence']),
      ['dimensions', i],
    );
    dimensionClaim.characteristics.forEach((characteristic, j) => {
      const path = ['dimensions', i, 'characteristics', j];
      const tier = entity('tiers', 'Tier', characteristic.tier, [...path, 'tier']);
      const evidence = resolveEvidence(characteristic.evidence, [...path, 'evidence']);
      const slug = `${characteristic.tier}--${dimensionClaim.dimension}--${source}`;
      const tierName = String(nodes.get(tier.id)?.props['name'] ?? characteristic.tier);
      const dimensionName = String(nodes.get(dimension.id)?.props['name'] ?? dimensionClaim.dimension);
      const ref = addNode({
        label: 'Characteristic',
        id: nodeId('Characteristic', slug),
        props: {
          slug,
          name: `${tierName}: ${dimensionName.toLowerCase()}`,
          summary: characteristic.summary,
          source,
          tier: characteristic.tier,
          dimension: dimensionClaim.dimension,
          method,
          confidence: confidenceAt(path),
        },
      });
      claim('HAS_CHARACTERISTIC', tier, ref, evidence, path);
      claim('ON_DIMENSION', ref, dimension, evidence, path);
    });
  });

  if (data.collaboration) {
    const { collaboration } = data;
    const tiers = collaboration.tiers.map((t, i) =>
      entity('tiers', 'Tier', t, ['collaboration', 'tiers', i]),
    );
    const groupEvidence = resolveEvidence(collaboration.evidence, ['collaboration', 'evidence']);
    collaboration.benefits.forEach((q, i) => {
      const { ref, evidence } = item('CollaborationBenefit', q, ['collaboration', 'benefits', i]);
      for (const tier of tiers)
        claim('BETWEEN', ref, tier, [evidence, ...groupEvidence], ['collaboration', 'benefits', i]);
    });
  }

  // Provenance on nodes: every semantic node links to the statements behind each claim it is in.
  const evidenceLinks = new Set<string>();
  for (const relationship of [...relationships]) {
    const evidence = relationship.props['evidence'];
    if (!Array.isArray(evidence)) continue;
    for (const end of [relationship.from, relationship.to]) {
      if (!isSemantic(end.label)) continue;
      for (const statement of evidence) {
        const key = `${end.id}>${statement}`;
        if (evidenceLinks.has(key)) continue;
        evidenceLinks.add(key);
        relationships.push({
          type: 'EVIDENCED_BY',
          from: end,
          to: { label: 'Statement', id: statement },
          props: { source },
        });
      }
    }
  }
  return { sourceSlug: source, nodes: [...nodes.values()], relationships };
}
