import {
  coverage,
  labelCounts,
  mostConnected,
  perSourceStats,
  tierOverlap,
  typeCounts,
} from '../../data/analytics.ts';
import { nodeLabels } from '../../data/model.ts';
import { softTierOverlap } from '../../data/softOverlap.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers, SourceStatsResolvers, StatsResolvers } from '../__generated__/resolvers.ts';
import { boundedInt, textArgument } from './arguments.ts';
import { minScoreArgument, selectsSoftOverlap } from './claimAnalytics.ts';

/** Stats are resolved field by field: a dashboard pays only for the figures it asks. */
export type StatsRecord = Record<string, never>;

export const analyticsQueries: Pick<QueryResolvers, 'stats'> = {
  stats: () => ({}),
};

export const Stats: StatsResolvers = {
  nodes: async (_stats, _args, { cypher }) =>
    (await labelCounts(cypher)).map(({ name, count }) => ({ label: name, count })),
  relationships: async (_stats, _args, { cypher }) =>
    (await typeCounts(cypher)).map(({ name, count }) => ({ type: name, count })),
  perSource: (_stats, _args, { cypher }) => perSourceStats(cypher),
  overlap: async (_stats, { tiers, source, minScore }, { cypher, similarityThreshold }, info) => {
    const [a, b, ...rest] = tiers.map((t) => t.trim());
    if (a === undefined || b === undefined || rest.length > 0 || a === b) {
      throw badUserInput(
        'tiers must name exactly two different tiers, such as ["senior-leadership", "senior-management"]',
        'tiers',
      );
    }
    const { overlap, unknownTiers } = selectsSoftOverlap(info)
      ? await softTierOverlap(
          cypher,
          [a, b],
          textArgument(source, 'source'),
          minScoreArgument(minScore, similarityThreshold),
        )
      : await tierOverlap(cypher, [a, b], textArgument(source, 'source'));
    if (unknownTiers.length > 0) {
      throw badUserInput(
        `unknown tier ${unknownTiers.map((t) => `"${t}"`).join(', ')}: use slugs such as senior-leadership`,
        'tiers',
      );
    }
    return overlap;
  },
  mostConnected: (_stats, { first, label, source }, { cypher }) => {
    const wanted = textArgument(label, 'label');
    if (wanted !== null && !nodeLabels.some((l) => l === wanted)) {
      throw badUserInput(`label must be one of ${nodeLabels.join(', ')}; got "${wanted}"`, 'label');
    }
    return mostConnected(
      cypher,
      boundedInt(first, 10, 1, 50, 'first'),
      wanted,
      textArgument(source, 'source'),
    );
  },
  coverage: (_stats, _args, { cypher }) => coverage(cypher),
};

export const SourceStats: SourceStatsResolvers = {
  claims: (stats) => stats.claims.map(({ name, count }) => ({ type: name, count })),
  methods: (stats) => stats.methods.map(({ name, count }) => ({ method: name, count })),
};
