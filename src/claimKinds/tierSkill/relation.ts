import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source says a tier needs a skill or qualification. */
export const tierRequiresSkill = claimRelation(
  'REQUIRES_SKILL',
  ['Tier', 'Skill'],
  'SkillClaim',
  { kind: 'tier-skill', name: 'skill', color: '#7b4fa0', hierarchy: false },
  (tier, skill, claim) => ({ tier, skill, claim }),
);
export const relations = [tierRequiresSkill] as const;
export type SkillClaimRecord = ClaimRecordOf<typeof tierRequiresSkill>;
