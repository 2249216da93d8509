import type { Resolvers } from '../__generated__/resolvers.ts';
import { analyticsQueries, SourceStats, Stats } from './analytics.ts';
import {
  CharacteristicSimilarity,
  claimAnalyticsQueries,
  ResponsibilitySimilarity,
  SkillSimilarity,
  TierOverlap,
} from './claimAnalytics.ts';
import { Characteristic, comparisonQueries, Dimension, DisagreementSide } from './comparison.ts';
import { explorationQueries } from './exploration.ts';
import { DegreeEntry, Node, nodeQueries } from './nodes.ts';
import { claimKindQueries } from '../../claimKinds/fields.ts';
import { claimTypeResolvers } from '../relationFields.ts';
import {
  Attribute,
  CollaborationBenefit,
  organisationQueries,
  Responsibility,
  Role,
  Skill,
  Tier,
} from './organisation.ts';
import {
  CanonicalDimension,
  CharacteristicConsensus,
  DimensionConsensus,
  Level,
  levelQueries,
  ResponsibilityConsensus,
  SkillConsensus,
} from './levels.ts';
import { Section, Source, sourceQueries, Statement } from './sources.ts';
import { Subscription } from './subscriptions.ts';
import { Health, systemQueries } from './system.ts';

/** All resolvers, one module per domain area, merged here. */
export const resolvers: Resolvers = {
  Query: {
    ...systemQueries,
    ...nodeQueries,
    ...sourceQueries,
    ...organisationQueries,
    ...comparisonQueries,
    ...explorationQueries,
    ...analyticsQueries,
    ...claimAnalyticsQueries,
    ...levelQueries,
    ...claimKindQueries,
  },
  Subscription,
  Node,
  Health,
  Source,
  Section,
  Statement,
  Tier,
  Role,
  Responsibility: { ...Responsibility, ...ResponsibilitySimilarity },
  Skill: { ...Skill, ...SkillSimilarity },
  Attribute,
  ...claimTypeResolvers,
  CollaborationBenefit,
  Dimension,
  Characteristic: { ...Characteristic, ...CharacteristicSimilarity },
  DisagreementSide,
  Level,
  ResponsibilityConsensus,
  SkillConsensus,
  CharacteristicConsensus,
  DimensionConsensus,
  CanonicalDimension,
  DegreeEntry,
  Stats,
  SourceStats,
  TierOverlap,
};
