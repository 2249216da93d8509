import type { GraphQLResolveInfo } from 'graphql';
import { facetKeys, facets } from '../../data/facets.ts';
import { argumentsKey, sharedAnswer } from '../../data/versionedAnswers.ts';
import { positionGap } from '../../data/gap.ts';
import { similarCharacteristics, similarResponsibilities, similarSkills } from '../../data/similarity.ts';
import type { TierOverlapRecord } from '../../data/analytics.ts';
import type { SoftOverlapRecord } from '../../data/softOverlap.ts';
import { badUserInput } from '../errors.ts';
import type {
  CharacteristicResolvers,
  QueryResolvers,
  ResponsibilityResolvers,
  SkillResolvers,
  TierOverlapResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection, selections } from '../../planner/selection.ts';
import { boundedInt, entityFilter, textArgument } from './arguments.ts';
import { minScoreArgument, position } from './gapArguments.ts';

/**
 * Analytics over what claims mean rather than which nodes they name: gaps between positions,
 * facet counts, the similar claims of a claim, and the soft side of a tier overlap. Each root
 * field reads with one statement (src/data/gap.ts, facets.ts, softOverlap.ts).
 */

export const claimAnalyticsQueries: Pick<QueryResolvers, 'gap' | 'facets'> = {
  gap: async (_root, args, { cypher, similarityThreshold, answers }) => {
    const from = position(args.from, 'from');
    const to = position(args.to, 'to');
    const minScore = minScoreArgument(args.minScore, similarityThreshold);
    const source = textArgument(args.source, 'source');
    const { gap, missing } = await sharedAnswer(answers?.gap, argumentsKey(args), () =>
      positionGap(cypher, from, to, source, minScore),
    );
    if (!gap) {
      throw badUserInput(
        `unknown ${missing.map((p) => `${p.label.toLowerCase()} "${p.dbId.slice(p.label.length + 1)}"`).join(', ')}: use slugs such as senior-leadership or department-head`,
        missing[0] === from ? 'from' : 'to',
      );
    }
    return gap;
  },
  facets: (_root, args, { cypher, answers }) => {
    const by = args.by;
    if (by.length < 1 || by.length > 4 || new Set(by).size !== by.length) {
      throw badUserInput(
        `by must list one to four different keys of ${facetKeys.join(', ')}, such as [LABEL] or [SOURCE, TIER]`,
        'by',
      );
    }
    const filter = entityFilter(args.filter);
    const first = boundedInt(args.first, 100, 1, 500, 'first');
    return sharedAnswer(answers?.facets, argumentsKey(args), () => facets(cypher, by, filter, first));
  },
};

export const ResponsibilitySimilarity: Pick<ResponsibilityResolvers, 'similar'> = {
  similar: (responsibility, { minScore, first }, { cypher, similarityThreshold }) =>
    similarResponsibilities(
      cypher,
      responsibility,
      minScoreArgument(minScore, similarityThreshold),
      boundedInt(first, 10, 1, 50, 'first'),
    ),
};

export const SkillSimilarity: Pick<SkillResolvers, 'similar'> = {
  similar: (skill, { minScore, first }, { cypher, similarityThreshold }) =>
    similarSkills(
      cypher,
      skill,
      minScoreArgument(minScore, similarityThreshold),
      boundedInt(first, 10, 1, 50, 'first'),
    ),
};

export const CharacteristicSimilarity: Pick<CharacteristicResolvers, 'similar'> = {
  similar: (characteristic, { minScore, first }, { cypher, similarityThreshold }) =>
    similarCharacteristics(
      cypher,
      characteristic,
      minScoreArgument(minScore, similarityThreshold),
      boundedInt(first, 10, 1, 50, 'first'),
    ),
};

const softFields = [
  'softResponsibilitiesJaccard',
  'softSharedResponsibilities',
  'softSkillsJaccard',
  'softSharedSkills',
  'similarityThreshold',
];

/** Whether the `overlap` being resolved selects any soft field (then it is read with them). */
export function selectsSoftOverlap(info: GraphQLResolveInfo): boolean {
  const tree = currentSelection(info);
  return softFields.some((field) => selections(tree, 'TierOverlap', field).length > 0);
}

function softOf(overlap: TierOverlapRecord): SoftOverlapRecord {
  // The overlap resolver reads the soft side whenever one of these fields is selected.
  if (!overlap.soft) throw new Error('soft overlap fields resolved without the soft overlap read');
  return overlap.soft;
}

export const TierOverlap: TierOverlapResolvers = {
  softResponsibilitiesJaccard: (overlap) => softOf(overlap).responsibilitiesJaccard,
  softSharedResponsibilities: (overlap) => softOf(overlap).sharedResponsibilities,
  softSkillsJaccard: (overlap) => softOf(overlap).skillsJaccard,
  softSharedSkills: (overlap) => softOf(overlap).sharedSkills,
  similarityThreshold: (overlap) => softOf(overlap).minScore,
};
