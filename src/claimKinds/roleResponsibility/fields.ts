import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { roleHasResponsibility } from './relation.ts';

/**
 * The API's fields that follow a role's own responsibility, and the claim type's own. From the
 * responsibility, `Responsibility.roleClaims` (src/graphql/relationFields.ts) lists these with the
 * roles holding it through a tier.
 */
export const fields = {
  Role: { responsibilities: claims(roleHasResponsibility.out) },
};
export const claimResolvers = { RoleResponsibilityClaim: claimFields };
