import type { Loaders } from './loaders.ts';
import { all, andThen, chain, type MaybePromise } from './maybePromise.ts';
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

/**
 * What every claim carries: the source that states it and the statements that say so. Claims are
 * built field by field rather than by spreading the relationship's record: on the V8 we run, an
 * object spread followed by more properties takes the slow path (about 3 µs each, measured), and
 * an operation builds hundreds of claims.
 */
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

export function tiersOfRole(loaders: Loaders, role: RoleRecord, source: string | null): MaybePromise<MembershipRecord[]> {
  return andThen(loaders.hop({ type: 'MEMBER_OF', direction: 'out', from: 'Role', to: 'Tier' }, role.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, role, tier: expectLabel(node, 'Tier') })));
}

export function rolesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): MaybePromise<MembershipRecord[]> {
  return andThen(loaders.hop({ type: 'MEMBER_OF', direction: 'in', from: 'Tier', to: 'Role' }, tier.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, tier, role: expectLabel(node, 'Role') })));
}

/** Memberships of other roles in this role's tiers, according to the same source as each. */
export function peersOfRole(loaders: Loaders, role: RoleRecord, source: string | null): MaybePromise<MembershipRecord[]> {
  return chain(tiersOfRole(loaders, role, source), (own) =>
    andThen(all(own.map((m) => rolesOfTier(loaders, m.tier, m.source))), (peers) => peers.flat().filter((peer) => peer.role.dbId !== role.dbId)),
  );
}

export function responsibilitiesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): MaybePromise<ResponsibilityClaimRecord[]> {
  return andThen(loaders.hop({ type: 'HAS_RESPONSIBILITY', direction: 'out', from: 'Tier', to: 'Responsibility' }, tier.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, tier, responsibility: expectLabel(node, 'Responsibility') })));
}

export function tiersOfResponsibility(
  loaders: Loaders,
  responsibility: ResponsibilityRecord,
  source: string | null,
): MaybePromise<ResponsibilityClaimRecord[]> {
  return andThen(loaders.hop({ type: 'HAS_RESPONSIBILITY', direction: 'in', from: 'Responsibility', to: 'Tier' }, responsibility.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, responsibility, tier: expectLabel(node, 'Tier') })));
}

export function skillsOfTier(loaders: Loaders, tier: TierRecord, source: string | null): MaybePromise<SkillClaimRecord[]> {
  return andThen(loaders.hop({ type: 'REQUIRES_SKILL', direction: 'out', from: 'Tier', to: 'Skill' }, tier.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, tier, skill: expectLabel(node, 'Skill') })));
}

export function tiersOfSkill(loaders: Loaders, skill: SkillRecord, source: string | null): MaybePromise<SkillClaimRecord[]> {
  return andThen(loaders.hop({ type: 'REQUIRES_SKILL', direction: 'in', from: 'Skill', to: 'Tier' }, skill.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, skill, tier: expectLabel(node, 'Tier') })));
}

export function attributesOfTier(loaders: Loaders, tier: TierRecord, source: string | null): MaybePromise<AttributeClaimRecord[]> {
  return andThen(loaders.hop({ type: 'HAS_ATTRIBUTE', direction: 'out', from: 'Tier', to: 'Attribute' }, tier.dbId, source), (rows) => rows.map(({ claim, node }) => ({ source: claim.source, evidence: claim.evidence, tier, attribute: expectLabel(node, 'Attribute') })));
}

export function characteristicsOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  dimension: string | null,
): MaybePromise<CharacteristicRecord[]> {
  return andThen(loaders.hop({ type: 'HAS_CHARACTERISTIC', direction: 'out', from: 'Tier', to: 'Characteristic' }, tier.dbId, source), (rows) => rows.map(({ node }) => expectLabel(node, 'Characteristic')).filter((c) => !dimension || c.dimension === dimension));
}

export function characteristicsOnDimension(
  loaders: Loaders,
  dimensionDbId: string,
  source: string | null,
  tier: string | null,
): MaybePromise<CharacteristicRecord[]> {
  return andThen(loaders.hop({ type: 'ON_DIMENSION', direction: 'in', from: 'Dimension', to: 'Characteristic' }, dimensionDbId, source), (rows) => rows.map(({ node }) => expectLabel(node, 'Characteristic')).filter((c) => !tier || c.tier === tier));
}

export function benefitsOfTier(loaders: Loaders, tier: TierRecord): MaybePromise<CollaborationBenefitRecord[]> {
  return andThen(loaders.hop({ type: 'BETWEEN', direction: 'in', from: 'Tier', to: 'CollaborationBenefit' }, tier.dbId), (rows) => rows.map(({ node }) => expectLabel(node, 'CollaborationBenefit')));
}

export function tiersOfBenefit(loaders: Loaders, benefit: CollaborationBenefitRecord): MaybePromise<TierRecord[]> {
  return andThen(loaders.hop({ type: 'BETWEEN', direction: 'out', from: 'CollaborationBenefit', to: 'Tier' }, benefit.dbId), (rows) => rows.map(({ node }) => expectLabel(node, 'Tier')));
}

/** The statements behind everything claimed about a node, in reading order. */
export function evidenceOf(loaders: Loaders, node: NodeRecord, source: string | null): MaybePromise<StatementRecord[]> {
  return andThen(loaders.hop({ type: 'EVIDENCED_BY', direction: 'out', from: node.label, to: 'Statement' }, node.dbId, source), (rows) => byReadingOrder(rows.map(({ node: statement }) => expectLabel(statement, 'Statement'))));
}

/** Statements naming an entity, in reading order. */
export function mentionsOf(loaders: Loaders, label: NodeLabel, dbId: string): MaybePromise<StatementRecord[]> {
  return andThen(loaders.hop({ type: 'MENTIONS', direction: 'in', from: label, to: 'Statement' }, dbId), (rows) => byReadingOrder(rows.map(({ node }) => expectLabel(node, 'Statement'))));
}

/** The statements a claim cites, in reading order. */
export function statementsByIds(loaders: Loaders, ids: readonly string[]): MaybePromise<StatementRecord[]> {
  return andThen(loaders.nodes(ids), (records) => byReadingOrder(records.filter((r): r is StatementRecord => isLabel(r, 'Statement'))));
}

function byReadingOrder(statements: StatementRecord[]): StatementRecord[] {
  return statements.sort((a, b) => a.source.localeCompare(b.source) || a.position - b.position);
}
