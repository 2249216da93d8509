import { encodeId } from '../../data/ids.ts';
import { listCollaborationBenefits, listEntities, listTiers } from '../../data/organisation.ts';
import { pageRequest, toConnection } from '../../data/pagination.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type {
  AttributeResolvers,
  CollaborationBenefitResolvers,
  QueryResolvers,
  ResponsibilityResolvers,
  RoleResolvers,
  SkillResolvers,
  TierResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection, selections } from '../../planner/selection.ts';
import { relationFields } from '../relationFields.ts';
import { boundedInt, entityFilter } from './arguments.ts';
import { plannedLookup, plannedProjection } from './planned.ts';

// The nodes of a connection's page, as selected under `edges { node }`.
const pageNodes = (info: GraphQLResolveInfo, connection: string, edge: string) =>
  selections(selections(currentSelection(info), connection, 'edges'), edge, 'node');

export const organisationQueries: Pick<
  QueryResolvers,
  'tiers' | 'tier' | 'roles' | 'role' | 'responsibilities' | 'skills' | 'collaborationBenefits'
> = {
  tiers: (_root, { filter, first, offset }, context, info) =>
    listTiers(
      context.cypher,
      entityFilter(filter),
      plannedProjection(context, info, 'Tier', currentSelection(info)),
      {
        first: first === null || first === undefined ? null : boundedInt(first, 20, 1, 500, 'first'),
        offset: boundedInt(offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset'),
      },
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

export const Tier: TierResolvers = {
  id: (tier) => encodeId(tier.dbId),
  sources: (tier, _args, { loaders }) => loaders.sourcesOf(tier),
  ...relationFields.Tier,
};

export const Role: RoleResolvers = {
  id: (role) => encodeId(role.dbId),
  sources: (role, _args, { loaders }) => loaders.sourcesOf(role),
  ...relationFields.Role,
};

export const Responsibility: ResponsibilityResolvers = {
  id: (responsibility) => encodeId(responsibility.dbId),
  sources: (responsibility, _args, { loaders }) => loaders.sourcesOf(responsibility),
  ...relationFields.Responsibility,
};

export const Skill: SkillResolvers = {
  id: (skill) => encodeId(skill.dbId),
  sources: (skill, _args, { loaders }) => loaders.sourcesOf(skill),
  ...relationFields.Skill,
};

export const Attribute: AttributeResolvers = {
  id: (attribute) => encodeId(attribute.dbId),
  sources: (attribute, _args, { loaders }) => loaders.sourcesOf(attribute),
};

export const CollaborationBenefit: CollaborationBenefitResolvers = {
  id: (benefit) => encodeId(benefit.dbId),
  sources: (benefit, _args, { loaders }) => loaders.sourcesOf(benefit),
  ...relationFields.CollaborationBenefit,
};
