import * as characteristic from './characteristic/fields.ts';
import * as collaboration from './collaboration/fields.ts';
import * as levelPlacement from './levelPlacement/fields.ts';
import * as membership from './membership/fields.ts';
import * as reportingLine from './reportingLine/fields.ts';
import * as roleResponsibility from './roleResponsibility/fields.ts';
import * as roleSkill from './roleSkill/fields.ts';
import * as tierAttribute from './tierAttribute/fields.ts';
import * as tierResponsibility from './tierResponsibility/fields.ts';
import * as tierSkill from './tierSkill/fields.ts';
import type { ClaimKindName } from './relations.ts';

/**
 * The API's fields each kind of claim adds (its `fields.ts`), merged per GraphQL type, the
 * resolvers of the kinds' claim types, and the root fields a kind answers (its `queries`). src/graphql/relationFields.ts adds the fields that follow
 * structure or chain two kinds.
 */
/** Each kind's fields by GraphQL type; every kind of relations.ts has an entry. */
export const fieldsByKind = {
  membership: membership.fields,
  tierAttribute: tierAttribute.fields,
  tierResponsibility: tierResponsibility.fields,
  tierSkill: tierSkill.fields,
  levelPlacement: levelPlacement.fields,
  characteristic: characteristic.fields,
  collaboration: collaboration.fields,
  roleResponsibility: roleResponsibility.fields,
  roleSkill: roleSkill.fields,
  reportingLine: reportingLine.fields,
} satisfies Record<ClaimKindName, object>;

export const claimKindFields = {
  Tier: {
    ...membership.fields.Tier,
    ...tierResponsibility.fields.Tier,
    ...tierSkill.fields.Tier,
    ...tierAttribute.fields.Tier,
    ...characteristic.fields.Tier,
    ...collaboration.fields.Tier,
    ...levelPlacement.fields.Tier,
  },
  Role: {
    ...membership.fields.Role,
    ...roleResponsibility.fields.Role,
    ...roleSkill.fields.Role,
    ...reportingLine.fields.Role,
  },
  Responsibility: { ...tierResponsibility.fields.Responsibility },
  Skill: { ...tierSkill.fields.Skill },
  Dimension: { ...characteristic.fields.Dimension },
  Source: { ...characteristic.fields.Source },
  CollaborationBenefit: { ...collaboration.fields.CollaborationBenefit },
};

export const claimKindResolvers = {
  ...membership.claimResolvers,
  ...tierAttribute.claimResolvers,
  ...tierResponsibility.claimResolvers,
  ...tierSkill.claimResolvers,
  ...levelPlacement.claimResolvers,
  ...characteristic.claimResolvers,
  ...collaboration.claimResolvers,
  ...roleResponsibility.claimResolvers,
  ...roleSkill.claimResolvers,
  ...reportingLine.claimResolvers,
};

/** Root fields a kind of claim answers on its own (an org chart of reporting lines). */
export const claimKindQueries = { ...reportingLine.queries };
