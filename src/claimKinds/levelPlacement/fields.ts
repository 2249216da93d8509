import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { atLevel } from './relation.ts';

/** The API's fields that follow a placement on the ladder, and the claim type's own. */
export const fields = {
  Tier: { levels: claims(atLevel.out) },
  Level: { tiers: claims(atLevel.in) },
};
export const claimResolvers = { LevelPlacement: claimFields };
