import type { Loaders } from './loaders.ts';
import type { NodeLabel } from './model.ts';
import {
  expectLabel,
  isLabel,
  type AttributeRecord,
  type CharacteristicRecord,
  type CollaborationBenefitRecord,
  type NodeRecord,
  type ResponsibilityRecord,
  type RoleRecord,
  type SkillRecord,
  type StatementRecord,
  type TierRecord,
} from './records.ts';

/** What every claim carries: the source that states it and the statements that say so. */
interface Sourced {
  source: string;
  evidence: string[];
}
export interface MembershipRecord extends Sourced {
  role: RoleRecord;
  tier: TierRecord;
}
export interface ResponsibilityClaimRecord extends Sourced {
  tier: TierRecord;
  responsibility: ResponsibilityRecord;
}
export interface SkillClaimRecord extends Sourced {
  tier: TierRecord;
  skill: SkillRecord;
}
export interface AttributeClaimRecord extends Sourced {
  tier: TierRecord;
  attribute: AttributeRecord;
}

export async function tiersOfRole(loaders: Loaders, role: RoleRecord, source: string | null): Promise<MembershipRecord[]> {
  const rows = await loaders.hop({ type: 'MEMBER_OF', direction: 'out', from: 'Role', to: 'Tier' }, role.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, role, tier: expectLabel(node, 'Tier') }));
}

export async function rolesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): Promise<MembershipRecord[]> {
  const rows = await loaders.hop({ type: 'MEMBER_OF', direction: 'in', from: 'Tier', to: 'Role' }, tier.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, tier, role: expectLabel(node, 'Role') }));
}

/** Memberships of other roles in this role's tiers, according to the same source as each. */
export async function peersOfRole(loaders: Loaders, role: RoleRecord, source: string | null): Promise<MembershipRecord[]> {
  const own = await tiersOfRole(loaders, role, source);
  const peers = await Promise.all(own.map((m) => rolesOfTier(loaders, m.tier, m.source)));
  return peers.flat().filter((peer) => peer.role.dbId !== role.dbId);
}

export async function responsibilitiesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): Promise<ResponsibilityClaimRecord[]> {
  const rows = await loaders.hop({ type: 'HAS_RESPONSIBILITY', direction: 'out', from: 'Tier', to: 'Responsibility' }, tier.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, tier, responsibility: expectLabel(node, 'Responsibility') }));
}

export async function tiersOfResponsibility(
  loaders: Loaders,
  responsibility: ResponsibilityRecord,
  source: string | null,
): Promise<ResponsibilityClaimRecord[]> {
  const rows = await loaders.hop({ type: 'HAS_RESPONSIBILITY', direction: 'in', from: 'Responsibility', to: 'Tier' }, responsibility.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, responsibility, tier: expectLabel(node, 'Tier') }));
}

export async function skillsOfTier(loaders: Loaders, tier: TierRecord, source: string | null): Promise<SkillClaimRecord[]> {
  const rows = await loaders.hop({ type: 'REQUIRES_SKILL', direction: 'out', from: 'Tier', to: 'Skill' }, tier.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, tier, skill: expectLabel(node, 'Skill') }));
}

export async function tiersOfSkill(loaders: Loaders, skill: SkillRecord, source: string | null): Promise<SkillClaimRecord[]> {
  const rows = await loaders.hop({ type: 'REQUIRES_SKILL', direction: 'in', from: 'Skill', to: 'Tier' }, skill.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, skill, tier: expectLabel(node, 'Tier') }));
}

export async function attributesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): Promise<AttributeClaimRecord[]> {
  const rows = await loaders.hop({ type: 'HAS_ATTRIBUTE', direction: 'out', from: 'Tier', to: 'Attribute' }, tier.dbId, source);
  return rows.map(({ claim, node }) => ({ ...claim, tier, attribute: expectLabel(node, 'Attribute') }));
}

export async function characteristicsOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  dimension: string | null,
): Promise<CharacteristicRecord[]> {
  const rows = await loaders.hop({ type: 'HAS_CHARACTERISTIC', direction: 'out', from: 'Tier', to: 'Characteristic' }, tier.dbId, source);
  return rows.map(({ node }) => expectLabel(node, 'Characteristic')).filter((c) => !dimension || c.dimension === dimension);
}

export async function characteristicsOnDimension(
  loaders: Loaders,
  dimensionDbId: string,
  source: string | null,
  tier: string | null,
): Promise<CharacteristicRecord[]> {
  const rows = await loaders.hop({ type: 'ON_DIMENSION', direction: 'in', from: 'Dimension', to: 'Characteristic' }, dimensionDbId, source);
  return rows.map(({ node }) => expectLabel(node, 'Characteristic')).filter((c) => !tier || c.tier === tier);
}

export async function benefitsOfTier(loaders: Loaders, tier: TierRecord): Promise<CollaborationBenefitRecord[]> {
  const rows = await loaders.hop({ type: 'BETWEEN', direction: 'in', from: 'Tier', to: 'CollaborationBenefit' }, tier.dbId);
  return rows.map(({ node }) => expectLabel(node, 'CollaborationBenefit'));
}

export async function tiersOfBenefit(loaders: Loaders, benefit: CollaborationBenefitRecord): Promise<TierRecord[]> {
  const rows = await loaders.hop({ type: 'BETWEEN', direction: 'out', from: 'CollaborationBenefit', to: 'Tier' }, benefit.dbId);
  return rows.map(({ node }) => expectLabel(node, 'Tier'));
}

/** The statements behind everything claimed about a node, in reading order. */
export async function evidenceOf(loaders: Loaders, node: NodeRecord, source: string | null): Promise<StatementRecord[]> {
  const rows = await loaders.hop({ type: 'EVIDENCED_BY', direction: 'out', from: node.label, to: 'Statement' }, node.dbId, source);
  return byReadingOrder(rows.map(({ node: statement }) => expectLabel(statement, 'Statement')));
}

/** Statements naming an entity, in reading order. */
export async function mentionsOf(loaders: Loaders, label: NodeLabel, dbId: string): Promise<StatementRecord[]> {
  const rows = await loaders.hop({ type: 'MENTIONS', direction: 'in', from: label, to: 'Statement' }, dbId);
  return byReadingOrder(rows.map(({ node }) => expectLabel(node, 'Statement')));
}

/** The statements a claim cites, in reading order. */
export async function statementsByIds(loaders: Loaders, ids: readonly string[]): Promise<StatementRecord[]> {
  const records = await loaders.nodes(ids);
  return byReadingOrder(records.filter((r): r is StatementRecord => isLabel(r, 'Statement')));
}

function byReadingOrder(statements: StatementRecord[]): StatementRecord[] {
  return statements.sort((a, b) => a.source.localeCompare(b.source) || a.position - b.position);
}
