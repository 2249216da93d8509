import type { GraphPlan, NodeRef, PlannedNode, PlannedRelationship } from '../plan/graphPlan.ts';

/**
 * The nodes and relationships one article resolves to, gathered as the resolve steps find them.
 * A node is kept as first added: a later step naming the same entity refers to it, never
 * overwrites it.
 */
export class PlanBuilder {
  private readonly nodes = new Map<string, PlannedNode>();
  private readonly relationships: PlannedRelationship[] = [];
  private readonly notes: string[] = [];

  constructor(readonly sourceSlug: string) {}

  addNode(node: PlannedNode): NodeRef {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return { label: node.label, id: node.id };
  }

  /** A property of a node added earlier (a name to build another name from). */
  nodeProperty(ref: NodeRef, key: string): PlannedNode['props'][string] | undefined {
    return this.nodes.get(ref.id)?.props[key];
  }

  addRelationship(relationship: PlannedRelationship): void {
    this.relationships.push(relationship);
  }

  /** The relationships so far, for a step that derives more from them (provenance). */
  relationshipsSoFar(): readonly PlannedRelationship[] {
    return [...this.relationships];
  }

  /** Something the load reports about the article (it is still loaded). */
  note(text: string): void {
    this.notes.push(text);
  }

  plan(): GraphPlan {
    return {
      sourceSlug: this.sourceSlug,
      nodes: [...this.nodes.values()],
      relationships: [...this.relationships],
      ...(this.notes.length > 0 ? { notes: [...this.notes] } : {}),
    };
  }
}
