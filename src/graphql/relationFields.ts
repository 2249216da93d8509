import {
  anyClaim,
  claimsAlong,
  claimsVia,
  keeps,
  nodesAlong,
  statementsByIds,
  type ClaimFilter,
  type MembershipRecord,
} from '../data/claims.ts';
import type { Loaders } from '../data/loaders.ts';
import { andThen, type MaybePromise } from '../data/maybePromise.ts';
import { references, relations, type Reference, type Side } from '../data/relations.ts';
import type { NodeLabel } from '../data/model.ts';
import {
  expectLabel,
  type CharacteristicRecord,
  type ClaimRecord,
  type NodeRecord,
  type RecordOf,
} from '../data/records.ts';
import type { FieldPlan } from '../planner/plan.ts';
import type { ClaimMethod, Resolvers } from './__generated__/resolvers.ts';
import type { GraphQLContext } from './context.ts';
import { claimFilter, textArgument } from './resolvers/arguments.ts';

/**
 * The fields of the API that follow a relationship, one entry each: which side of which
 * relationship of the relation table (src/data/relations.ts) they follow, scoped how. Each entry
 * is the field's resolver and carries its plan, so the planner (src/planner) fetches exactly what
 * the resolver will read, and the two cannot disagree. Adding a field that follows an existing
 * relationship is one entry here and the field in the SDL (README, "Adding a field").
 */

interface ClaimArgs {
  source?: string | null;
  method?: ClaimMethod | null;
  minConfidence?: number | null;
}

// A resolver, with the plan the planner reads.
const planned = <Resolve extends (...args: never[]) => unknown>(resolve: Resolve, plan: FieldPlan) =>
  Object.assign(resolve, { plan });

const sourceOf = (args: ClaimArgs) => textArgument(args.source, 'source');
const filterOf = (args: ClaimArgs): ClaimFilter => claimFilter(args.method, args.minConfidence);

/** The claims along `side`, of the source asked (if any), kept by method and confidence. */
function claims<Near extends NodeRecord, Far extends NodeRecord, Claim>(side: Side<Near, Far, Claim>) {
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
function claimsThen<Near extends NodeRecord, Mid extends NodeRecord, Far extends NodeRecord, Claim>(
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

/** On a claim: the claims along `side` from one of its ends, by the claim's own source. */
function onward<
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
function nodes<Near extends NodeRecord, Far extends NodeRecord>(
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
function characteristics<Near extends NodeRecord>(
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

function reference<L extends NodeLabel, Named>(ref: {
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

export const relationFields = {
  Tier: {
    roles: claims(relations.MEMBER_OF.in),
    responsibilities: claims(relations.HAS_RESPONSIBILITY.out),
    skills: claims(relations.REQUIRES_SKILL.out),
    attributes: claims(relations.HAS_ATTRIBUTE.out),
    characteristics: characteristics(relations.HAS_CHARACTERISTIC.out, 'dimension'),
    collaborationBenefits: nodes(relations.BETWEEN.in),
    evidence: nodes(relations.EVIDENCED_BY.out),
    levels: claims(relations.AT_LEVEL.out),
  },
  Role: {
    tiers: claims(relations.MEMBER_OF.out),
    // The role's tiers by the source asked, then where the same source places each tier.
    levels: claimsThen(relations.MEMBER_OF.out, relations.AT_LEVEL.out, { withoutNear: false }),
    // The role's tiers by the source asked, then each tier's members by the same source as the membership.
    peers: claimsThen(relations.MEMBER_OF.out, relations.MEMBER_OF.in, { withoutNear: true }),
    mentionedIn: nodes(relations.MENTIONS.in),
    evidence: nodes(relations.EVIDENCED_BY.out),
  },
  Membership: {
    responsibilities: onward((m: MembershipRecord) => m.tier, relations.HAS_RESPONSIBILITY.out),
    skills: onward((m: MembershipRecord) => m.tier, relations.REQUIRES_SKILL.out),
  },
  Responsibility: {
    tiers: claims(relations.HAS_RESPONSIBILITY.in),
    roles: claimsThen(relations.HAS_RESPONSIBILITY.in, relations.MEMBER_OF.in, { withoutNear: false }),
    evidence: nodes(relations.EVIDENCED_BY.out),
  },
  Skill: {
    tiers: claims(relations.REQUIRES_SKILL.in),
    roles: claimsThen(relations.REQUIRES_SKILL.in, relations.MEMBER_OF.in, { withoutNear: false }),
    evidence: nodes(relations.EVIDENCED_BY.out),
  },
  Dimension: {
    characteristics: characteristics(relations.ON_DIMENSION.in, 'tier'),
    evidence: nodes(relations.EVIDENCED_BY.out),
  },
  Characteristic: {
    tier: reference(references.tier),
    dimension: reference(references.dimension),
    source: reference(references.source),
    evidence: nodes(relations.EVIDENCED_BY.out, { property: 'source' }),
  },
  CollaborationBenefit: {
    tiers: nodes(relations.BETWEEN.out),
    evidence: nodes(relations.EVIDENCED_BY.out),
  },
  Source: {
    sections: nodes(relations.HAS_SECTION.out),
    dimensions: nodes(relations.COMPARES_ON.out, { property: 'slug' }),
  },
  Section: {
    source: reference(references.source),
    statements: nodes(relations.HAS_STATEMENT.out),
  },
  Statement: {
    source: reference(references.source),
    section: reference(references.section),
    mentions: nodes(relations.MENTIONS.out),
  },
};

/** What every claim object shows the same way: its source, evidence, method and confidence. */
const claimFields = {
  source: (c: { claim: ClaimRecord }, _args: unknown, { loaders }: GraphQLContext) =>
    referencedNode(loaders, references.source.id(c.claim), 'Source'),
  evidence: (c: { claim: ClaimRecord }, _args: unknown, { loaders }: GraphQLContext) =>
    statementsByIds(loaders, c.claim.evidence),
  method: (c: { claim: ClaimRecord }) => c.claim.method,
  confidence: (c: { claim: ClaimRecord }) => c.claim.confidence,
};

/** The resolvers of the GraphQL claim types (relations.ts names them). */
export const claimTypeResolvers: Pick<
  Resolvers,
  'Membership' | 'ResponsibilityClaim' | 'SkillClaim' | 'AttributeClaim' | 'LevelPlacement'
> = {
  Membership: { ...claimFields, ...relationFields.Membership },
  ResponsibilityClaim: claimFields,
  SkillClaim: claimFields,
  AttributeClaim: claimFields,
  LevelPlacement: claimFields,
};
