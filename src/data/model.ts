import { relationList, type ClaimType, type RelationshipType } from './relations.ts';

/**
 * The graph model: node labels and relationship types, as the seed pipeline writes them and the
 * data layer reads them. GraphQL type names equal the labels.
 */

export const sourceLabels = ['Source', 'Section', 'Statement'] as const;
export const semanticLabels = [
  'Tier',
  'Role',
  'Dimension',
  'Attribute',
  'Responsibility',
  'Skill',
  'Characteristic',
  'CollaborationBenefit',
] as const;
/**
 * Reference nodes, curated in the catalogue rather than claimed by an article: the ladder of
 * levels tiers are placed on, and the canonical dimensions articles' dimensions are grouped under.
 * Every load writes them as the catalogue has them, with the articles that use them: a canonical
 * dimension goes when no dimension is grouped under it any more, the ladder when no source is left.
 */
export const referenceLabels = ['Level', 'CanonicalDimension'] as const;
export const nodeLabels = [...sourceLabels, ...semanticLabels, ...referenceLabels] as const;
export type NodeLabel = (typeof nodeLabels)[number];
export type SemanticLabel = (typeof semanticLabels)[number];

/** The relationship types (relations.ts lists each), in the order counts list them. */
export const relationshipTypes: readonly RelationshipType[] = [
  ...new Set(relationList.map((relation) => relation.type).filter(isRelationshipType)),
];
export type { RelationshipType, ClaimType };

/** Relationships that state something an article claims; each carries `source` and `evidence`. */
export const claimTypes: readonly ClaimType[] = [
  ...new Set(
    relationList
      .filter((relation) => relation.sourced)
      .map((relation) => relation.type)
      .filter(isClaimType),
  ),
];

// The relation list's types are the model's by construction; these narrow a relation's `type`.
function isRelationshipType(type: string): type is RelationshipType {
  return relationList.some((relation) => relation.type === type);
}
function isClaimType(type: string): type is ClaimType {
  return relationList.some((relation) => relation.sourced && relation.type === type);
}

/**
 * How a claim came into the graph, stored as `method` on every claim relationship and on each
 * Characteristic, next to a `confidence` in [0, 1]: from hand-made annotations (confidence 1) or
 * extracted automatically from the text. Graphs written before these existed lack both; their
 * claims were all curated (records.ts reads them so).
 */
export const claimMethods = ['CURATED', 'EXTRACTED'] as const;
export type ClaimMethod = (typeof claimMethods)[number];

/**
 * A label or relationship type about to be written into Cypher text, checked against the model's
 * closed lists: such names come from the model, never from a request, and cannot be parameters.
 */
export function checkedName<T extends string>(value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new Error(`not part of the graph model: ${value}`);
  return value;
}

/** Stable id of a node: its label and slug, never Neo4j's internal id. */
export function nodeId(label: NodeLabel, slug: string): string {
  return `${label}:${slug}`;
}

export function isSemantic(label: NodeLabel): label is SemanticLabel {
  return (semanticLabels as readonly string[]).includes(label);
}

/** The full-text index over statement text and entity names that `search` queries. */
export const fullTextIndex = 'knowledge_text';
/** English analysis (stemming) so that "budget" finds "Review budgets and control expenses". */
export const fullTextAnalyzer = 'english';
