import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { roleHasResponsibility } from './relation.ts';

/** The API's fields that follow a role's own responsibility, and the claim type's own. */
export const fields = {
  Role: { responsibilities: claims(roleHasResponsibility.out) },
  Responsibility: { ownRoles: claims(roleHasResponsibility.in) },
};
export const claimResolvers = { RoleResponsibilityClaim: claimFields };
