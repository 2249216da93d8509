import type { ResolveTree } from 'graphql-parse-resolve-info';
import { hopOf } from '../data/claims.ts';
import type { NodeLabel } from '../data/model.ts';
import { references } from '../data/relations.ts';
import {
  emptyPlan,
  type AnySide,
  type FieldPlan,
  type FieldPlans,
  type HopPlan,
  type NodePlan,
  type SourceScope,
} from './plan.ts';

/**
 * Reads ahead in an operation: from the selection under a root field, the plan of every hop the
 * resolvers below will follow (with the same arguments), so the root's query can fetch them all
 * in one statement. What each field follows comes from the field's own entry in `fields` (the
 * API's relation fields), the one its resolver runs. Fields without a plan cost nothing here:
 * their resolvers load what they need through the loaders, as they would without a plan.
 */

type Args = ResolveTree['args'];

// A source argument as the resolver will read it (trimmed, empty as none); one the resolver will
// reject (not text, or too long) plans nothing.
function sourceScope(args: Args): SourceScope | null {
  const value = args['source'];
  if (value === undefined || value === null) return { kind: 'any' };
  if (typeof value !== 'string' || value.trim().length > 200) return null;
  const source = value.trim();
  return source === '' ? { kind: 'any' } : { kind: 'named', source };
}

// A claim type's end fields are named after their labels (relations.ts holds claim records to it).
const endField = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

class Planner {
  private readonly fields: FieldPlans;

  constructor(fields: FieldPlans) {
    this.fields = fields;
  }

  /** What the selections `trees` (all on a field of type `label`) will ask about each node. */
  node(label: NodeLabel | null, trees: readonly ResolveTree[]): NodePlan {
    const plan = emptyPlan(label);
    if (!label) return plan;
    const fields = this.fields[label] ?? {};
    for (const tree of trees) {
      for (const sub of Object.values(tree.fieldsByTypeName[label] ?? {})) {
        const field = fields[sub.name];
        if (field) this.field(plan, label, field.plan, sub);
      }
    }
    return plan;
  }

  private field(plan: NodePlan, label: NodeLabel, field: FieldPlan, tree: ResolveTree): void {
    switch (field.kind) {
      case 'reference':
        plan.refs.push({ ref: field.ref, plan: this.node(references[field.ref].label, [tree]) });
        return;
      case 'nodes': {
        const scope =
          field.scope === 'argument'
            ? sourceScope(tree.args)
            : ({ kind: 'property', property: field.scope.property } as const);
        if (!scope) return;
        const hop = hopPlan(field.side, label, scope);
        hop.far = this.node(hop.hop.to ?? null, [tree]);
        plan.hops.push(hop);
        return;
      }
      case 'claims': {
        const scope = field.scope === 'argument' ? sourceScope(tree.args) : ({ kind: 'claim' } as const);
        if (scope) plan.hops.push(this.claims(label, field.steps, scope, tree));
        return;
      }
      case 'paths': {
        for (const path of field.paths) {
          const scope = path.scope === 'argument' ? sourceScope(tree.args) : ({ kind: 'claim' } as const);
          if (scope) plan.hops.push(this.claims(label, path.steps, scope, tree, field.shownAs));
        }
      }
    }
  }

  // Claims along one side, or along several in a row where each step is scoped by the claim that
  // reached it (a role's peers: its tiers, then their members by the same source).
  private claims(
    near: NodeLabel,
    [step, ...rest]: readonly [AnySide, ...AnySide[]],
    scope: SourceScope,
    tree: ResolveTree,
    shownAs: string | null = null,
  ): HopPlan {
    const plan = hopPlan(step, near, scope);
    const [next, ...after] = rest;
    if (!next) return this.claimHop(plan, step, tree, shownAs);
    if (plan.far.label)
      plan.far.hops.push(this.claims(plan.far.label, [next, ...after], { kind: 'claim' }, tree, shownAs));
    return plan;
  }

  /**
   * A hop whose rows are claims of the side's claim type (or of the type they are shown as): plans
   * the ends, source, evidence and onward hops.
   */
  private claimHop(plan: HopPlan, side: AnySide, tree: ResolveTree, shownAs: string | null): HopPlan {
    const claimType = shownAs ?? side.claimType;
    if (!claimType) return plan;
    const onward = this.fields[claimType] ?? {};
    const farEnd = endField(side.far);
    const nearEnd = endField(side.near);
    for (const sub of Object.values(tree.fieldsByTypeName[claimType] ?? {})) {
      const field = onward[sub.name]?.plan;
      if (sub.name === farEnd) {
        mergeInto(plan.far, this.node(plan.far.label, [sub]));
      } else if (sub.name === nearEnd) {
        // The near node again (a tier's roles → their tier): its hops start from the near node.
        plan.nearHops.push(...this.node(plan.hop.from, [sub]).hops);
      } else if (sub.name === 'source') {
        plan.claimSource = mergeInto(plan.claimSource ?? emptyPlan('Source'), this.node('Source', [sub]));
      } else if (sub.name === 'evidence') {
        plan.evidence = mergeInto(plan.evidence ?? emptyPlan('Statement'), this.node('Statement', [sub]));
      } else if (field?.kind === 'claims') {
        // A claim's own field, from one of its ends by the claim's source (Membership.responsibilities).
        const fromFar = field.steps[0].near === side.far && plan.far.label !== null;
        const next = this.claims(
          plan.far.label && fromFar ? plan.far.label : plan.hop.from,
          field.steps,
          { kind: 'claim' },
          sub,
        );
        if (fromFar) plan.far.hops.push(next);
        else plan.nearHops.push(next);
      }
    }
    return plan;
  }
}

function hopPlan(side: AnySide, near: NodeLabel, scope: SourceScope): HopPlan {
  const hop = hopOf(side, near);
  return { hop, scope, far: emptyPlan(hop.to ?? null), nearHops: [], evidence: null, claimSource: null };
}

function mergeInto(target: NodePlan, extra: NodePlan): NodePlan {
  target.hops.push(...extra.hops);
  target.refs.push(...extra.refs);
  return target;
}

/** What the selections `trees` (all on a field of type `label`) will ask about each node. */
export function planNode(label: NodeLabel, trees: readonly ResolveTree[], fields: FieldPlans): NodePlan {
  return new Planner(fields).node(label, trees);
}
