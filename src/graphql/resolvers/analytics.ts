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
import { argumentsKey, sharedAnswer } from '../../data/versionedAnswers.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers, SourceStatsResolvers, StatsResolvers } from '../__generated__/resolvers.ts';
import { boundedInt, textArgument } from './arguments.ts';
import { selectsSoftOverlap } from './claimAnalytics.ts';
import { minScoreArgument } from './gapArguments.ts';

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
  perSource: (_stats, _args, { cypher, answers }) =>
    sharedAnswer(answers?.perSource, '', () => perSourceStats(cypher)),
  overlap: async (_stats, args, { cypher, similarityThreshold, answers }, info) => {
    const { tiers, source, minScore } = args;
    const [a, b, ...rest] = tiers.map((t) => t.trim());
    if (a === undefined || b === undefined || rest.length > 0 || a === b) {
      throw badUserInput(
        'tiers must name exactly two different tiers, such as ["senior-leadership", "senior-management"]',
        'tiers',
      );
    }
    const bySource = textArgument(source, 'source');
    const score = minScoreArgument(minScore, similarityThreshold);
    // A server keeps one answer per graph version and arguments, with its soft side for any selection.
    const { overlap, unknownTiers } = answers
      ? await sharedAnswer(answers.overlap, argumentsKey(args), () =>
          softTierOverlap(cypher, [a, b], bySource, score),
        )
      : selectsSoftOverlap(info)
        ? await softTierOverlap(cypher, [a, b], bySource, score)
        : await tierOverlap(cypher, [a, b], bySource);
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
  coverage: (_stats, _args, { cypher, answers }) =>
    sharedAnswer(answers?.coverage, '', () => coverage(cypher)),
};

export const SourceStats: SourceStatsResolvers = {
  claims: (stats) => stats.claims.map(({ name, count }) => ({ type: name, count })),
  methods: (stats) => stats.methods.map(({ name, count }) => ({ method: name, count })),
};
