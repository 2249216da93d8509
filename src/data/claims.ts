import type { Loaders } from './loaders.ts';
import { all, andThen, chain, type MaybePromise } from './maybePromise.ts';
import type { ClaimMethod, NodeLabel } from './model.ts';
import {
  expectLabel,
  isLabel,
  type AttributeRecord,
  type CharacteristicRecord,
  type ClaimRecord,
  type CollaborationBenefitRecord,
  type DimensionRecord,
  type NodeRecord,
  type ResponsibilityRecord,
  type RoleRecord,
  type SkillRecord,
  type SourceRecord,
  type StatementRecord,
  type TierRecord,
} from './records.ts';

/**
 * What every claim carries: the source that states it, the statements that say so, how it was
 * made and how sure it is. Claims are built field by field rather than by spreading the
 * relationship's record: on the V8 we run, an object spread followed by more properties takes the
 * slow path (about 3 µs each, measured), and an operation builds hundreds of claims.
 */
interface Sourced {
  source: string;
  evidence: string[];
  method: ClaimMethod;
  confidence: number;
}

/**
 * Which claims a list keeps by how they were made: one method, at least some confidence (null:
 * any). Applied to the claims once loaded, so loader keys and planned statements do not depend
 * on it, and a request asking for one hop with and without it reads the hop once.
 */
export interface ClaimFilter {
  method: ClaimMethod | null;
  minConfidence: number | null;
}

export const anyClaim: ClaimFilter = { method: null, minConfidence: null };

/** Whether `filter` keeps a claim, or a characteristic (which carries the same two properties). */
export function keeps(filter: ClaimFilter, claim: { method: ClaimMethod; confidence: number }): boolean {
  return (
    (filter.method === null || claim.method === filter.method) &&
    (filter.minConfidence === null || claim.confidence >= filter.minConfidence)
  );
}

// The rows of a hop whose claims `filter` keeps.
const kept = <Row extends { claim: ClaimRecord }>(
  rows: readonly Row[],
  filter: ClaimFilter,
): readonly Row[] => (filter === anyClaim ? rows : rows.filter((row) => keeps(filter, row.claim)));

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

export function tiersOfRole(
  loaders: Loaders,
  role: RoleRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<MembershipRecord[]> {
  return andThen(
    loaders.hop({ type: 'MEMBER_OF', direction: 'out', from: 'Role', to: 'Tier' }, role.dbId, source),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        role,
        tier: expectLabel(node, 'Tier'),
      })),
  );
}

export function rolesOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<MembershipRecord[]> {
  return andThen(
    loaders.hop({ type: 'MEMBER_OF', direction: 'in', from: 'Tier', to: 'Role' }, tier.dbId, source),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        tier,
        role: expectLabel(node, 'Role'),
      })),
  );
}

/**
 * Memberships of other roles in this role's tiers, according to the same source as each; with a
 * filter, only where both this role's membership and the peer's pass it.
 */
export function peersOfRole(
  loaders: Loaders,
  role: RoleRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<MembershipRecord[]> {
  return chain(tiersOfRole(loaders, role, source, filter), (own) =>
    andThen(all(own.map((m) => rolesOfTier(loaders, m.tier, m.source, filter))), (peers) =>
      peers.flat().filter((peer) => peer.role.dbId !== role.dbId),
    ),
  );
}

export function responsibilitiesOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<ResponsibilityClaimRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'HAS_RESPONSIBILITY', direction: 'out', from: 'Tier', to: 'Responsibility' },
      tier.dbId,
      source,
    ),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        tier,
        responsibility: expectLabel(node, 'Responsibility'),
      })),
  );
}

export function tiersOfResponsibility(
  loaders: Loaders,
  responsibility: ResponsibilityRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<ResponsibilityClaimRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'HAS_RESPONSIBILITY', direction: 'in', from: 'Responsibility', to: 'Tier' },
      responsibility.dbId,
      source,
    ),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        responsibility,
        tier: expectLabel(node, 'Tier'),
      })),
  );
}

export function skillsOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<SkillClaimRecord[]> {
  return andThen(
    loaders.hop({ type: 'REQUIRES_SKILL', direction: 'out', from: 'Tier', to: 'Skill' }, tier.dbId, source),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        tier,
        skill: expectLabel(node, 'Skill'),
      })),
  );
}

export function tiersOfSkill(
  loaders: Loaders,
  skill: SkillRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<SkillClaimRecord[]> {
  return andThen(
    loaders.hop({ type: 'REQUIRES_SKILL', direction: 'in', from: 'Skill', to: 'Tier' }, skill.dbId, source),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        skill,
        tier: expectLabel(node, 'Tier'),
      })),
  );
}

export function attributesOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<AttributeClaimRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'HAS_ATTRIBUTE', direction: 'out', from: 'Tier', to: 'Attribute' },
      tier.dbId,
      source,
    ),
    (rows) =>
      kept(rows, filter).map(({ claim, node }) => ({
        source: claim.source,
        evidence: claim.evidence,
        method: claim.method,
        confidence: claim.confidence,
        tier,
        attribute: expectLabel(node, 'Attribute'),
      })),
  );
}

// Characteristics are filtered by their own method and confidence, the ones they show.
export function characteristicsOfTier(
  loaders: Loaders,
  tier: TierRecord,
  source: string | null,
  dimension: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<CharacteristicRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'HAS_CHARACTERISTIC', direction: 'out', from: 'Tier', to: 'Characteristic' },
      tier.dbId,
      source,
    ),
    (rows) =>
      rows
        .map(({ node }) => expectLabel(node, 'Characteristic'))
        .filter((c) => (!dimension || c.dimension === dimension) && keeps(filter, c)),
  );
}

export function characteristicsOnDimension(
  loaders: Loaders,
  dimensionDbId: string,
  source: string | null,
  tier: string | null,
  filter: ClaimFilter = anyClaim,
): MaybePromise<CharacteristicRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'ON_DIMENSION', direction: 'in', from: 'Dimension', to: 'Characteristic' },
      dimensionDbId,
      source,
    ),
    (rows) =>
      rows
        .map(({ node }) => expectLabel(node, 'Characteristic'))
        .filter((c) => (!tier || c.tier === tier) && keeps(filter, c)),
  );
}

export function benefitsOfTier(
  loaders: Loaders,
  tier: TierRecord,
  filter: ClaimFilter = anyClaim,
): MaybePromise<CollaborationBenefitRecord[]> {
  return andThen(
    loaders.hop({ type: 'BETWEEN', direction: 'in', from: 'Tier', to: 'CollaborationBenefit' }, tier.dbId),
    (rows) => kept(rows, filter).map(({ node }) => expectLabel(node, 'CollaborationBenefit')),
  );
}

export function tiersOfBenefit(
  loaders: Loaders,
  benefit: CollaborationBenefitRecord,
  filter: ClaimFilter = anyClaim,
): MaybePromise<TierRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'BETWEEN', direction: 'out', from: 'CollaborationBenefit', to: 'Tier' },
      benefit.dbId,
    ),
    (rows) => kept(rows, filter).map(({ node }) => expectLabel(node, 'Tier')),
  );
}

/** The dimensions a source compares tiers on: its own COMPARES_ON claims. */
export function dimensionsOfSource(
  loaders: Loaders,
  source: SourceRecord,
  filter: ClaimFilter = anyClaim,
): MaybePromise<DimensionRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'COMPARES_ON', direction: 'out', from: 'Source', to: 'Dimension' },
      source.dbId,
      source.slug,
    ),
    (rows) => kept(rows, filter).map(({ node }) => expectLabel(node, 'Dimension')),
  );
}

/** The statements behind everything claimed about a node, in reading order. */
export function evidenceOf(
  loaders: Loaders,
  node: NodeRecord,
  source: string | null,
): MaybePromise<StatementRecord[]> {
  return andThen(
    loaders.hop(
      { type: 'EVIDENCED_BY', direction: 'out', from: node.label, to: 'Statement' },
      node.dbId,
      source,
    ),
    (rows) => byReadingOrder(rows.map(({ node: statement }) => expectLabel(statement, 'Statement'))),
  );
}

/** Statements naming an entity, in reading order. */
export function mentionsOf(
  loaders: Loaders,
  label: NodeLabel,
  dbId: string,
): MaybePromise<StatementRecord[]> {
  return andThen(
    loaders.hop({ type: 'MENTIONS', direction: 'in', from: label, to: 'Statement' }, dbId),
    (rows) => byReadingOrder(rows.map(({ node }) => expectLabel(node, 'Statement'))),
  );
}

/** The statements a claim cites, in reading order. */
export function statementsByIds(loaders: Loaders, ids: readonly string[]): MaybePromise<StatementRecord[]> {
  return andThen(loaders.nodes(ids), (records) =>
    byReadingOrder(records.filter((r): r is StatementRecord => isLabel(r, 'Statement'))),
  );
}

function byReadingOrder(statements: StatementRecord[]): StatementRecord[] {
  return statements.sort((a, b) => a.source.localeCompare(b.source) || a.position - b.position);
}
