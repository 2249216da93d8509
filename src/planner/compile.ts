import type { CypherParams } from '../db/cypher.ts';
import { hopOrder, hopPattern, type HopResult, type Loaders } from '../data/loaders.ts';
import { checkedName, nodeLabels, type NodeLabel } from '../data/model.ts';
import {
  claimProjection,
  projectedClaim,
  projectedProperties,
  propertyNames,
  propertyProjection,
  type PropertySelection,
} from '../data/nodeProperties.ts';
import { toClaim, toRecord, type NodeRecord } from '../data/records.ts';
import { references } from '../data/relations.ts';
import type { HopPlan, NodePlan, SourceScope } from './plan.ts';

/**
 * Compiles a plan into one Cypher list expression per node, `[properties, references..., hops...]`,
 * each hop a COLLECT subquery with the same rows, in the same order, as the hop loader's own
 * query, so the whole operation is one statement. Each piece compiled here returns both its Cypher
 * and the function that reads its value back (caching every node and hop in the request's
 * loaders), so a projection and its reading are written side by side and their positions come
 * from the same list. Lists rather than maps, because the driver decodes a map key by key through
 * `Object.defineProperty`, several times slower. Request values (source names) become
 * parameters; labels and types come from the model.
 */

/** What reading a compiled plan's value needs: the request's loaders, and a count of the rows read. */
export interface ReadState {
  loaders: Loaders;
  rows: number;
}

/**
 * A compiled node: its Cypher expression, and how to read its value into a record. The value is
 * `[count, properties, parts...]`, `count` being how many nodes it holds (itself and every node
 * fetched around it), computed by Neo4j, so a value too large to read is known before it is sent.
 */
export interface CompiledNode {
  cypher: string;
  /** `claimSource`: the source of the claim the node was reached through, for hops scoped by it. */
  read(value: unknown, state: ReadState, claimSource: string | null): NodeRecord;
}

// A piece of a node's list or of a hop's row, read with the near node and the source of the
// claim it hangs off (for hops scoped by it).
interface Part {
  cypher: string;
  /** A Cypher expression counting the nodes in this part's value, itself given as the expression `value`. */
  count(value: string): string;
  read(value: unknown, state: ReadState, near: NodeRecord, claimSource: string | null): void;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export class PlanCompiler {
  readonly params: CypherParams = {};
  private counter = 0;
  private readonly namespace: string;
  private readonly selection: PropertySelection;
  /** The parameter holding the most rows one list may hold, when lists are capped. */
  private readonly listCap: string | null;

  /**
   * `namespace` keeps the names of several projections in one statement apart; `maxListRows`, when
   * given, is the most rows the request may still read: no list is fetched longer than one more
   * than that (enough to know it is too long).
   */
  constructor(namespace: string, selection: PropertySelection, maxListRows: number | null = null) {
    this.namespace = namespace;
    this.selection = selection;
    this.listCap = null;
    if (maxListRows !== null) {
      this.listCap = `${namespace}_listCap`;
      this.params[this.listCap] = maxListRows + 1;
    }
  }

  // Caps a COLLECT subquery's rows.
  private limit(): string {
    return this.listCap === null ? '' : ` LIMIT $${this.listCap}`;
  }

  // Names are numbered in plan order, so one operation always compiles to the same text (and
  // Neo4j's plan cache recognises it).
  private fresh(prefix: string): string {
    this.counter += 1;
    return `${this.namespace}_${prefix}${this.counter}`;
  }

  /** The node's properties and what the plan fetches around it; `claim` is the claim it was reached through. */
  node(variable: string, plan: NodePlan, claim: string | null = null): CompiledNode {
    const names = propertyNames(plan.label, this.selection);
    const parts: Part[] = [
      ...plan.refs.map(({ ref, plan: referenced }) => {
        const { label, properties } = references[ref];
        const id = `'${label}:' + ${properties.map((p) => `${variable}.${p}`).join(" + '/' + ")}`;
        return this.reference(label, id, referenced);
      }),
      ...plan.hops.map((hop) => this.hop(variable, hop, claim)),
    ];
    // The value is bound once (`v`) so its count can be taken from its parts.
    const v = this.fresh('v');
    const items = [propertyProjection(variable, plan.label, this.selection), ...parts.map((p) => p.cypher)];
    const count = ['1', ...parts.map((part, i) => part.count(`${v}[${i + 1}]`))].join(' + ');
    return {
      cypher: `[${v} IN [[${items.join(', ')}]] | [${count}] + ${v}][0]`,
      read: (value, state, claimSource) => {
        const tree = list(value);
        const record = toRecord(projectedProperties(tree[1], names));
        state.loaders.prime(record);
        state.rows += 1;
        parts.forEach((part, i) => part.read(tree[i + 2], state, record, claimSource));
        return record;
      },
    };
  }

  private reference(label: NodeLabel, idExpression: string, plan: NodePlan): Part {
    const x = this.fresh('x');
    const node = this.node(x, plan);
    return {
      cypher: `head(COLLECT { MATCH (${x}:${checkedName(label, nodeLabels)} {id: ${idExpression}}) RETURN ${node.cypher} })`,
      count: (value) => `coalesce(${value}[0], 0)`,
      read: (value, state) => {
        if (Array.isArray(value)) node.read(value, state, null);
      },
    };
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

  // Each row: [claim, far node, then the claim's evidence, its source and the near hops that
  // depend on it, each when asked]; the hop's rows are cached under the key its loader uses.
  private hop(near: string, plan: HopPlan, claim: string | null): Part {
    const r = this.fresh('r');
    const b = this.fresh('b');
    const pattern = hopPattern(plan.hop, near, r, b);
    const where = this.scope(plan.scope, r, near, claim);
    const far = this.node(b, plan.far, r);
    const extras: Part[] = [];
    if (plan.evidence) extras.push(this.evidence(r, plan.evidence));
    if (plan.claimSource) extras.push(this.reference('Source', `'Source:' + ${r}.source`, plan.claimSource));
    for (const nearHop of plan.nearHops) extras.push(this.hop(near, nearHop, r));
    const row = [claimProjection(r), far.cypher, ...extras.map((p) => p.cypher)];
    const [t, x] = [this.fresh('t'), this.fresh('row')];
    const rowCount = [`${x}[1][0]`, ...extras.map((part, i) => part.count(`${x}[${i + 2}]`))].join(' + ');
    return {
      cypher: `COLLECT { MATCH ${pattern}${where ? ` WHERE ${where}` : ''} RETURN [${row.join(', ')}] ORDER BY ${hopOrder(r, b)}${this.limit()} }`,
      count: (value) => `reduce(${t} = 0, ${x} IN ${value} | ${t} + ${rowCount})`,
      read: (value, state, nearRecord, claimSource) => {
        const results: HopResult[] = [];
        for (const rowValue of list(value)) {
          const cells = list(rowValue);
          const claimRecord = toClaim(plan.hop.type, projectedClaim(cells[0]));
          results.push({ claim: claimRecord, node: far.read(cells[1], state, claimRecord.source) });
          extras.forEach((part, i) => part.read(cells[i + 2], state, nearRecord, claimRecord.source));
        }
        const source = scopeValue(plan.scope, nearRecord, claimSource);
        state.loaders.primeHop(plan.hop, nearRecord.dbId, source, results);
      },
    };
  }

  private evidence(rel: string, plan: NodePlan): Part {
    const s = this.fresh('s');
    const statement = this.node(s, plan);
    const [t, x] = [this.fresh('t'), this.fresh('statement')];
    return {
      cypher: `CASE WHEN ${rel}.evidence IS NULL THEN [] ELSE COLLECT { MATCH (${s}:Statement) WHERE ${s}.id IN ${rel}.evidence RETURN ${statement.cypher}${this.limit()} } END`,
      count: (value) => `reduce(${t} = 0, ${x} IN ${value} | ${t} + ${x}[0])`,
      read: (value, state) => {
        for (const item of list(value)) statement.read(item, state, null);
      },
    };
  }
}

// The source a hop was scoped to, as its loader's key holds it.
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
