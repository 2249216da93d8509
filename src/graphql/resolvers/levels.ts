import {
  groupedDimensions,
  levelCharacteristics,
  levelCoverage,
  levelResponsibilities,
  levelSkills,
  listCanonicalDimensions,
  listLevels,
  supported,
  type ConsensusFilter,
} from '../../data/consensus.ts';
import { encodeId } from '../../data/ids.ts';
import { levelPlacements } from '../../data/levelPlacements.ts';
import { andThen } from '../../data/maybePromise.ts';
import { readShown, type CanonicalDimensionRecord, type DimensionRecord } from '../../data/records.ts';
import { maxPageSize } from '../../data/pagination.ts';
import { currentSelection } from '../../planner/selection.ts';
import type {
  CanonicalDimensionResolvers,
  CharacteristicConsensusResolvers,
  ClaimMethod,
  DimensionConsensusResolvers,
  LevelResolvers,
  QueryResolvers,
  ResponsibilityConsensusResolvers,
  SkillConsensusResolvers,
} from '../__generated__/resolvers.ts';
import type { GraphQLContext } from '../context.ts';
import { boundedInt, claimFilter, textArgument } from './arguments.ts';
import { plannedLookup } from './planned.ts';

export const levelQueries: Pick<
  QueryResolvers,
  'levels' | 'level' | 'canonicalDimensions' | 'levelCoverage'
> = {
  levels: (_root, _args, { cypher }) => listLevels(cypher),
  level: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Level', `Level:${slug}`, currentSelection(info)),
  canonicalDimensions: (_root, _args, { cypher }) => listCanonicalDimensions(cypher),
  levelCoverage: (_root, _args, { cypher }) => levelCoverage(cypher),
};

interface ConsensusArgs {
  minSupport: number;
  first: number;
  source?: string | null;
  method?: ClaimMethod | null;
  minConfidence?: number | null;
}

// The arguments every consensus list of a level shares, checked.
function consensusArguments(args: ConsensusArgs) {
  const filter: ConsensusFilter = {
    source: textArgument(args.source, 'source'),
    claims: claimFilter(args.method, args.minConfidence),
  };
  return {
    filter,
    minSupport: boundedInt(args.minSupport, 1, 1, 1000, 'minSupport'),
    first: boundedInt(args.first, 20, 1, maxPageSize, 'first'),
  };
}

export const Level: LevelResolvers = {
  id: (level) => encodeId(level.dbId),
  description: (level) => readShown(level.description, 'description'),
  // Paged, read a page at a time rather than planned: a level holds a placement per tier and source.
  tiers: (level, args, { cypher }) =>
    levelPlacements(cypher, level, {
      source: textArgument(args.source, 'source'),
      claims: claimFilter(args.method, args.minConfidence),
      first: boundedInt(args.first, 50, 1, 500, 'first'),
      offset: boundedInt(args.offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset'),
    }),
  responsibilities: async (level, args, { cypher }) => {
    const { filter, minSupport, first } = consensusArguments(args);
    return supported(await levelResponsibilities(cypher, level, filter), minSupport, first);
  },
  skills: async (level, args, { cypher }) => {
    const { filter, minSupport, first } = consensusArguments(args);
    return supported(await levelSkills(cypher, level, filter), minSupport, first);
  },
  characteristics: async (level, args, { cypher }) => {
    const { filter, minSupport, first } = consensusArguments(args);
    const dimension = textArgument(args.dimension, 'dimension');
    return (await levelCharacteristics(cypher, level, filter))
      .filter((d) => dimension === null || d.dimension.slug === dimension)
      .map((d) => ({ ...d, groups: supported(d.groups, minSupport, Number.POSITIVE_INFINITY) }))
      .filter((d) => d.groups.length > 0)
      .slice(0, first);
  },
};

/** One page of a list held in memory: `first` items (1 to 100) after `offset`. */
function pageOf<T>(items: readonly T[], args: { first: number; offset: number }): T[] {
  const first = boundedInt(args.first, 20, 1, maxPageSize, 'first');
  const offset = boundedInt(args.offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
  return items.slice(offset, offset + first);
}

// A group's members, and a dimension's groups, grow with the articles that state them: paged.
export const ResponsibilityConsensus: ResponsibilityConsensusResolvers = {
  members: (group, args) => pageOf(group.members, args),
};
export const SkillConsensus: SkillConsensusResolvers = {
  members: (group, args) => pageOf(group.members, args),
};
export const CharacteristicConsensus: CharacteristicConsensusResolvers = {
  members: (group, args) => pageOf(group.members, args),
};
export const DimensionConsensus: DimensionConsensusResolvers = {
  groups: (dimension, args) => pageOf(dimension.groups, args),
};

export const CanonicalDimension: CanonicalDimensionResolvers = {
  id: (canonical) => encodeId(canonical.dbId),
  dimensions: (canonical, _args, { cypher }) => groupedDimensions(cypher, canonical),
};

/**
 * A dimension's canonical dimension: the catalogue's group it is in, or, for a dimension no group
 * takes (or one written before groups existed), a group of its own under its own name.
 */
export function canonicalOf(
  dimension: DimensionRecord,
  _args: unknown,
  { loaders }: GraphQLContext,
): Promise<CanonicalDimensionRecord> | CanonicalDimensionRecord {
  const dbId = `CanonicalDimension:${dimension.canonical}`;
  const own: CanonicalDimensionRecord = {
    label: 'CanonicalDimension',
    dbId,
    slug: dimension.canonical,
    name: dimension.name,
  };
  const found = andThen(loaders.node(dbId), (node) => (node?.label === 'CanonicalDimension' ? node : own));
  return found;
}
