import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { NodeLabel } from '../../data/model.ts';
import { lookupNode } from '../../data/nodeLookup.ts';
import { projectionFor, propertiesOnly, readsOnlyProperties, type NodeProjection } from '../../data/prefetch.ts';
import { isLabel, type RecordOf } from '../../data/records.ts';
import type { GraphQLContext } from '../context.ts';
import { planNode } from '../lookahead.ts';

/**
 * How root fields fetch their nodes together with everything the operation asks about them (see
 * lookahead.ts), so an operation costs one Cypher statement per root field whatever its depth.
 */
export function plannedProjection(context: GraphQLContext, label: NodeLabel, trees: readonly ResolveTree[], namespace?: string): NodeProjection {
  if (!context.planOperations) return propertiesOnly;
  return projectionFor(planNode(label, trees), context.loaders, context.cypher, namespace);
}

/** One node by key, planned; with nothing to plan, through the batching loader. */
export async function plannedLookup<L extends NodeLabel>(
  context: GraphQLContext,
  label: L,
  dbId: string,
  trees: readonly ResolveTree[],
): Promise<RecordOf<L> | null> {
  const plan = planNode(label, trees);
  if (!context.planOperations || readsOnlyProperties(plan)) {
    const record = await context.loaders.node(dbId);
    return record && isLabel(record, label) ? record : null;
  }
  return lookupNode(context.cypher, label, dbId, projectionFor(plan, context.loaders, context.cypher));
}
