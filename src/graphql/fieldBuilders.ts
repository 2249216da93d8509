import {
  anyClaim,
  claimsAlong,
  claimsVia,
  keeps,
  nodesAlong,
  statementsByIds,
  type ClaimFilter,
} from '../data/claims.ts';
import type { Loaders } from '../data/loaders.ts';
import { andThen, type MaybePromise } from '../data/maybePromise.ts';
import { references, type Reference, type Side } from '../data/relations.ts';
import type { NodeLabel } from '../data/model.ts';
import {
  expectLabel,
  type CharacteristicRecord,
  type ClaimRecord,
  type NodeRecord,
  type RecordOf,
  type RoleRecord,
  type TierRecord,
} from '../data/records.ts';
import type { HeldThrough } from '../data/tierClaims.ts';
import type { FieldPlan } from '../planner/plan.ts';
import type { ClaimMethod } from './__generated__/resolvers.ts';
import type { GraphQLContext } from './context.ts';
import { claimFilter, textArgument } from './resolvers/arguments.ts';

/**
 * How a field of the API that follows a relationship is made: which side of which relation
 * (src/data/relations.ts, src/claimKinds/) it follows, scoped how. Each builder gives the field's
 * resolver carrying its plan, so the planner (src/planner) fetches exactly what the resolver will
 * read, and the two cannot disagree. relationFields.ts and each claim kind's `fields.ts` use them.
 */

interface ClaimArgs {
  source?: string | null;
  method?: ClaimMethod | null;
  minConfidence?: number | null;
}

// A resolver, with the plan the planner reads.
export const planned = <Resolve extends (...args: never[]) => unknown>(resolve: Resolve, plan: FieldPlan) =>
  Object.assign(resolve, { plan });

const sourceOf = (args: ClaimArgs) => textArgument(args.source, 'source');
const filterOf = (args: ClaimArgs): ClaimFilter => claimFilter(args.method, args.minConfidence);

/** The claims along `side`, of the source asked (if any), kept by method and confidence. */
export function claims<Near extends NodeRecord, Far extends NodeRecord, Claim>(side: Side<Near, Far, Claim>) {
  return planned(
    (near: Near, args: ClaimArgs, { loaders }: GraphQLContext) =>
      claimsAlong(loaders, side, near, sourceOf(args), filterOf(args)),
    { kind: 'claims', steps: [side], scope: 'argument' },
  );
}

/**
 * The claims along `then` from each node `first` reaches, each by the source of the claim that
 * reached it; `filter` applies to both; `withoutNear` leaves out claims back to the node asked.
 */
export function claimsThen<Near extends NodeRecord, Mid extends NodeRecord, Far extends NodeRecord, Claim>(
  first: Side<Near, Mid, unknown>,
  then: Side<Mid, Far, Claim>,
  { withoutNear }: { withoutNear: boolean },
) {
  return planned(
    (near: Near, args: ClaimArgs, { loaders }: GraphQLContext) =>
      claimsVia(loaders, first, then, near, sourceOf(args), filterOf(args), withoutNear),
    { kind: 'claims', steps: [first, then], scope: 'argument' },
  );
}

/** A role holding a responsibility or skill by one claim: its own, or its membership of a tier that holds it. */
export interface RoleHoldingRecord {
  role: RoleRecord;
  through: HeldThrough;
  tier: TierRecord | null;
  claim: ClaimRecord;
}

/**
 * The roles that hold an item, each by one claim: those a source gives it to themselves (`own`),
 * then the members of the tiers a source says hold it, by the same source (`tier`, then
 * `membership`). The `through` argument keeps one of the two.
 */
export function roleHoldings<Near extends NodeRecord>(
  own: Side<Near, RoleRecord, { role: RoleRecord; claim: ClaimRecord }>,
  tier: Side<Near, TierRecord, unknown>,
  membership: Side<TierRecord, RoleRecord, { role: RoleRecord; tier: TierRecord; claim: ClaimRecord }>,
) {
  return planned(
    (near: Near, args: ClaimArgs & { through?: HeldThrough | null }, { loaders }: GraphQLContext) => {
      const source = sourceOf(args);
      const filter = filterOf(args);
      const owned: MaybePromise<RoleHoldingRecord[]> =
        args.through === 'TIER'
          ? []
          : andThen(claimsAlong(loaders, own, near, source, filter), (claims) =>
              claims.map((c) => ({ role: c.role, through: 'OWN' as const, tier: null, claim: c.claim })),
            );
      const held: MaybePromise<RoleHoldingRecord[]> =
        args.through === 'OWN'
          ? []
          : andThen(claimsVia(loaders, tier, membership, near, source, filter, false), (claims) =>
              claims.map((c) => ({ role: c.role, through: 'TIER' as const, tier: c.tier, claim: c.claim })),
            );
      return andThen(owned, (a) => andThen(held, (b) => [...a, ...b]));
    },
    {
      kind: 'paths',
      paths: [
        { kind: 'claims', steps: [own], scope: 'argument' },
        { kind: 'claims', steps: [tier, membership], scope: 'argument' },
      ],
      shownAs: 'RoleHolding',
    },
  );
}

/** On a claim: the claims along `side` from one of its ends, by the claim's own source. */
export function onward<
  Parent extends { claim: ClaimRecord },
  Near extends NodeRecord,
  Far extends NodeRecord,
  Claim,
>(end: (claim: Parent) => Near, side: Side<Near, Far, Claim>) {
  return planned(
    (claim: Parent, _args: unknown, { loaders }: GraphQLContext) =>
      claimsAlong(loaders, side, end(claim), claim.claim.source, anyClaim),
    { kind: 'claims', steps: [side], scope: 'claim' },
  );
}

/** The nodes at the far end of `side`, of the source asked (or named by `scope`), kept by their claims. */
export function nodes<Near extends NodeRecord, Far extends NodeRecord>(
  side: Side<Near, Far, unknown>,
  scope: 'argument' | { property: 'slug' | 'source' } = 'argument',
) {
  const sourceFrom =
    scope === 'argument'
      ? (_near: Near, args: ClaimArgs) => sourceOf(args)
      : (near: Near) => scopeProperty(near, scope.property);
  return planned(
    (near: Near, args: ClaimArgs, { loaders }: GraphQLContext) =>
      nodesAlong(loaders, side, near, sourceFrom(near, args), filterOf(args)),
    { kind: 'nodes', side, scope },
  );
}

// A source named by the node itself: a source's slug, a characteristic's source.
const scopeProperty = (node: NodeRecord, property: 'slug' | 'source'): string | null =>
  property === 'slug' ? node.slug : 'source' in node ? node.source : null;

/**
 * Characteristics, kept by their own method and confidence (the ones they show) and by the tier
 * or dimension argument `narrow` names.
 */
export function characteristics<Near extends NodeRecord>(
  side: Side<Near, CharacteristicRecord, unknown>,
  narrow: 'tier' | 'dimension',
) {
  return planned(
    (
      near: Near,
      args: ClaimArgs & { tier?: string | null; dimension?: string | null },
      context: GraphQLContext,
    ) => {
      const value = textArgument(args[narrow], narrow);
      const filter = filterOf(args);
      return andThen(nodesAlong(context.loaders, side, near, sourceOf(args)), (found) =>
        found.filter((c) => (value === null || c[narrow] === value) && keeps(filter, c)),
      );
    },
    { kind: 'nodes', side, scope: 'argument' },
  );
}

/**
 * A node another one names by key (a statement's source, a characteristic's tier): the graph's
 * structure guarantees it, so its absence is a broken graph, reported as internal.
 */
export function referencedNode<L extends NodeLabel>(
  loaders: Loaders,
  id: string,
  label: L,
): MaybePromise<RecordOf<L>> {
  return andThen(loaders.node(id), (node) => {
    if (node === null) throw new Error('a node referenced by the graph is missing');
    return expectLabel(node, label);
  });
}

export function reference<L extends NodeLabel, Named>(ref: {
  name: Reference;
  label: L;
  id: (node: Named) => string;
}) {
  return planned(
    (node: Named, _args: unknown, { loaders }: GraphQLContext) =>
      referencedNode(loaders, ref.id(node), ref.label),
    { kind: 'reference', ref: ref.name },
  );
}

/** What every claim object shows the same way: its source, evidence, method and confidence. */
export const claimFields = {
  source: (c: { claim: ClaimRecord }, _args: unknown, { loaders }: GraphQLContext) =>
    referencedNode(loaders, references.source.id(c.claim), 'Source'),
  evidence: (c: { claim: ClaimRecord }, _args: unknown, { loaders }: GraphQLContext) =>
    statementsByIds(loaders, c.claim.evidence),
  method: (c: { claim: ClaimRecord }) => c.claim.method,
  confidence: (c: { claim: ClaimRecord }) => c.claim.confidence,
};
