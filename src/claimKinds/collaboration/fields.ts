import { nodes } from '../../graphql/fieldBuilders.ts';
import { between } from './relation.ts';

/** The API's fields that follow a collaboration benefit's link to a tier (shown through the nodes). */
export const fields = {
  Tier: { collaborationBenefits: nodes(between.in) },
  CollaborationBenefit: { tiers: nodes(between.out) },
};
export const claimResolvers = {};
