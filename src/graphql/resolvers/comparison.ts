import { statementsByIds } from '../../data/claims.ts';
import { compareTiers, listDimensions } from '../../data/comparison.ts';
import { aboutSubject, findDisagreements } from '../../data/disagreements.ts';
import { sharedAnswer } from '../../data/versionedAnswers.ts';
import { encodeId } from '../../data/ids.ts';
import { references } from '../../data/relations.ts';
import { badUserInput } from '../errors.ts';
import type {
  CharacteristicResolvers,
  DimensionResolvers,
  DisagreementSideResolvers,
  QueryResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection, selections } from '../../planner/selection.ts';
import { referencedNode, relationFields } from '../relationFields.ts';
import { boundedInt, claimFilter, textArgument } from './arguments.ts';
import { canonicalOf } from './levels.ts';
import { plannedLookup, plannedProjection } from './planned.ts';

export const comparisonQueries: Pick<
  QueryResolvers,
  'dimensions' | 'dimension' | 'compare' | 'disagreements'
> = {
  dimensions: (_root, { source }, { cypher }) => listDimensions(cypher, textArgument(source, 'source')),
  dimension: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Dimension', `Dimension:${slug}`, currentSelection(info)),
  compare: async (_root, { tiers, source, dimensions, method, minConfidence }, context, info) => {
    const slugs = [...new Set(tiers.map((t) => t.trim()))];
    const filter = claimFilter(method, minConfidence);
    if (slugs.length < 2 || slugs.length > 5) {
      throw badUserInput(
        `tiers must name 2 to 5 different tiers, such as ["senior-leadership", "senior-management"]; got ${slugs.length}`,
        'tiers',
      );
    }
    const comparison = currentSelection(info);
    const rows = selections(comparison, 'Comparison', 'rows');
    const cells = selections(rows, 'ComparisonRow', 'cells');
    const projections = {
      tier: plannedProjection(
        context,
        info,
        'Tier',
        [...selections(comparison, 'Comparison', 'tiers'), ...selections(cells, 'ComparisonCell', 'tier')],
        't',
      ),
      characteristic: plannedProjection(
        context,
        info,
        'Characteristic',
        selections(cells, 'ComparisonCell', 'characteristics'),
        'c',
      ),
      dimension: plannedProjection(
        context,
        info,
        'Dimension',
        selections(rows, 'ComparisonRow', 'dimension'),
        'd',
      ),
    };
    const { comparison: result, unknownTiers } = await compareTiers(
      context.cypher,
      slugs,
      textArgument(source, 'source'),
      dimensions ?? null,
      filter,
      projections,
    );
    if (unknownTiers.length > 0) {
      throw badUserInput(
        `unknown tier ${unknownTiers.map((t) => `"${t}"`).join(', ')}: use slugs such as senior-leadership, senior-management, executive-management`,
        'tiers',
      );
    }
    return result;
  },
  disagreements: async (_root, { about, first, offset }, { cypher, answers }) => {
    const wanted = textArgument(about, 'about');
    const start = boundedInt(offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
    const count = boundedInt(first, 50, 1, 500, 'first');
    const all = await sharedAnswer(answers?.disagreements, '', () => findDisagreements(cypher, null));
    return aboutSubject(all, wanted).slice(start, start + count);
  },
};

export const Dimension: DimensionResolvers = {
  id: (dimension) => encodeId(dimension.dbId),
  sources: (dimension, _args, { loaders }) => loaders.sourcesOf(dimension),
  ...relationFields.Dimension,
  canonical: canonicalOf,
};

export const Characteristic: CharacteristicResolvers = {
  id: (characteristic) => encodeId(characteristic.dbId),
  ...relationFields.Characteristic,
};

export const DisagreementSide: DisagreementSideResolvers = {
  source: (side, _args, { loaders }) => referencedNode(loaders, references.source.id(side), 'Source'),
  evidence: (side, _args, { loaders }) => statementsByIds(loaders, side.evidence),
};
