import { isSemantic, nodeId, type NodeLabel, type RelationshipType } from '../../data/model.ts';
import type { GraphPlan, PlannedRelationship, PropertyValue } from './graphPlan.ts';

/** The nodes of one label to write, each with its properties (its id among them). */
export interface NodeGroup {
  label: NodeLabel;
  rows: { id: string; props: Record<string, PropertyValue> }[];
}

/** The relationships of one type between two labels, each with its properties (its key among them). */
export interface RelationshipGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  rows: { from: string; to: string; props: Record<string, PropertyValue> }[];
}

/**
 * What one write transaction does for a batch of articles, computed before it opens: the sources
 * it replaces (their Source node ids for the locks), the nodes per label and the relationships
 * per type and end labels, one statement each, and the entities it writes, to check afterwards.
 */
export interface WriteBatch {
  sources: string[];
  locks: { id: string; slug: string }[];
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  entityIds: string[];
}

/** A relationship's identity: what it joins and says; the n-th identical one in a plan is told apart by n. */
export function relationshipKeys(relationships: readonly PlannedRelationship[]): string[] {
  const seen = new Map<string, number>();
  return relationships.map((r) => {
    const base = `${r.type}|${r.from.id}|${r.to.id}|${String(r.props['source'] ?? '')}|${String(r.props['kind'] ?? '')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

// Each group holds at least the item that opened it.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, [T, ...T[]]> {
  const groups = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The write of the articles' plans, as batches of rows per statement. Pure. */
export function planWrite(plans: readonly GraphPlan[]): WriteBatch {
  const sources = [...new Set(plans.map((plan) => plan.sourceSlug))].sort();
  const nodes = plans.flatMap((plan) => plan.nodes);
  const nodeGroups = [...groupBy(nodes, (node) => node.label).values()].map((group) => ({
    label: group[0].label,
    rows: group.map((node) => ({ id: node.id, props: { ...node.props, id: node.id } })),
  }));
  const relationships = plans.flatMap((plan) => {
    const keys = relationshipKeys(plan.relationships);
    return plan.relationships.map((r, i) => ({ ...r, props: { ...r.props, key: keys[i]! } }));
  });
  const relationshipGroups = [
    ...groupBy(relationships, (r) => `${r.type}|${r.from.label}|${r.to.label}`).values(),
  ].map((group) => ({
    type: group[0].type,
    from: group[0].from.label,
    to: group[0].to.label,
    rows: group.map((r) => ({ from: r.from.id, to: r.to.id, props: r.props })),
  }));
  return {
    sources,
    locks: sources.map((slug) => ({ id: nodeId('Source', slug), slug })),
    nodes: nodeGroups,
    relationships: relationshipGroups,
    entityIds: [...new Set(nodes.filter((node) => isSemantic(node.label)).map((node) => node.id))],
  };
}
