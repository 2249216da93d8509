import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import { tierRequiresSkill } from './relation.ts';

/** The API's fields that follow a tier's skill, and the claim type's own. */
export const fields = {
  Tier: { skills: claims(tierRequiresSkill.out) },
  Skill: { tiers: claims(tierRequiresSkill.in) },
};
export const claimResolvers = { SkillClaim: claimFields };
