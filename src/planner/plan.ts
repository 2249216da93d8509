import type { Hop } from '../data/loaders.ts';
import type { NodeLabel } from '../data/model.ts';
import type { Reference, Side } from '../data/relations.ts';
import type { NodeRecord } from '../data/records.ts';

/**
 * What an operation will fetch around each node, planned from its selection (planOperation.ts)
 * and compiled into one Cypher expression that also reads its rows back (compile.ts).
 */

/**
 * Which claims a hop keeps: any, those of one named source, those of the same source as the claim
 * the hop starts from (a membership's tier, as that source sees it), or those of the source a
 * property of the near node names (a characteristic's own source, a source's own slug).
 */
export type SourceScope =
  | { kind: 'any' }
  | { kind: 'named'; source: string }
  | { kind: 'claim' }
  | { kind: 'property'; property: 'slug' | 'source' };

/** Everything an operation will ask about a node beyond its own properties. */
export interface NodePlan {
  /** The node's label; null where a hop reaches nodes of any label. */
  label: NodeLabel | null;
  hops: HopPlan[];
  refs: RefPlan[];
}

export interface RefPlan {
  ref: Reference;
  plan: NodePlan;
}

/** One hop the operation follows, and what it will ask about the claims and nodes it reaches. */
export interface HopPlan {
  hop: Hop;
  scope: SourceScope;
  far: NodePlan;
  /** Hops from the near node that depend on each claim's source (a tier's roles → their tier's responsibilities). */
  nearHops: HopPlan[];
  /** The claims' evidence statements, when asked for. */
  evidence: NodePlan | null;
  /** The claims' Source node, when asked for. */
  claimSource: NodePlan | null;
}

export const emptyPlan = (label: NodeLabel | null): NodePlan => ({ label, hops: [], refs: [] });

export type AnySide = Side<NodeRecord, NodeRecord, unknown>;

/**
 * How a field of the API that follows relationships is planned, declared beside its resolver
 * (src/graphql/relationFields.ts): the claims along one side of a relationship or two in a row,
 * those of several such paths shown as one GraphQL type (`shownAs`: a role's own claim to a
 * responsibility and its tier's),
 * the nodes at the far end of one, or a node named by reference. `argument`: the field's `source`
 * argument scopes the first hop; `claim`: the source of the claim the field hangs off does;
 * `property`: a property of the node itself does.
 */
export type FieldPlan =
  | ClaimsPlan
  | { kind: 'paths'; paths: readonly ClaimsPlan[]; shownAs: string }
  | { kind: 'nodes'; side: AnySide; scope: 'argument' | { property: 'slug' | 'source' } }
  | { kind: 'reference'; ref: Reference };

/** Claims along one side or several in a row. */
export interface ClaimsPlan {
  kind: 'claims';
  steps: readonly [AnySide, ...AnySide[]];
  scope: 'argument' | 'claim';
}

/** The planned fields of each GraphQL type, by field name. */
export type FieldPlans = Readonly<Record<string, Readonly<Record<string, { plan: FieldPlan }>>>>;
