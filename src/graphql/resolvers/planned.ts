import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { NodeLabel } from '../../data/model.ts';
import { lookupNode } from '../../data/nodeLookup.ts';
import { propertiesOnly, type NodeProjection } from '../../data/projection.ts';
import { isLabel, type RecordOf } from '../../data/records.ts';
import type { GraphQLContext } from '../context.ts';
import { planNode } from '../../planner/planOperation.ts';
import { PlannedProjection } from '../../planner/plannedProjection.ts';
import { relationFields } from '../relationFields.ts';
import { selectedProperties } from '../selectedProperties.ts';

/**
 * How root fields fetch their nodes together with everything the operation asks about them (see
 * src/planner), so an operation costs one Cypher statement per root field whatever its depth,
 * and reads of each node only the properties the operation shows (selectedProperties.ts).
 */
export function plannedProjection(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  label: NodeLabel,
  trees: readonly ResolveTree[],
  namespace?: string,
): NodeProjection {
  if (!context.planOperations) return propertiesOnly;
  return new PlannedProjection(
    planNode(label, trees, relationFields),
    selectedProperties(info),
    context.loaders,
    context.cypher,
    namespace,
  );
}

/** One node by key, planned; without planning, through the batching loader. */
export async function plannedLookup<L extends NodeLabel>(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  label: L,
  dbId: string,
  trees: readonly ResolveTree[],
): Promise<RecordOf<L> | null> {
  if (!context.planOperations) {
    const record = await context.loaders.node(dbId);
    return record && isLabel(record, label) ? record : null;
  }
  return lookupNode(context.cypher, label, dbId, plannedProjection(context, info, label, trees));
}
