import { claimKindFields, claimKindResolvers } from '../claimKinds/fields.ts';
import { memberOf } from '../claimKinds/membership/relation.ts';
import { atLevel } from '../claimKinds/levelPlacement/relation.ts';
import { tierHasResponsibility } from '../claimKinds/tierResponsibility/relation.ts';
import { tierRequiresSkill } from '../claimKinds/tierSkill/relation.ts';
import { references, structure } from '../data/relations.ts';
import type { Resolvers } from './__generated__/resolvers.ts';
import { roleHasResponsibility } from '../claimKinds/roleResponsibility/relation.ts';
import { roleRequiresSkill } from '../claimKinds/roleSkill/relation.ts';
import { claimFields, claimsThen, nodes, reference, roleHoldings } from './fieldBuilders.ts';

export { referencedNode } from './fieldBuilders.ts';

/**
 * The fields of the API that follow a relationship, one entry each (built by fieldBuilders.ts):
 * those each kind of claim adds (src/claimKinds/<kind>/fields.ts), those that chain two kinds,
 * and those that follow the articles' structure. The planner reads the plans of exactly these.
 */
export const relationFields = {
  Tier: {
    ...claimKindFields.Tier,
    evidence: nodes(structure.evidencedBy.out),
  },
  Role: {
    ...claimKindFields.Role,
    // The role's tiers by the source asked, then where the same source places each tier.
    levels: claimsThen(memberOf.out, atLevel.out, { withoutNear: false }),
    // The role's tiers by the source asked, then each tier's members by the same source as the membership.
    peers: claimsThen(memberOf.out, memberOf.in, { withoutNear: true }),
    mentionedIn: nodes(structure.mentions.in),
    evidence: nodes(structure.evidencedBy.out),
  },
  Membership: {
    responsibilities: claimKindResolvers.Membership.responsibilities,
    skills: claimKindResolvers.Membership.skills,
  },
  Responsibility: {
    ...claimKindFields.Responsibility,
    roles: claimsThen(tierHasResponsibility.in, memberOf.in, { withoutNear: false }),
    // The roles that hold it themselves, then through their tiers: a role's own claim, or its membership.
    roleClaims: roleHoldings(roleHasResponsibility.in, tierHasResponsibility.in, memberOf.in),
    evidence: nodes(structure.evidencedBy.out),
  },
  Skill: {
    ...claimKindFields.Skill,
    roles: claimsThen(tierRequiresSkill.in, memberOf.in, { withoutNear: false }),
    roleClaims: roleHoldings(roleRequiresSkill.in, tierRequiresSkill.in, memberOf.in),
    evidence: nodes(structure.evidencedBy.out),
  },
  Dimension: {
    ...claimKindFields.Dimension,
    evidence: nodes(structure.evidencedBy.out),
  },
  Characteristic: {
    tier: reference(references.tier),
    dimension: reference(references.dimension),
    source: reference(references.source),
    evidence: nodes(structure.evidencedBy.out, { property: 'source' }),
  },
  CollaborationBenefit: {
    ...claimKindFields.CollaborationBenefit,
    evidence: nodes(structure.evidencedBy.out),
  },
  Source: {
    sections: nodes(structure.hasSection.out),
    ...claimKindFields.Source,
  },
  Section: {
    source: reference(references.source),
    statements: nodes(structure.hasStatement.out),
  },
  Statement: {
    source: reference(references.source),
    section: reference(references.section),
    mentions: nodes(structure.mentions.out),
  },
};

/** The resolvers of the GraphQL claim types (each kind's `fields.ts` names its own, `RoleHolding` spans two). */
export const claimTypeResolvers: Pick<
  Resolvers,
  'Membership' | 'ResponsibilityClaim' | 'SkillClaim' | 'AttributeClaim' | 'LevelPlacement' | 'RoleHolding'
> = { ...claimKindResolvers, RoleHolding: claimFields };
