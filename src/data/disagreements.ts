import type { CypherExecutor } from '../db/cypher.ts';
import { nodesOf, relationshipsOf, type GraphCounts, type Reads } from './graphCounts.ts';
import { levelDisagreements } from './levelDisagreements.ts';
import {
  expectLabel,
  toRecord,
  type CanonicalDimensionRecord,
  type LevelRecord,
  type RoleRecord,
  type TierRecord,
} from './records.ts';

export type DisagreementKind =
  'TIER_MEMBERS' | 'ROLE_TIER' | 'TIER_ATTRIBUTE' | 'TIER_LEVEL' | 'LEVEL_CHARACTERISTIC';

export interface DisagreementSideRecord {
  source: string;
  claim: string;
  evidence: string[];
}

export interface DisagreementRecord {
  kind: DisagreementKind;
  subject: string;
  tier: TierRecord | null;
  role: RoleRecord | null;
  attribute: string | null;
  level: LevelRecord | null;
  dimension: CanonicalDimensionRecord | null;
  sides: DisagreementSideRecord[];
}

// Tier-level disagreements first: they are what a reader asks about; per-role views follow.
const kindOrder: DisagreementKind[] = [
  'TIER_MEMBERS',
  'TIER_ATTRIBUTE',
  'TIER_LEVEL',
  'LEVEL_CHARACTERISTIC',
  'ROLE_TIER',
];

interface Side {
  values: Set<string>;
  evidence: Set<string>;
}

/** Groups claims by subject and source; a subject where two sources' value sets differ is a disagreement. */
export function disagreeing(
  claims: { subject: string; source: string; value: string; evidence: string[] }[],
) {
  const subjects = new Map<string, Map<string, Side>>();
  for (const claim of claims) {
    const bySource = subjects.get(claim.subject) ?? new Map<string, Side>();
    subjects.set(claim.subject, bySource);
    const side = bySource.get(claim.source) ?? { values: new Set<string>(), evidence: new Set<string>() };
    bySource.set(claim.source, side);
    side.values.add(claim.value);
    for (const id of claim.evidence) side.evidence.add(id);
  }
  const key = (side: Side) => [...side.values].sort().join('|');
  return [...subjects.entries()]
    .filter(([, bySource]) => bySource.size > 1 && new Set([...bySource.values()].map(key)).size > 1)
    .map(([subject, bySource]) => ({
      subject,
      sides: [...bySource.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([source, side]) => ({
          source,
          claim: [...side.values].sort().join(', '),
          evidence: [...side.evidence],
        })),
    }));
}

/**
 * Every membership and attribute claim with both ends' properties (about 13 hits each), whatever
 * `about` keeps; at most one disagreement per tier, per tier attribute and per role, or about
 * one tier or role those of its members and attributes, and at most the page asked.
 */
export const disagreementsReads = (counts: GraphCounts, about: string | null, first: number): Reads => {
  const attributes = nodesOf(counts, ['Attribute']);
  // The level view reads every placement and, for each, its tier's characteristics by that source.
  const placements = relationshipsOf(counts, ['AT_LEVEL']);
  const possible =
    about === null
      ? nodesOf(counts, ['Tier']) * (2 + attributes) +
        nodesOf(counts, ['Role']) +
        nodesOf(counts, ['Level']) * nodesOf(counts, ['CanonicalDimension'])
      : 2 + attributes + nodesOf(counts, ['CanonicalDimension']);
  return {
    dbHits:
      13 * relationshipsOf(counts, ['MEMBER_OF', 'HAS_ATTRIBUTE']) +
      13 * placements +
      20 * relationshipsOf(counts, ['HAS_CHARACTERISTIC']),
    rows: Math.min(possible, first),
  };
};

interface MembershipRow {
  role: RoleRecord;
  tier: TierRecord;
  source: string;
  evidence: string[];
}
interface AttributeRow {
  tierSlug: string;
  kind: string;
  value: string;
  source: string;
  evidence: string[];
}

// Every membership and attribute claim, with the tiers and roles they name by slug.
async function readClaims(cypher: CypherExecutor) {
  const memberships = await cypher.read<{
    role: Record<string, unknown>;
    tier: Record<string, unknown>;
    source: string;
    evidence: string[];
  }>(
    'disagreements.memberships',
    'MATCH (r:Role)-[m:MEMBER_OF]->(t:Tier) RETURN r {.*} AS role, t {.*} AS tier, m.source AS source, m.evidence AS evidence',
  );
  const attributes = await cypher.read<{
    tier: Record<string, unknown>;
    kind: string;
    value: string;
    source: string;
    evidence: string[];
  }>(
    'disagreements.attributes',
    'MATCH (t:Tier)-[h:HAS_ATTRIBUTE]->(a:Attribute) RETURN t {.*} AS tier, a.kind AS kind, a.value AS value, h.source AS source, h.evidence AS evidence',
  );
  const tiers = new Map<string, TierRecord>();
  const roles = new Map<string, RoleRecord>();
  const membershipRows: MembershipRow[] = memberships.map((m) => {
    const role = expectLabel(toRecord(m.role), 'Role');
    const tier = expectLabel(toRecord(m.tier), 'Tier');
    roles.set(role.slug, role);
    tiers.set(tier.slug, tier);
    return { role, tier, source: m.source, evidence: m.evidence };
  });
  const attributeRows: AttributeRow[] = attributes.map((a) => {
    const tier = expectLabel(toRecord(a.tier), 'Tier');
    tiers.set(tier.slug, tier);
    return { tierSlug: tier.slug, kind: a.kind, value: a.value, source: a.source, evidence: a.evidence };
  });
  return { memberships: membershipRows, attributes: attributeRows, tiers, roles };
}

const tierMembers = (rows: readonly MembershipRow[], tiers: ReadonlyMap<string, TierRecord>) =>
  disagreeing(
    rows.map((r) => ({ subject: r.tier.slug, source: r.source, value: r.role.name, evidence: r.evidence })),
  ).map((d) => ({
    kind: 'TIER_MEMBERS' as const,
    subject: `Members of ${tiers.get(d.subject)?.name ?? d.subject}`,
    tier: tiers.get(d.subject) ?? null,
    role: null,
    attribute: null,
    level: null,
    dimension: null,
    sides: d.sides,
  }));

const tierAttributes = (rows: readonly AttributeRow[], tiers: ReadonlyMap<string, TierRecord>) =>
  disagreeing(
    rows.map((a) => ({
      subject: `${a.tierSlug}|${a.kind}`,
      source: a.source,
      value: a.value,
      evidence: a.evidence,
    })),
  ).map((d) => {
    const [tierSlug = '', kind = ''] = d.subject.split('|');
    return {
      kind: 'TIER_ATTRIBUTE' as const,
      subject: `${kind.replace('-', ' ')} of ${tiers.get(tierSlug)?.name ?? tierSlug}`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
      tier: tiers.get(tierSlug) ?? null,
      role: null,
      attribute: kind,
      level: null,
      dimension: null,
      sides: d.sides,
    };
  });

const roleTiers = (rows: readonly MembershipRow[], roles: ReadonlyMap<string, RoleRecord>) =>
  disagreeing(
    rows.map((r) => ({ subject: r.role.slug, source: r.source, value: r.tier.name, evidence: r.evidence })),
  ).map((d) => ({
    kind: 'ROLE_TIER' as const,
    subject: `Tier of ${roles.get(d.subject)?.name ?? d.subject}`,
    tier: null,
    role: roles.get(d.subject) ?? null,
    attribute: null,
    level: null,
    dimension: null,
    sides: d.sides,
  }));

/** The disagreements about one tier, role or level (slug), or all of them. */
export const aboutSubject = (
  disagreements: DisagreementRecord[],
  about: string | null,
): DisagreementRecord[] =>
  about === null
    ? disagreements
    : disagreements.filter(
        (d) => d.tier?.slug === about || d.role?.slug === about || d.level?.slug === about,
      );

/**
 * Where sources differ: which roles a tier holds, which tier a role is in, a tier's attributes
 * (orientation, time horizon, scope, level), where a tier of one name is placed on the ladder, and
 * what the sources say of one level on one canonical dimension (levelDisagreements.ts). Computed from the claims, so a newly
 * loaded article's disagreements appear without curation.
 */
export async function findDisagreements(
  cypher: CypherExecutor,
  about: string | null,
): Promise<DisagreementRecord[]> {
  const { memberships, attributes, tiers, roles } = await readClaims(cypher);
  const results: DisagreementRecord[] = [
    ...tierMembers(memberships, tiers),
    ...tierAttributes(attributes, tiers),
    ...roleTiers(memberships, roles),
    ...(await levelDisagreements(cypher)),
  ];
  return aboutSubject(results, about).sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.subject.localeCompare(b.subject),
  );
}
