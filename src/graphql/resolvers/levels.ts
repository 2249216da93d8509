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
import { andThen } from '../../data/maybePromise.ts';
import { readShown, type CanonicalDimensionRecord, type DimensionRecord } from '../../data/records.ts';
import { maxPageSize } from '../../data/pagination.ts';
import { currentSelection } from '../../planner/selection.ts';
import type {
  CanonicalDimensionResolvers,
  ClaimMethod,
  LevelResolvers,
  QueryResolvers,
} from '../__generated__/resolvers.ts';
import type { GraphQLContext } from '../context.ts';
import { relationFields } from '../relationFields.ts';
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
  ...relationFields.Level,
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
