import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { roleRequiresSkill } from './relation.ts';

/**
 * The API's fields that follow a skill a role itself needs, and the claim type's own. From the
 * skill, `Skill.roleClaims` (src/graphql/relationFields.ts) lists these with the roles needing it
 * through a tier.
 */
export const fields = {
  Role: { skills: claims(roleRequiresSkill.out) },
};
export const claimResolvers = { RoleSkillClaim: claimFields };
