import type { CypherExecutor, CypherParams } from '../db/cypher.ts';
import { hopOrder, hopPattern, type Hop, type HopResult, type Loaders } from './loaders.ts';
import { checkedName, nodeLabels, type NodeLabel } from './model.ts';
import {
  claimProjection,
  projectedClaim,
  projectedProperties,
  propertyNames,
  propertyProjection,
  type PropertySelection,
} from './nodeProperties.ts';
import { toClaim, toRecord, type NodeRecord } from './records.ts';

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

/** A node another node names by a property (a statement's source and section, a characteristic's tier). */
export type Reference = 'source' | 'section' | 'tier' | 'dimension';

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

/** The label of the node each kind of reference names. */
export const referenceLabels: Record<Reference, NodeLabel> = {
  source: 'Source',
  section: 'Section',
  tier: 'Tier',
  dimension: 'Dimension',
};

// The id of the referenced node, from the referring node's properties (ids are "Label:slug").
function referenceId(ref: Reference, node: string): string {
  switch (ref) {
    case 'source':
      return `'Source:' + ${node}.source`;
    case 'section':
      return `'Section:' + ${node}.source + '/' + ${node}.section`;
    case 'tier':
      return `'Tier:' + ${node}.tier`;
    case 'dimension':
      return `'Dimension:' + ${node}.dimension`;
  }
}

/**
 * Turns a plan into one Cypher list expression per node: `[properties, references..., hops...]`,
 * each hop a COLLECT subquery in the same order and with the same rows as the hop loader's own
 * query, so the whole operation is one statement. Each node's properties are those the
 * operation selects (`selection`). Everything is positional, lists rather than maps, because the
 * driver decodes a map key by key through `Object.defineProperty`, several times slower (the
 * receiving side below reads the positions in the same order). Request values (source names)
 * become parameters; labels and types come from the model.
 */
class PlanCompiler {
  readonly params: CypherParams = {};
  private counter = 0;
  private readonly namespace: string;
  private readonly selection: PropertySelection;

  /** `namespace` keeps the names of several projections in one statement apart. */
  constructor(namespace: string, selection: PropertySelection) {
    this.namespace = namespace;
    this.selection = selection;
  }

  // Names are numbered in plan order, so one operation always compiles to the same text (and
  // Neo4j's plan cache recognises it).
  private fresh(prefix: string): string {
    this.counter += 1;
    return `${this.namespace}_${prefix}${this.counter}`;
  }

  /** The node's properties and what the plan fetches around it; `claim` is the claim it was reached through. */
  node(variable: string, plan: NodePlan, claim: string | null = null): string {
    const entries = [propertyProjection(variable, plan.label, this.selection)];
    for (const ref of plan.refs)
      entries.push(this.reference(referenceLabels[ref.ref], referenceId(ref.ref, variable), ref.plan));
    for (const hop of plan.hops) entries.push(this.hop(variable, hop, claim));
    return `[${entries.join(', ')}]`;
  }

  private reference(label: NodeLabel, idExpression: string, plan: NodePlan): string {
    const x = this.fresh('x');
    return `head(COLLECT { MATCH (${x}:${checkedName(label, nodeLabels)} {id: ${idExpression}}) RETURN ${this.node(x, plan)} })`;
  }

  private scope(scope: SourceScope, rel: string, near: string, claim: string | null): string | null {
    switch (scope.kind) {
      case 'any':
        return null;
      case 'named': {
        const param = this.fresh('prefetch');
        this.params[param] = scope.source;
        return `${rel}.source = $${param}`;
      }
      case 'claim':
        if (!claim) throw new Error('a claim-scoped hop outside a claim');
        return `${rel}.source = ${claim}.source`;
      case 'property':
        return `${rel}.source = ${near}.${scope.property}`;
    }
  }

  private hop(near: string, plan: HopPlan, claim: string | null): string {
    const r = this.fresh('r');
    const b = this.fresh('b');
    const pattern = hopPattern(plan.hop, near, r, b);
    const where = this.scope(plan.scope, r, near, claim);
    // [claim, node, evidence?, claim's source?, near hops...]
    const row = [claimProjection(r), this.node(b, plan.far, r)];
    if (plan.evidence) {
      const s = this.fresh('s');
      row.push(
        `CASE WHEN ${r}.evidence IS NULL THEN [] ELSE COLLECT { MATCH (${s}:Statement) WHERE ${s}.id IN ${r}.evidence RETURN ${this.node(s, plan.evidence)} } END`,
      );
    }
    if (plan.claimSource) row.push(this.reference('Source', `'Source:' + ${r}.source`, plan.claimSource));
    for (const nearHop of plan.nearHops) row.push(this.hop(near, nearHop, r));
    return `COLLECT { MATCH ${pattern}${where ? ` WHERE ${where}` : ''} RETURN [${row.join(', ')}] ORDER BY ${hopOrder(r, b)} }`;
  }
}

type Projected = Record<string, unknown>;
const projected = (value: unknown): Projected =>
  value !== null && typeof value === 'object' ? (value as Projected) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * What a data-layer query returns for each node it lists: by default its properties; with a plan,
 * also everything the operation will ask about it, fetched in the same statement and handed to
 * the request's loaders, so the resolvers that follow find it there and send no query of their own.
 */
export interface NodeProjection {
  /** The Cypher expression projecting node variable `variable`; call once per statement. */
  expression(variable: string): string;
  /** Parameters the expression uses (after `expression` was called). */
  readonly params: CypherParams;
  /** Takes one projected value, caches what came with it, and returns the node's record. */
  receive(value: unknown): NodeRecord;
}

/** Every property of the node and nothing around it: what reads without a plan use. */
export const propertiesOnly: NodeProjection = {
  expression: (variable) => `${variable} {.*}`,
  params: {},
  receive: (value) => toRecord(projected(value)),
};

export class PlannedProjection implements NodeProjection {
  private readonly compiler: PlanCompiler;
  private readonly plan: NodePlan;
  private readonly selection: PropertySelection;
  private readonly loaders: Loaders;
  private readonly cypher: CypherExecutor;

  constructor(
    plan: NodePlan,
    selection: PropertySelection,
    loaders: Loaders,
    cypher: CypherExecutor,
    namespace = 'p',
  ) {
    this.compiler = new PlanCompiler(namespace, selection);
    this.plan = plan;
    this.selection = selection;
    this.loaders = loaders;
    this.cypher = cypher;
  }

  get params(): CypherParams {
    return this.compiler.params;
  }

  expression(variable: string): string {
    return this.compiler.node(variable, this.plan);
  }

  receive(value: unknown): NodeRecord {
    const receiver = new Receiver(this.loaders, this.selection);
    const record = receiver.node(this.plan, list(value), null);
    this.cypher.countRows(receiver.rows);
    return record;
  }
}

/**
 * Reads what a compiled plan returned, position by position as PlanCompiler wrote it, and caches
 * every node and hop in the request's loaders, counting the rows.
 */
class Receiver {
  rows = 0;
  private readonly loaders: Loaders;
  private readonly selection: PropertySelection;

  constructor(loaders: Loaders, selection: PropertySelection) {
    this.loaders = loaders;
    this.selection = selection;
  }

  /** Caches one node and what was fetched around it; returns its record. */
  node(plan: NodePlan, tree: unknown[], claimSource: string | null): NodeRecord {
    const record = toRecord(projectedProperties(tree[0], propertyNames(plan.label, this.selection)));
    this.loaders.prime(record);
    this.rows += 1;
    let at = 1;
    for (const ref of plan.refs) {
      const value = tree[at++];
      if (Array.isArray(value)) this.node(ref.plan, value, null);
    }
    for (const hop of plan.hops) this.hop(record, hop, list(tree[at++]), claimSource);
    return record;
  }

  private hop(near: NodeRecord, plan: HopPlan, rows: unknown[], claimSource: string | null): void {
    const results: HopResult[] = [];
    for (const value of rows) {
      const row = list(value);
      const claim = toClaim(plan.hop.type, projectedClaim(row[0]));
      results.push({ claim, node: this.node(plan.far, list(row[1]), claim.source) });
      let at = 2;
      if (plan.evidence)
        for (const statement of list(row[at++])) this.node(plan.evidence, list(statement), null);
      if (plan.claimSource) {
        const value = row[at++];
        if (Array.isArray(value)) this.node(plan.claimSource, value, null);
      }
      for (const nearHop of plan.nearHops) this.hop(near, nearHop, list(row[at++]), claim.source);
    }
    this.loaders.primeHop(plan.hop, near.dbId, scopeValue(plan.scope, near, claimSource), results);
  }
}

function scopeValue(scope: SourceScope, near: NodeRecord, claimSource: string | null): string | null {
  switch (scope.kind) {
    case 'any':
      return null;
    case 'named':
      return scope.source;
    case 'claim':
      return claimSource;
    case 'property':
      if (scope.property === 'slug') return near.slug;
      return 'source' in near ? near.source : null;
  }
}
