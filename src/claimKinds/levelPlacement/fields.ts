import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { atLevel } from './relation.ts';

/** The API's fields that follow a placement on the ladder, and the claim type's own. */
// Level.tiers reads a page of placements of its own (src/graphql/resolvers/levels.ts).
export const fields = {
  Tier: { levels: claims(atLevel.out) },
};
export const claimResolvers = { LevelPlacement: claimFields };
