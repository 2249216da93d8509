import type { DegreeEntryResolvers, NodeResolvers, QueryResolvers } from '../__generated__/resolvers.ts';
import { currentSelection } from '../../planner/selection.ts';
import { nodeIdArgument } from './arguments.ts';
import { plannedLookup } from './planned.ts';

/** Every label is also the GraphQL type name of its records. */
export const Node: NodeResolvers = {
  __resolveType: (record) => record.label,
};

export const nodeQueries: Pick<QueryResolvers, 'node'> = {
  node: (_root, { id }, context, info) => {
    const { label, dbId } = nodeIdArgument(id, 'id');
    // Fields asked through fragments on the node's own type are planned like a lookup by slug.
    return plannedLookup(context, info, label, dbId, currentSelection(info));
  },
};

export const DegreeEntry: DegreeEntryResolvers = {
  label: (entry) => entry.node.label,
};
