import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Hop } from '../data/loaders.ts';
import type { NodeLabel } from '../data/model.ts';
import {
  emptyPlan,
  referenceLabels,
  type HopPlan,
  type NodePlan,
  type Reference,
  type SourceScope,
} from '../data/prefetch.ts';
import { optionalText } from './resolvers/arguments.ts';

/**
 * Reads ahead in an operation: from the selection under a root field, the plan of every hop the
 * resolvers below will follow (with the same arguments), so the root's query can fetch them all
 * in one statement. Fields it does not know cost nothing here: their resolvers load what they
 * need through the loaders, as they would without a plan.
 */

type Args = ResolveTree['args'];

/** The subtrees selected on type `typeName` under each tree (aliases and fragments merged by the parser). */
export function selections(trees: readonly ResolveTree[], typeName: string, field: string): ResolveTree[] {
  return trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName[typeName] ?? {}).filter((sub) => sub.name === field),
  );
}

function isResolveTree(value: unknown): value is ResolveTree {
  return (
    typeof value === 'object' &&
    value !== null &&
    'fieldsByTypeName' in value &&
    'name' in value &&
    typeof value.name === 'string'
  );
}

/** The tree of the field being resolved. */
export function currentSelection(info: GraphQLResolveInfo): ResolveTree[] {
  const tree = parseResolveInfo(info);
  return isResolveTree(tree) ? [tree] : [];
}

// A source argument as the resolver will read it; an invalid one is left to the resolver to reject.
function sourceScope(args: Args): SourceScope | null {
  const value = args['source'];
  if (value !== undefined && value !== null && typeof value !== 'string') return null;
  try {
    const source = optionalText(value, 'source');
    return source === null ? { kind: 'any' } : { kind: 'named', source };
  } catch {
    return null;
  }
}

const hopTo = (type: Hop['type'], direction: Hop['direction'], from: NodeLabel, to?: NodeLabel): Hop =>
  to ? { type, direction, from, to } : { type, direction, from };

function hopPlan(hop: Hop, scope: SourceScope): HopPlan {
  return { hop, scope, far: emptyPlan(hop.to ?? null), nearHops: [], evidence: null, claimSource: null };
}

type ClaimType = 'Membership' | 'ResponsibilityClaim' | 'SkillClaim' | 'AttributeClaim';

// The nodes at the ends of each claim type, by field.
const claimEnds: Record<ClaimType, Record<string, NodeLabel>> = {
  Membership: { role: 'Role', tier: 'Tier' },
  ResponsibilityClaim: { tier: 'Tier', responsibility: 'Responsibility' },
  SkillClaim: { tier: 'Tier', skill: 'Skill' },
  AttributeClaim: { tier: 'Tier', attribute: 'Attribute' },
};

// Claim fields that hop on from the claim's tier with the claim's source (Membership.responsibilities).
const claimHops: Partial<Record<ClaimType, Record<string, { hop: Hop; claimType: ClaimType }>>> = {
  Membership: {
    responsibilities: {
      hop: hopTo('HAS_RESPONSIBILITY', 'out', 'Tier', 'Responsibility'),
      claimType: 'ResponsibilityClaim',
    },
    skills: { hop: hopTo('REQUIRES_SKILL', 'out', 'Tier', 'Skill'), claimType: 'SkillClaim' },
  },
};

/** A hop whose rows are claims of `claimType`: plans the ends, source, evidence and onward hops. */
function claimHop(
  hop: Hop,
  scope: SourceScope,
  claimType: ClaimType,
  trees: readonly ResolveTree[],
): HopPlan {
  const plan = hopPlan(hop, scope);
  const farLabel = hop.to;
  for (const tree of trees) {
    for (const sub of Object.values(tree.fieldsByTypeName[claimType] ?? {})) {
      const end = claimEnds[claimType][sub.name];
      const onward = claimHops[claimType]?.[sub.name];
      if (end && end === farLabel) {
        mergeInto(plan.far, planNode(end, [sub]));
      } else if (end && end === hop.from) {
        // The near node again (a tier's roles → their tier): its hops start from the near node.
        plan.nearHops.push(...planNode(end, [sub]).hops);
      } else if (sub.name === 'source') {
        plan.claimSource = mergeInto(plan.claimSource ?? emptyPlan('Source'), planNode('Source', [sub]));
      } else if (sub.name === 'evidence') {
        plan.evidence = mergeInto(plan.evidence ?? emptyPlan('Statement'), planNode('Statement', [sub]));
      } else if (onward) {
        const next = claimHop(onward.hop, { kind: 'claim' }, onward.claimType, [sub]);
        if (farLabel === onward.hop.from) plan.far.hops.push(next);
        else plan.nearHops.push(next);
      }
    }
  }
  return plan;
}

/** A hop whose rows are nodes of the far label. */
function nodeHop(hop: Hop, scope: SourceScope, trees: readonly ResolveTree[]): HopPlan {
  const plan = hopPlan(hop, scope);
  if (hop.to) plan.far = planNode(hop.to, trees);
  return plan;
}

type FieldPlanner = (plan: NodePlan, tree: ResolveTree) => void;

const withSource =
  (build: (scope: SourceScope, tree: ResolveTree) => HopPlan): FieldPlanner =>
  (plan, tree) => {
    const scope = sourceScope(tree.args);
    if (scope) plan.hops.push(build(scope, tree));
  };
const unscoped =
  (build: (tree: ResolveTree) => HopPlan): FieldPlanner =>
  (plan, tree) => {
    plan.hops.push(build(tree));
  };
const reference =
  (ref: Reference): FieldPlanner =>
  (plan, tree) => {
    plan.refs.push({ ref, plan: planNode(referenceLabels[ref], [tree]) });
  };
const evidence = (label: NodeLabel): FieldPlanner =>
  withSource((scope, tree) => nodeHop(hopTo('EVIDENCED_BY', 'out', label, 'Statement'), scope, [tree]));

// Per type, the fields whose resolvers follow a hop or a reference, planned exactly as they load.
const fieldPlanners: Partial<Record<NodeLabel, Record<string, FieldPlanner>>> = {
  Tier: {
    roles: withSource((scope, tree) =>
      claimHop(hopTo('MEMBER_OF', 'in', 'Tier', 'Role'), scope, 'Membership', [tree]),
    ),
    responsibilities: withSource((scope, tree) =>
      claimHop(hopTo('HAS_RESPONSIBILITY', 'out', 'Tier', 'Responsibility'), scope, 'ResponsibilityClaim', [
        tree,
      ]),
    ),
    skills: withSource((scope, tree) =>
      claimHop(hopTo('REQUIRES_SKILL', 'out', 'Tier', 'Skill'), scope, 'SkillClaim', [tree]),
    ),
    attributes: withSource((scope, tree) =>
      claimHop(hopTo('HAS_ATTRIBUTE', 'out', 'Tier', 'Attribute'), scope, 'AttributeClaim', [tree]),
    ),
    characteristics: withSource((scope, tree) =>
      nodeHop(hopTo('HAS_CHARACTERISTIC', 'out', 'Tier', 'Characteristic'), scope, [tree]),
    ),
    collaborationBenefits: unscoped((tree) =>
      nodeHop(hopTo('BETWEEN', 'in', 'Tier', 'CollaborationBenefit'), { kind: 'any' }, [tree]),
    ),
    evidence: evidence('Tier'),
  },
  Role: {
    tiers: withSource((scope, tree) =>
      claimHop(hopTo('MEMBER_OF', 'out', 'Role', 'Tier'), scope, 'Membership', [tree]),
    ),
    // The role's tiers by the source asked, then each tier's members by the same source as the membership.
    peers: withSource((scope, tree) => {
      const plan = hopPlan(hopTo('MEMBER_OF', 'out', 'Role', 'Tier'), scope);
      plan.far.hops.push(
        claimHop(hopTo('MEMBER_OF', 'in', 'Tier', 'Role'), { kind: 'claim' }, 'Membership', [tree]),
      );
      return plan;
    }),
    mentionedIn: unscoped((tree) =>
      nodeHop(hopTo('MENTIONS', 'in', 'Role', 'Statement'), { kind: 'any' }, [tree]),
    ),
    evidence: evidence('Role'),
  },
  Responsibility: {
    tiers: withSource((scope, tree) =>
      claimHop(hopTo('HAS_RESPONSIBILITY', 'in', 'Responsibility', 'Tier'), scope, 'ResponsibilityClaim', [
        tree,
      ]),
    ),
    evidence: evidence('Responsibility'),
  },
  Skill: {
    tiers: withSource((scope, tree) =>
      claimHop(hopTo('REQUIRES_SKILL', 'in', 'Skill', 'Tier'), scope, 'SkillClaim', [tree]),
    ),
    evidence: evidence('Skill'),
  },
  Dimension: {
    characteristics: withSource((scope, tree) =>
      nodeHop(hopTo('ON_DIMENSION', 'in', 'Dimension', 'Characteristic'), scope, [tree]),
    ),
    evidence: evidence('Dimension'),
  },
  Characteristic: {
    tier: reference('tier'),
    dimension: reference('dimension'),
    source: reference('source'),
    evidence: unscoped((tree) =>
      nodeHop(
        hopTo('EVIDENCED_BY', 'out', 'Characteristic', 'Statement'),
        { kind: 'property', property: 'source' },
        [tree],
      ),
    ),
  },
  CollaborationBenefit: {
    tiers: unscoped((tree) =>
      nodeHop(hopTo('BETWEEN', 'out', 'CollaborationBenefit', 'Tier'), { kind: 'any' }, [tree]),
    ),
    evidence: unscoped((tree) =>
      nodeHop(hopTo('EVIDENCED_BY', 'out', 'CollaborationBenefit', 'Statement'), { kind: 'any' }, [tree]),
    ),
  },
  Source: {
    sections: unscoped((tree) =>
      nodeHop(hopTo('HAS_SECTION', 'out', 'Source', 'Section'), { kind: 'any' }, [tree]),
    ),
    dimensions: unscoped((tree) =>
      nodeHop(hopTo('COMPARES_ON', 'out', 'Source', 'Dimension'), { kind: 'property', property: 'slug' }, [
        tree,
      ]),
    ),
  },
  Section: {
    source: reference('source'),
    statements: unscoped((tree) =>
      nodeHop(hopTo('HAS_STATEMENT', 'out', 'Section', 'Statement'), { kind: 'any' }, [tree]),
    ),
  },
  Statement: {
    source: reference('source'),
    section: reference('section'),
    // Mentioned nodes are of any label; what is asked about them beyond their fields loads on its own.
    mentions: unscoped(() => hopPlan(hopTo('MENTIONS', 'out', 'Statement'), { kind: 'any' })),
  },
};

function mergeInto(target: NodePlan, extra: NodePlan): NodePlan {
  target.hops.push(...extra.hops);
  target.refs.push(...extra.refs);
  return target;
}

/** What the selections `trees` (all on a field of type `label`) will ask about each node. */
export function planNode(label: NodeLabel, trees: readonly ResolveTree[]): NodePlan {
  const plan = emptyPlan(label);
  const planners = fieldPlanners[label] ?? {};
  for (const tree of trees) {
    for (const sub of Object.values(tree.fieldsByTypeName[label] ?? {})) {
      planners[sub.name]?.(plan, sub);
    }
  }
  return plan;
}
