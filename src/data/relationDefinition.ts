import type { NodeLabel } from './model.ts';
import type { ClaimRecord, NodeRecord } from './records.ts';

/**
 * How a relationship of the graph is described: its type, the labels at its two ends, whether an
 * article claims it (then it carries `source` and `evidence`, and a request can ask for one
 * source's), how a drawing shows it, and, for the claims the API shows as objects of their own,
 * the GraphQL claim type and how its record is made from the two ends. Structure is listed in
 * relations.ts; each kind of claim describes its relations in its folder of src/claimKinds/.
 *
 * Each relationship is read from either end: `out` from its start node, `in` from its end node.
 * A side knows the labels at its near and far end and how to narrow the far node's record, so a
 * field that follows it is typed by it.
 */

/** Either end of a relationship: one label, or any (`EVIDENCED_BY` starts at any semantic node). */
export type End = NodeLabel | 'any';

/** The record of a node at an end. */
export type RecordAt<L extends End> = Extract<NodeRecord, { label: L extends NodeLabel ? L : NodeLabel }>;

export type Direction = 'out' | 'in';

/**
 * How a drawing shows a relationship: its kind (the claim kind's name, or `evidence` and
 * `structure`), what the key calls it, its colour, and whether it orders its ends top-down (a
 * reporting line: the manager above).
 */
export interface EdgeLook {
  kind: string;
  name: string;
  color: string;
  hierarchy: boolean;
}

// Trusted narrowing: the hop's Cypher pattern matched the far node with this label.
function isAt<L extends End>(record: NodeRecord, label: L): record is RecordAt<L> {
  return label === 'any' || record.label === label;
}

function narrowTo<L extends End>(label: L): (record: NodeRecord) => RecordAt<L> {
  return (record) => {
    if (!isAt(record, label)) throw new Error(`expected a ${label}, got ${record.dbId}`);
    return record;
  };
}

/** One relationship read from one end. */
export interface Side<Near extends NodeRecord, Far extends NodeRecord, Claim> {
  type: string;
  direction: Direction;
  near: End;
  far: End;
  /** Whether the relationship is a claim, with `source` and `evidence`. */
  sourced: boolean;
  /** The GraphQL type of its claims, when the API shows them as objects; null otherwise. */
  claimType: string | null;
  farRecord(record: NodeRecord): Far;
  /** The claim's record as the API shows it (only for sides with a claim type). */
  claimRecord(near: Near, far: Far, claim: ClaimRecord): Claim;
}

export interface Relation<
  T extends string,
  Start extends End,
  Finish extends End,
  Claim,
  Sourced extends boolean,
> {
  type: T;
  start: Start;
  end: Finish;
  sourced: Sourced;
  claimType: string | null;
  look: EdgeLook | null;
  out: Side<RecordAt<Start>, RecordAt<Finish>, Claim>;
  in: Side<RecordAt<Finish>, RecordAt<Start>, Claim>;
}

/** Any relation, as the model's lists hold them. */
export interface AnyRelation {
  type: string;
  start: End;
  end: End;
  sourced: boolean;
  claimType: string | null;
  look: EdgeLook | null;
  out: Side<never, NodeRecord, unknown>;
  in: Side<never, NodeRecord, unknown>;
}

interface ClaimBuild<S extends End, E extends End, C> {
  type: string;
  /** The record read from the start node (`out`) and from the end node (`in`). */
  out: (start: RecordAt<S>, end: RecordAt<E>, claim: ClaimRecord) => C;
  in: (start: RecordAt<S>, end: RecordAt<E>, claim: ClaimRecord) => C;
}

function define<T extends string, S extends End, E extends End, C, Src extends boolean>(
  type: T,
  [start, end]: readonly [S, E],
  sourced: Src,
  look: EdgeLook | null,
  claim: ClaimBuild<S, E, C> | null,
): Relation<T, S, E, C, Src> {
  const noRecord = (): C => {
    throw new Error(`${type} has no claim type`);
  };
  const claimType = claim?.type ?? null;
  const side = { type, sourced, claimType };
  return {
    type,
    start,
    end,
    sourced,
    claimType,
    look,
    out: {
      ...side,
      direction: 'out',
      near: start,
      far: end,
      farRecord: narrowTo(end),
      claimRecord: claim ? (near, far, c) => claim.out(near, far, c) : noRecord,
    },
    in: {
      ...side,
      direction: 'in',
      near: end,
      far: start,
      farRecord: narrowTo(start),
      claimRecord: claim ? (near, far, c) => claim.in(far, near, c) : noRecord,
    },
  };
}

type ClaimShape<S extends NodeLabel, E extends NodeLabel> = Record<Uncapitalize<S>, RecordAt<S>> &
  Record<Uncapitalize<E>, RecordAt<E>> & { claim: ClaimRecord };

/**
 * A claim the API shows as an object of GraphQL type `claimType`: its record holds the two end
 * records under their labels' names in lower camel case (the convention the planner relies on to
 * know which field reaches which end; the type below holds `record` to it) and the claim.
 */
export function claimRelation<
  T extends string,
  S extends NodeLabel,
  E extends NodeLabel,
  C extends ClaimShape<S, E>,
>(
  type: T,
  ends: readonly [S, E],
  claimType: string,
  look: EdgeLook,
  record: (start: RecordAt<S>, end: RecordAt<E>, claim: ClaimRecord) => C,
): Relation<T, S, E, C, true> {
  return define(type, ends, true, look, { type: claimType, out: record, in: record });
}

/**
 * A claim between two nodes of one label (a role reporting to a role): its record holds the other
 * end, the one the side reads towards, under the label's name (the planner's convention), and the
 * claim.
 */
export function sameLabelClaimRelation<T extends string, L extends NodeLabel, C extends ClaimShape<L, L>>(
  type: T,
  label: L,
  claimType: string,
  look: EdgeLook,
  record: (other: RecordAt<L>, claim: ClaimRecord) => C,
): Relation<T, L, L, C, true> {
  return define(type, [label, label], true, look, {
    type: claimType,
    out: (_start, end, claim) => record(end, claim),
    in: (start, _end, claim) => record(start, claim),
  });
}

/** A claim the API shows through the node at its far end (a characteristic, a benefit's tiers). */
export const sourcedRelation = <T extends string, S extends End, E extends End>(
  type: T,
  ends: readonly [S, E],
  look: EdgeLook,
) => define<T, S, E, never, true>(type, ends, true, look, null);

/** Structure of the articles, or links no article claims. */
export const structuralRelation = <T extends string, S extends End, E extends End>(
  type: T,
  ends: readonly [S, E],
) => define<T, S, E, never, false>(type, ends, false, null, null);

/** The record of a claim of a relation with a GraphQL claim type. */
export type ClaimRecordOf<R extends { out: { claimRecord: (...args: never[]) => unknown } }> = ReturnType<
  R['out']['claimRecord']
>;
