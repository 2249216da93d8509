import type { CypherExecutor, CypherParams } from '../db/cypher.ts';
import type { Loaders } from '../data/loaders.ts';
import type { PropertySelection } from '../data/nodeProperties.ts';
import type { NodeProjection } from '../data/projection.ts';
import type { NodeRecord } from '../data/records.ts';
import { PlanCompiler, type CompiledNode } from './compile.ts';
import type { NodePlan } from './plan.ts';

/**
 * A node projection that fetches what the plan says the operation will ask around each node, and
 * caches it in the request's loaders as it reads the rows, counting them.
 */
export class PlannedProjection implements NodeProjection {
  private readonly compiler: PlanCompiler;
  private readonly plan: NodePlan;
  private readonly loaders: Loaders;
  private readonly cypher: CypherExecutor;
  private compiled: CompiledNode | null = null;

  constructor(
    plan: NodePlan,
    selection: PropertySelection,
    loaders: Loaders,
    cypher: CypherExecutor,
    namespace = 'p',
  ) {
    this.compiler = new PlanCompiler(namespace, selection);
    this.plan = plan;
    this.loaders = loaders;
    this.cypher = cypher;
  }

  get params(): CypherParams {
    return this.compiler.params;
  }

  expression(variable: string): string {
    this.compiled = this.compiler.node(variable, this.plan);
    return this.compiled.cypher;
  }

  receive(value: unknown): NodeRecord {
    if (!this.compiled) throw new Error('a planned projection received a value before it was compiled');
    const state = { loaders: this.loaders, rows: 0 };
    const record = this.compiled.read(value, state, null);
    this.cypher.countRows(state.rows);
    return record;
  }
}
