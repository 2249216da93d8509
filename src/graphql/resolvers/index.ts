import type { Resolvers } from '../__generated__/resolvers.ts';
import { Health, systemQueries } from './system.ts';

/** All resolvers, one module per domain area, merged here. */
export const resolvers: Resolvers = {
  Query: {
    ...systemQueries,
  },
  Health,
};
