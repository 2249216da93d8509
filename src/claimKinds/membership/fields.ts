import { claimFields, claims, onward } from '../../graphql/fieldBuilders.ts';
import { tierHasResponsibility } from '../tierResponsibility/relation.ts';
import { tierRequiresSkill } from '../tierSkill/relation.ts';
import { memberOf, type MembershipRecord } from './relation.ts';

/** The API's fields that follow a membership, and the claim type's own. */
export const fields = {
  Tier: { roles: claims(memberOf.in) },
  Role: { tiers: claims(memberOf.out) },
};
export const claimResolvers = {
  Membership: {
    ...claimFields,
    // The tier's claims by the membership's own source (the sources mean different things by a tier's name).
    responsibilities: onward((m: MembershipRecord) => m.tier, tierHasResponsibility.out),
    skills: onward((m: MembershipRecord) => m.tier, tierRequiresSkill.out),
  },
};
