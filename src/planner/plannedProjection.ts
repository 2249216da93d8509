import type { CypherExecutor, CypherParams } from '../db/cypher.ts';
import type { Loaders } from '../data/loaders.ts';
import type { PropertySelection } from '../data/nodeProperties.ts';
import type { NodeProjection } from '../data/projection.ts';
import type { NodeRecord } from '../data/records.ts';
import { PlanCompiler, type CompiledNode } from './compile.ts';
import type { NodePlan } from './plan.ts';

/**
 * A node projection that fetches what the plan says the operation will ask around each node, and
 * caches it in the request's loaders as it reads the rows, counting them. Under a row cap, the
 * statement itself caps every list at one more row than the request may still read, and sends
 * only the count of a node whose value holds more: a request over its cap is refused without
 * its answer being sent or decoded.
 */
export class PlannedProjection implements NodeProjection {
  private readonly compiler: PlanCompiler;
  private readonly plan: NodePlan;
  private readonly namespace: string;
  private readonly loaders: Loaders;
  private readonly cypher: CypherExecutor;
  private readonly maxRows: number | null;
  private compiled: CompiledNode | null = null;

  constructor(
    plan: NodePlan,
    selection: PropertySelection,
    loaders: Loaders,
    cypher: CypherExecutor,
    namespace = 'p',
  ) {
    this.maxRows = cypher.rowsLeft();
    this.compiler = new PlanCompiler(namespace, selection, this.maxRows);
    this.plan = plan;
    this.namespace = namespace;
    this.loaders = loaders;
    this.cypher = cypher;
  }

  get params(): CypherParams {
    return this.compiler.params;
  }

  expression(variable: string): string {
    this.compiled = this.compiler.node(variable, this.plan);
    if (this.maxRows === null) return this.compiled.cypher;
    const cap = `${this.namespace}_maxRows`;
    this.compiler.params[cap] = this.maxRows;
    const w = `${this.namespace}_whole`;
    return `[${w} IN [${this.compiled.cypher}] | CASE WHEN ${w}[0] > $${cap} THEN [${w}[0]] ELSE ${w} END][0]`;
  }

  receive(value: unknown): NodeRecord {
    if (!this.compiled) throw new Error('a planned projection received a value before it was compiled');
    const count: unknown = Array.isArray(value) ? value[0] : undefined;
    if (this.maxRows !== null && typeof count === 'number' && count > this.maxRows) this.cypher.refuseRows();
    const state = { loaders: this.loaders, rows: 0 };
    const record = this.compiled.read(value, state, null);
    this.cypher.countRows(state.rows);
    return record;
  }
}
