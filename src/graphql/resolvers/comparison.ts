import { characteristicsOnDimension, evidenceOf, statementsByIds } from '../../data/claims.ts';
import { compareTiers, listDimensions } from '../../data/comparison.ts';
import { findDisagreements } from '../../data/disagreements.ts';
import { encodeId } from '../../data/ids.ts';
import { badUserInput } from '../errors.ts';
import type {
  CharacteristicResolvers,
  DimensionResolvers,
  DisagreementSideResolvers,
  QueryResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection, selections } from '../lookahead.ts';
import { claimFilter, optionalText } from './arguments.ts';
import { plannedLookup, plannedProjection } from './planned.ts';
import { claimSource } from './organisation.ts';
import { referencedNode } from './sources.ts';

export const comparisonQueries: Pick<
  QueryResolvers,
  'dimensions' | 'dimension' | 'compare' | 'disagreements'
> = {
  dimensions: (_root, { source }, { cypher }) => listDimensions(cypher, optionalText(source, 'source')),
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
      optionalText(source, 'source'),
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
  disagreements: (_root, { about }, { cypher }) => findDisagreements(cypher, optionalText(about, 'about')),
};

export const Dimension: DimensionResolvers = {
  id: (dimension) => encodeId(dimension.dbId),
  sources: (dimension, _args, { loaders }) => loaders.sourcesOf(dimension),
  characteristics: (dimension, { source, tier, method, minConfidence }, { loaders }) =>
    characteristicsOnDimension(
      loaders,
      dimension.dbId,
      optionalText(source, 'source'),
      optionalText(tier, 'tier'),
      claimFilter(method, minConfidence),
    ),
  evidence: (dimension, { source }, { loaders }) =>
    evidenceOf(loaders, dimension, optionalText(source, 'source')),
};

export const Characteristic: CharacteristicResolvers = {
  id: (characteristic) => encodeId(characteristic.dbId),
  tier: (c, _args, { loaders }) => referencedNode(loaders, `Tier:${c.tier}`, 'Tier'),
  dimension: (c, _args, { loaders }) => referencedNode(loaders, `Dimension:${c.dimension}`, 'Dimension'),
  source: (c, _args, context) => claimSource(c.source, context),
  evidence: (c, _args, { loaders }) => evidenceOf(loaders, c, c.source),
};

export const DisagreementSide: DisagreementSideResolvers = {
  source: (side, _args, context) => claimSource(side.source, context),
  evidence: (side, _args, { loaders }) => statementsByIds(loaders, side.evidence),
};
