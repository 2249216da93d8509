import type { DegreeEntryResolvers, NodeResolvers, QueryResolvers } from '../__generated__/resolvers.ts';
import { nodeIdArgument } from './arguments.ts';

/** Every label is also the GraphQL type name of its records. */
export const Node: NodeResolvers = {
  __resolveType: (record) => record.label,
};

export const nodeQueries: Pick<QueryResolvers, 'node'> = {
  node: (_root, { id }, { loaders }) => loaders.node(nodeIdArgument(id, 'id').dbId),
};

export const DegreeEntry: DegreeEntryResolvers = {
  label: (entry) => entry.node.label,
};

