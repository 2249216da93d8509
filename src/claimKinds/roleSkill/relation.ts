import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source says a role itself needs a skill or qualification (not through its tier). */
export const roleRequiresSkill = claimRelation(
  'REQUIRES_SKILL',
  ['Role', 'Skill'],
  'RoleSkillClaim',
  { kind: 'role-skill', name: "role's own skill", color: '#a07cc5', hierarchy: false },
  (role, skill, claim) => ({ role, skill, claim }),
);
export const relations = [roleRequiresSkill] as const;
export type RoleSkillClaimRecord = ClaimRecordOf<typeof roleRequiresSkill>;
