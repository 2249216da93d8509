import {
  attributesOfTier,
  benefitsOfTier,
  characteristicsOfTier,
  evidenceOf,
  mentionsOf,
  peersOfRole,
  responsibilitiesOfTier,
  rolesOfTier,
  skillsOfTier,
  statementsByIds,
  tiersOfBenefit,
  tiersOfResponsibility,
  tiersOfRole,
  tiersOfSkill,
} from '../../data/claims.ts';
import { encodeId } from '../../data/ids.ts';
import { listCollaborationBenefits, listEntities, listTiers } from '../../data/organisation.ts';
import { pageRequest, toConnection } from '../../data/pagination.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type {
  AttributeClaimResolvers,
  AttributeResolvers,
  CollaborationBenefitResolvers,
  MembershipResolvers,
  QueryResolvers,
  ResponsibilityClaimResolvers,
  ResponsibilityResolvers,
  RoleResolvers,
  SkillClaimResolvers,
  SkillResolvers,
  TierResolvers,
} from '../__generated__/resolvers.ts';
import type { GraphQLContext } from '../context.ts';
import { currentSelection, selections } from '../lookahead.ts';
import { claimFilter, entityFilter, optionalText } from './arguments.ts';
import { plannedLookup, plannedProjection } from './planned.ts';
import { referencedNode } from './sources.ts';

// The nodes of a connection's page, as selected under `edges { node }`.
const pageNodes = (info: GraphQLResolveInfo, connection: string, edge: string) =>
  selections(selections(currentSelection(info), connection, 'edges'), edge, 'node');

export const organisationQueries: Pick<
  QueryResolvers,
  'tiers' | 'tier' | 'roles' | 'role' | 'responsibilities' | 'skills' | 'collaborationBenefits'
> = {
  tiers: (_root, { filter }, context, info) =>
    listTiers(
      context.cypher,
      entityFilter(filter),
      plannedProjection(context, info, 'Tier', currentSelection(info)),
    ),
  tier: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Tier', `Tier:${slug}`, currentSelection(info)),
  roles: async (_root, { first, after, filter }, context, info) => {
    const projection = plannedProjection(
      context,
      info,
      'Role',
      pageNodes(info, 'RoleConnection', 'RoleEdge'),
    );
    return toConnection(
      await listEntities(context.cypher, 'Role', entityFilter(filter), pageRequest(first, after), projection),
    );
  },
  role: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Role', `Role:${slug}`, currentSelection(info)),
  responsibilities: async (_root, { first, after, filter }, context, info) => {
    const projection = plannedProjection(
      context,
      info,
      'Responsibility',
      pageNodes(info, 'ResponsibilityConnection', 'ResponsibilityEdge'),
    );
    return toConnection(
      await listEntities(
        context.cypher,
        'Responsibility',
        entityFilter(filter),
        pageRequest(first, after),
        projection,
      ),
    );
  },
  skills: async (_root, { first, after, filter }, context, info) => {
    const projection = plannedProjection(
      context,
      info,
      'Skill',
      pageNodes(info, 'SkillConnection', 'SkillEdge'),
    );
    return toConnection(
      await listEntities(
        context.cypher,
        'Skill',
        entityFilter(filter),
        pageRequest(first, after),
        projection,
      ),
    );
  },
  collaborationBenefits: (_root, _args, { cypher }) => listCollaborationBenefits(cypher),
};

const sourceArg = (source: string | null | undefined) => optionalText(source, 'source');

export const Tier: TierResolvers = {
  id: (tier) => encodeId(tier.dbId),
  sources: (tier, _args, { loaders }) => loaders.sourcesOf(tier),
  roles: (tier, { source, method, minConfidence }, { loaders }) =>
    rolesOfTier(loaders, tier, sourceArg(source), claimFilter(method, minConfidence)),
  responsibilities: (tier, { source, method, minConfidence }, { loaders }) =>
    responsibilitiesOfTier(loaders, tier, sourceArg(source), claimFilter(method, minConfidence)),
  skills: (tier, { source, method, minConfidence }, { loaders }) =>
    skillsOfTier(loaders, tier, sourceArg(source), claimFilter(method, minConfidence)),
  attributes: (tier, { source, method, minConfidence }, { loaders }) =>
    attributesOfTier(loaders, tier, sourceArg(source), claimFilter(method, minConfidence)),
  characteristics: (tier, { source, dimension, method, minConfidence }, { loaders }) =>
    characteristicsOfTier(
      loaders,
      tier,
      sourceArg(source),
      optionalText(dimension, 'dimension'),
      claimFilter(method, minConfidence),
    ),
  collaborationBenefits: (tier, { method, minConfidence }, { loaders }) =>
    benefitsOfTier(loaders, tier, claimFilter(method, minConfidence)),
  evidence: (tier, { source }, { loaders }) => evidenceOf(loaders, tier, sourceArg(source)),
};

export const Role: RoleResolvers = {
  id: (role) => encodeId(role.dbId),
  sources: (role, _args, { loaders }) => loaders.sourcesOf(role),
  tiers: (role, { source, method, minConfidence }, { loaders }) =>
    tiersOfRole(loaders, role, sourceArg(source), claimFilter(method, minConfidence)),
  peers: (role, { source, method, minConfidence }, { loaders }) =>
    peersOfRole(loaders, role, sourceArg(source), claimFilter(method, minConfidence)),
  mentionedIn: (role, _args, { loaders }) => mentionsOf(loaders, 'Role', role.dbId),
  evidence: (role, { source }, { loaders }) => evidenceOf(loaders, role, sourceArg(source)),
};

const claimSource = (slug: string, { loaders }: GraphQLContext) =>
  referencedNode(loaders, `Source:${slug}`, 'Source');

export const Membership: MembershipResolvers = {
  source: (claim, _args, context) => claimSource(claim.source, context),
  evidence: (claim, _args, { loaders }) => statementsByIds(loaders, claim.evidence),
  responsibilities: (claim, _args, { loaders }) => responsibilitiesOfTier(loaders, claim.tier, claim.source),
  skills: (claim, _args, { loaders }) => skillsOfTier(loaders, claim.tier, claim.source),
};

export const Responsibility: ResponsibilityResolvers = {
  id: (responsibility) => encodeId(responsibility.dbId),
  sources: (responsibility, _args, { loaders }) => loaders.sourcesOf(responsibility),
  tiers: (responsibility, { source, method, minConfidence }, { loaders }) =>
    tiersOfResponsibility(loaders, responsibility, sourceArg(source), claimFilter(method, minConfidence)),
  evidence: (responsibility, { source }, { loaders }) =>
    evidenceOf(loaders, responsibility, sourceArg(source)),
};

export const ResponsibilityClaim: ResponsibilityClaimResolvers = {
  source: (claim, _args, context) => claimSource(claim.source, context),
  evidence: (claim, _args, { loaders }) => statementsByIds(loaders, claim.evidence),
};

export const Skill: SkillResolvers = {
  id: (skill) => encodeId(skill.dbId),
  sources: (skill, _args, { loaders }) => loaders.sourcesOf(skill),
  tiers: (skill, { source, method, minConfidence }, { loaders }) =>
    tiersOfSkill(loaders, skill, sourceArg(source), claimFilter(method, minConfidence)),
  evidence: (skill, { source }, { loaders }) => evidenceOf(loaders, skill, sourceArg(source)),
};

export const SkillClaim: SkillClaimResolvers = {
  source: (claim, _args, context) => claimSource(claim.source, context),
  evidence: (claim, _args, { loaders }) => statementsByIds(loaders, claim.evidence),
};

export const AttributeClaim: AttributeClaimResolvers = {
  kind: (claim) => claim.attribute.kind,
  value: (claim) => claim.attribute.value,
  name: (claim) => claim.attribute.name,
  source: (claim, _args, context) => claimSource(claim.source, context),
  evidence: (claim, _args, { loaders }) => statementsByIds(loaders, claim.evidence),
};

export const Attribute: AttributeResolvers = {
  id: (attribute) => encodeId(attribute.dbId),
  sources: (attribute, _args, { loaders }) => loaders.sourcesOf(attribute),
};

export const CollaborationBenefit: CollaborationBenefitResolvers = {
  id: (benefit) => encodeId(benefit.dbId),
  sources: (benefit, _args, { loaders }) => loaders.sourcesOf(benefit),
  tiers: (benefit, { method, minConfidence }, { loaders }) =>
    tiersOfBenefit(loaders, benefit, claimFilter(method, minConfidence)),
  evidence: (benefit, _args, { loaders }) => evidenceOf(loaders, benefit, null),
};

export { claimSource };
