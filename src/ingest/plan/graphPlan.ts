import type { NodeLabel, RelationshipType } from '../../data/model.ts';

/** A plan is the pure result of resolving one article: the nodes and relationships to write. */

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
  /** What the load reports about the article without refusing it (a tier it could not place, and why). */
  notes?: string[];
}
