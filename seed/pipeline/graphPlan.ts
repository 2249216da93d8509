/**
 * The graph model, as the loader writes it and the data layer reads it. A plan is the pure
 * result of resolving one article: the nodes and relationships to write, nothing else.
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
export const nodeLabels = [...sourceLabels, ...semanticLabels] as const;
export type NodeLabel = (typeof nodeLabels)[number];
export type SemanticLabel = (typeof semanticLabels)[number];

export const relationshipTypes = [
  'HAS_SECTION',
  'HAS_STATEMENT',
  'MENTIONS',
  'MEMBER_OF',
  'HAS_ATTRIBUTE',
  'HAS_RESPONSIBILITY',
  'REQUIRES_SKILL',
  'HAS_CHARACTERISTIC',
  'ON_DIMENSION',
  'COMPARES_ON',
  'BETWEEN',
  'EVIDENCED_BY',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** Relationships that state something an article claims; each carries `source` and `evidence`. */
export const claimTypes = [
  'MEMBER_OF',
  'HAS_ATTRIBUTE',
  'HAS_RESPONSIBILITY',
  'REQUIRES_SKILL',
  'HAS_CHARACTERISTIC',
  'ON_DIMENSION',
  'COMPARES_ON',
  'BETWEEN',
] as const satisfies readonly RelationshipType[];

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

export interface PlannedNode extends NodeRef {
  props: Record<string, PropertyValue>;
}

export interface PlannedRelationship {
  type: RelationshipType;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, PropertyValue>;
}

export interface GraphPlan {
  sourceSlug: string;
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

/** Stable id of a node: its label and slug, never Neo4j's internal id. */
export function nodeId(label: NodeLabel, slug: string): string {
  return `${label}:${slug}`;
}

export function isSemantic(label: NodeLabel): label is SemanticLabel {
  return (semanticLabels as readonly string[]).includes(label);
}
