import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { hasAttribute } from './relation.ts';

/** The API's fields that follow an attribute claim, and the claim type's own. */
export const fields = { Tier: { attributes: claims(hasAttribute.out) } };
export const claimResolvers = { AttributeClaim: claimFields };
