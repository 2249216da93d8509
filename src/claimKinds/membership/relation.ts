import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source places a role in a tier. */
export const memberOf = claimRelation(
  'MEMBER_OF',
  ['Role', 'Tier'],
  'Membership',
  { kind: 'membership', name: 'role in tier', color: '#d9822b', hierarchy: false },
  (role, tier, claim) => ({ role, tier, claim }),
);
export const relations = [memberOf] as const;
export type MembershipRecord = ClaimRecordOf<typeof memberOf>;
