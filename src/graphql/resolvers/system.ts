import { apiVersion } from '../../apiVersion.ts';
import { readGraphVersion } from '../../data/graphVersion.ts';
import { databaseInfo, nodeCounts, ping } from '../../data/system.ts';
import type { HealthResolvers, QueryResolvers } from '../__generated__/resolvers.ts';

/** Health is resolved field by field, so a client asking only for `status` costs one ping. */
export type HealthRecord = Record<string, never>;

export const systemQueries: Pick<QueryResolvers, 'health'> = {
  health: () => ({}),
};

export const Health: HealthResolvers = {
  status: async (_parent, _args, { cypher }) => {
    await ping(cypher);
    return 'OK' as const;
  },
  apiVersion: () => apiVersion,
  database: (_parent, _args, { cypher, databaseName }) => databaseInfo(cypher, databaseName),
  nodeCounts: (_parent, _args, { cypher }) => nodeCounts(cypher),
  graphVersion: (_parent, _args, { cypher }) => readGraphVersion(cypher),
};
