import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { tierHasResponsibility } from './relation.ts';

/** The API's fields that follow a tier's responsibility, and the claim type's own. */
export const fields = {
  Tier: { responsibilities: claims(tierHasResponsibility.out) },
  Responsibility: { tiers: claims(tierHasResponsibility.in) },
};
export const claimResolvers = { ResponsibilityClaim: claimFields };
