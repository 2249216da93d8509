import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { roleRequiresSkill } from './relation.ts';

/** The API's fields that follow a skill a role itself needs, and the claim type's own. */
export const fields = {
  Role: { skills: claims(roleRequiresSkill.out) },
  Skill: { ownRoles: claims(roleRequiresSkill.in) },
};
export const claimResolvers = { RoleSkillClaim: claimFields };
