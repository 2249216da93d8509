import type { Hop, HopResult, Loaders } from './loaders.ts';
import { all, andThen, type MaybePromise } from './maybePromise.ts';
import type { ClaimMethod, NodeLabel } from './model.ts';
import { inReadingOrder, type Side } from './relations.ts';
import { isLabel, type ClaimRecord, type NodeRecord, type StatementRecord } from './records.ts';

/**
 * Following the relationships of relations.ts from a node: the rows of one side of a
 * relationship through the request's loaders (or what a planned statement already fetched), kept
 * by source and by how the claims were made, as claim records or as the far nodes. Every field of
 * the API that follows a relationship resolves through these (src/graphql/relationFields.ts).
 */

/**
 * Which claims a list keeps by how they were made: one method, at least some confidence (null:
 * any). Applied to the claims once loaded, so loader keys and planned statements do not depend
 * on it, and a request asking for one hop with and without it reads the hop once.
 */
export interface ClaimFilter {
  method: ClaimMethod | null;
  minConfidence: number | null;
}

export const anyClaim: ClaimFilter = { method: null, minConfidence: null };

/** Whether `filter` keeps a claim, or a characteristic (which carries the same two properties). */
export function keeps(filter: ClaimFilter, claim: { method: ClaimMethod; confidence: number }): boolean {
  return (
    (filter.method === null || claim.method === filter.method) &&
    (filter.minConfidence === null || claim.confidence >= filter.minConfidence)
  );
}

// The rows of a hop whose claims `filter` keeps.
const kept = (rows: readonly HopResult[], filter: ClaimFilter): readonly HopResult[] =>
  filter === anyClaim ? rows : rows.filter((row) => keeps(filter, row.claim));

/** The loader's key for one side of a relationship followed from a node of label `near`. */
export function hopOf(side: Side<NodeRecord, NodeRecord, unknown>, near: NodeLabel): Hop {
  return side.far === 'any'
    ? { type: side.type, direction: side.direction, from: near }
    : { type: side.type, direction: side.direction, from: near, to: side.far };
}

/** The claims along `side` from `near`, of one source (null: any), that `filter` keeps. */
export function claimsAlong<Near extends NodeRecord, Far extends NodeRecord, Claim>(
  loaders: Loaders,
  side: Side<Near, Far, Claim>,
  near: Near,
  source: string | null,
  filter: ClaimFilter,
): MaybePromise<Claim[]> {
  return andThen(loaders.hop(hopOf(side, near.label), near.dbId, source), (rows) =>
    kept(rows, filter).map((row) => side.claimRecord(near, side.farRecord(row.node), row.claim)),
  );
}

/**
 * Claims two steps away: along `first` from `near` by one source, then along `then` from each far
 * node by the same source as the claim that reached it (a responsibility's tiers, then the roles
 * that source places in each). `filter` applies to both steps; `withoutNear` drops claims that
 * lead back to `near` (a role is not its own peer).
 */
export function claimsVia<Near extends NodeRecord, Mid extends NodeRecord, Far extends NodeRecord, Claim>(
  loaders: Loaders,
  first: Side<Near, Mid, unknown>,
  then: Side<Mid, Far, Claim>,
  near: Near,
  source: string | null,
  filter: ClaimFilter,
  withoutNear: boolean,
): MaybePromise<Claim[]> {
  return andThen(loaders.hop(hopOf(first, near.label), near.dbId, source), (rows) =>
    andThen(
      all(
        kept(rows, filter).map((row) => {
          const mid = first.farRecord(row.node);
          return andThen(loaders.hop(hopOf(then, mid.label), mid.dbId, row.claim.source), (farRows) =>
            kept(farRows, filter)
              .filter((far) => !withoutNear || far.node.dbId !== near.dbId)
              .map((far) => then.claimRecord(mid, then.farRecord(far.node), far.claim)),
          );
        }),
      ),
      (claims) => claims.flat(),
    ),
  );
}

/**
 * The far nodes along `side` from `near`, by one source (null: any), whose claim `filter` keeps
 * (structural relationships carry no claim and are all kept), in the relation's row order.
 */
export function nodesAlong<Near extends NodeRecord, Far extends NodeRecord>(
  loaders: Loaders,
  side: Side<Near, Far, unknown>,
  near: NodeRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<Far[]> {
  return andThen(loaders.hop(hopOf(side, near.label), near.dbId, source), (rows) => {
    const nodes = kept(rows, filter).map((row) => side.farRecord(row.node));
    return inReadingOrder(side.far)
      ? nodes.sort((a, b) => byReadingOrder(readingPlace(a), readingPlace(b)))
      : nodes;
  });
}

/** The statements a claim cites, in reading order. */
export function statementsByIds(loaders: Loaders, ids: readonly string[]): MaybePromise<StatementRecord[]> {
  return andThen(loaders.nodes(ids), (records) =>
    records.filter((r): r is StatementRecord => isLabel(r, 'Statement')).sort(byReadingOrder),
  );
}

// Where a statement or section stands in the articles.
const readingPlace = (record: NodeRecord) =>
  isLabel(record, 'Statement') || isLabel(record, 'Section') ? record : { source: '', position: 0 };

function byReadingOrder(a: { source: string; position: number }, b: { source: string; position: number }) {
  return a.source.localeCompare(b.source) || a.position - b.position;
}

export type { ClaimRecord };
