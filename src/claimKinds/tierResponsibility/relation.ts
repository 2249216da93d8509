import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source says a tier holds a responsibility. */
export const tierHasResponsibility = claimRelation(
  'HAS_RESPONSIBILITY',
  ['Tier', 'Responsibility'],
  'ResponsibilityClaim',
  { kind: 'tier-responsibility', name: 'responsibility', color: '#2e8b57', hierarchy: false },
  (tier, responsibility, claim) => ({ tier, responsibility, claim }),
);
export const relations = [tierHasResponsibility] as const;
export type ResponsibilityClaimRecord = ClaimRecordOf<typeof tierHasResponsibility>;
