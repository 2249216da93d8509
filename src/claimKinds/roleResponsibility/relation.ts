import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source says a role itself holds a responsibility (not through its tier). */
export const roleHasResponsibility = claimRelation(
  'HAS_RESPONSIBILITY',
  ['Role', 'Responsibility'],
  'RoleResponsibilityClaim',
  { kind: 'role-responsibility', name: "role's own responsibility", color: '#5aa469', hierarchy: false },
  (role, responsibility, claim) => ({ role, responsibility, claim }),
);
export const relations = [roleHasResponsibility] as const;
export type RoleResponsibilityClaimRecord = ClaimRecordOf<typeof roleHasResponsibility>;
