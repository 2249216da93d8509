import {
  claimCount,
  nodesOf,
  relationshipsOf,
  semanticNodes,
  type GraphCounts,
} from '../data/graphCounts.ts';
import { nodeLabels, relationshipTypes, type NodeLabel, type RelationshipType } from '../data/model.ts';
import { relationFields } from '../graphql/relationFields.ts';
import type { AnySide, FieldPlan } from '../planner/plan.ts';

/**
 * How many items a list whose length depends on the data is estimated to hold, from the graph's
 * counts (the count store): a field that follows relationships holds, per parent, the average
 * degree of its side (relationships of the type over nodes at the near end), one factor per step
 * (a role's peers: its tiers, then their members); a step scoped to one source (the `source`
 * argument, or the source of the claim it hangs off) holds what one source states about the near
 * node, an average over the sources that speak of it. The root lists hold every node of their
 * label, and each claim's evidence as many statements as the graph's claims cite on average.
 */

/** Tiers an article speaks of: the two its title compares ("X vs Y"), as the coverage estimate has it. */
const tiersPerSource = 2;

const isLabel = (end: string): end is NodeLabel => nodeLabels.some((label) => label === end);
const isType = (type: string): type is RelationshipType => relationshipTypes.some((t) => t === type);

/** Every relation field's plan, by schema coordinate (`Role.peers`). */
const relationPlans: ReadonlyMap<string, FieldPlan> = new Map(
  Object.entries(relationFields).flatMap(([type, fields]) => {
    const planned: Readonly<Record<string, { plan: FieldPlan }>> = fields;
    return Object.entries(planned).map(([name, field]): [string, FieldPlan] => [
      `${type}.${name}`,
      field.plan,
    ]);
  }),
);

function nearNodes(side: AnySide, counts: GraphCounts): number {
  return side.near === 'any' ? semanticNodes(counts) : isLabel(side.near) ? nodesOf(counts, [side.near]) : 0;
}

/** Average relationships of the side's type per node at its near end; with `scoped`, per source that speaks of it. */
function degree(side: AnySide, counts: GraphCounts, scoped: boolean): number {
  const relationships = isType(side.type) ? relationshipsOf(counts, [side.type]) : 0;
  const average = relationships / Math.max(1, nearNodes(side, counts));
  if (!scoped || side.near === 'any' || side.near === 'Source') return average;
  const sources = Math.max(1, nodesOf(counts, ['Source']));
  // What one source states about one near node: a tier's share of what the source states (it
  // speaks of a few tiers), a dimension's likewise; anything else a source states once.
  const perSource =
    side.near === 'Tier'
      ? relationships / (sources * tiersPerSource)
      : side.near === 'Dimension'
        ? relationships / Math.max(1, relationshipsOf(counts, ['COMPARES_ON']))
        : 1;
  return Math.min(average, Math.max(1, perSource));
}

const named = (args: Record<string, unknown>, name: string): boolean => {
  const value = args[name];
  return typeof value === 'string' && value.trim() !== '';
};

function planSize(plan: FieldPlan, args: Record<string, unknown>, counts: GraphCounts): number | undefined {
  const bySource = named(args, 'source');
  switch (plan.kind) {
    case 'reference':
      return undefined;
    case 'nodes':
      return degree(plan.side, counts, bySource || plan.scope !== 'argument');
    case 'claims': {
      // The first step by the source asked (or the claim's), each later one by the claim that reached it.
      const [first, ...rest] = plan.steps;
      return rest.reduce(
        (size, step) => size * degree(step, counts, true),
        degree(first, counts, bySource || plan.scope === 'claim'),
      );
    }
    case 'paths':
      return plan.paths.reduce((size, path) => size + (planSize(path, args, counts) ?? 0), 0);
  }
}

/** Statements a claim cites, on average: evidence links over claims. */
const evidencePerClaim = (counts: GraphCounts): number =>
  relationshipsOf(counts, ['EVIDENCED_BY']) / Math.max(1, claimCount(counts));

/** Lists sized by the data that are not relation fields, by schema coordinate. */
const dataSizedLists: Readonly<
  Record<string, (args: Record<string, unknown>, counts: GraphCounts) => number>
> = {
  'Query.tiers': (_args, counts) => nodesOf(counts, ['Tier']),
  'Query.sources': (_args, counts) => nodesOf(counts, ['Source']),
  'Query.collaborationBenefits': (_args, counts) => nodesOf(counts, ['CollaborationBenefit']),
  'Query.dimensions': (args, counts) =>
    named(args, 'source')
      ? relationshipsOf(counts, ['COMPARES_ON']) / Math.max(1, nodesOf(counts, ['Source']))
      : nodesOf(counts, ['Dimension']),
  // One side per source that claims something about the subject (a tier's or a role's memberships and attributes).
  'Disagreement.sides': (_args, counts) =>
    Math.min(
      nodesOf(counts, ['Source']),
      relationshipsOf(counts, ['MEMBER_OF', 'HAS_ATTRIBUTE']) /
        Math.max(1, nodesOf(counts, ['Tier', 'Role']) * tiersPerSource),
    ),
  // A level's consensus group: one claim per source that states it, mostly.
  'ResponsibilityConsensus.members': (_args, counts) => nodesOf(counts, ['Source']),
  'SkillConsensus.members': (_args, counts) => nodesOf(counts, ['Source']),
  'CharacteristicConsensus.members': (_args, counts) => nodesOf(counts, ['Source']),
  'DisagreementSide.evidence': (_args, counts) => evidencePerClaim(counts),
  'Membership.evidence': (_args, counts) => evidencePerClaim(counts),
  'RoleHolding.evidence': (_args, counts) => evidencePerClaim(counts),
  'ResponsibilityClaim.evidence': (_args, counts) => evidencePerClaim(counts),
  'SkillClaim.evidence': (_args, counts) => evidencePerClaim(counts),
  'AttributeClaim.evidence': (_args, counts) => evidencePerClaim(counts),
  'TierClaim.evidence': (_args, counts) => evidencePerClaim(counts),
};

/** The coordinates of the lists whose length is estimated from the data. */
export const dataSizedCoordinates: readonly string[] = [
  ...relationPlans.keys(),
  ...Object.keys(dataSizedLists),
];

/**
 * How many items the list field at `coordinate` is estimated to hold per parent on a graph of
 * these counts (at least one), or undefined when its length does not depend on the data.
 */
export function dataSizedListSize(
  coordinate: string,
  args: Record<string, unknown>,
  counts: GraphCounts,
): number | undefined {
  const plan = relationPlans.get(coordinate);
  const size = plan ? planSize(plan, args, counts) : dataSizedLists[coordinate]?.(args, counts);
  return size === undefined ? undefined : Math.max(1, Math.ceil(size));
}
