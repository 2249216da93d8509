import type { CypherExecutor } from '../db/cypher.ts';
import { nodesOf, relationshipsOf, type GraphCounts, type Reads } from './graphCounts.ts';
import { checkedName, nodeLabels } from './model.ts';
import { expectLabel, toRecord, type NodeRecord, type SourceRecord, type TierRecord } from './records.ts';
import {
  claimedKinds,
  matchClaims,
  PairScores,
  tierClaimsExpression,
  toTierClaim,
  type ClaimedKind,
  type ClaimMatchRecord,
  type RawTierClaim,
  type TierClaimRecord,
} from './tierClaims.ts';

/**
 * One side of a gap: a tier, or a role (its own claims, and those of the tiers each source places
 * it in).
 */
export interface Position {
  label: 'Tier' | 'Role';
  dbId: string;
}

export interface ClaimGapRecord {
  toOnly: TierClaimRecord[];
  fromOnly: TierClaimRecord[];
  shared: ClaimMatchRecord[];
}

export interface GapBySourceRecord {
  source: SourceRecord;
  fromTiers: TierRecord[];
  toTiers: TierRecord[];
  responsibilities: ClaimGapRecord;
  skills: ClaimGapRecord;
}

export interface GapRecord {
  from: NodeRecord;
  to: NodeRecord;
  minScore: number;
  bySource: GapBySourceRecord[];
}

// The tiers of a position in source `s`: a tier itself when the source claims anything about it
// (the sources of a node's evidence are kept on it), a role's tiers as the source places it.
const positionTiers = (p: string) => `
    CASE WHEN ${p}:Tier
      THEN CASE WHEN s.slug IN ${p}.sources THEN [${p}] ELSE [] END
      ELSE COLLECT { MATCH (${p})-[m:MEMBER_OF]->(t:Tier) WHERE m.source = s.slug RETURN DISTINCT t ORDER BY t.name }
    END`;

// A role itself, when source \`s\` makes claims of its own about it (a job profile's duties).
const positionOwn = (p: string) => `
    CASE WHEN ${p}:Role AND EXISTS {
      MATCH (${p})-[h:HAS_RESPONSIBILITY|REQUIRES_SKILL]->() WHERE h.source = s.slug
    } THEN [${p}] ELSE [] END`;

// Claims of one kind of a side's own role and its tiers in source `s`. With one source asked, the claims are
// matched on the parameter, which the relationship's source index can answer for a hub tier.
const sideClaims = (kind: ClaimedKind, side: 'from' | 'to', out: string, bySource: boolean) => `
    CALL (s, ${side}Own, ${side}Tiers) {
      UNWIND ${side}Own + ${side}Tiers AS t
      WITH s, t, ${tierClaimsExpression(kind, 't', bySource ? 'sourceParameter' : 'sourceVariable')} AS claims
      UNWIND claims AS claim
      RETURN collect(claim) AS ${out}
    }`;

// SIMILAR_TO pairs between the items of both sides' claims, from `minScore` up.
const similarPairs = (kind: ClaimedKind, fromClaims: string, toClaims: string, out: string) => {
  const label = claimedKinds[kind].label;
  return `
    CALL (${fromClaims}, ${toClaims}) {
      WITH [c IN ${fromClaims} | c[0].id] AS fromIds, [c IN ${toClaims} | c[0].id] AS toIds
      MATCH (a:${label})-[r:SIMILAR_TO]-(b:${label})
      WHERE a.id IN fromIds AND b.id IN toIds AND r.score >= $minScore
      RETURN collect(DISTINCT [a.id, b.id, r.score]) AS ${out}
    }`;
};

/**
 * Per source that speaks of both positions (or the one asked), in slug order: the sides' tiers,
 * the responsibility and skill claims of a role itself and of its tiers, with evidence, and the similar pairs between them. The
 * positions' labels come from the closed label list, checked before they reach the text.
 */
function gapQuery(from: Position['label'], to: Position['label'], bySource: boolean): string {
  // One source is found by its slug (indexed); without one, every source is tried.
  const sources = bySource ? 'MATCH (s:Source {slug: $source})' : 'MATCH (s:Source)';
  return `
    OPTIONAL MATCH (f:${checkedName(from, nodeLabels)} {id: $fromId})
    OPTIONAL MATCH (g:${checkedName(to, nodeLabels)} {id: $toId})
    CALL (f, g) {
      WITH f, g WHERE f IS NOT NULL AND g IS NOT NULL
      ${sources}
      WITH s, f, g, ${positionTiers('f')} AS fromTiers, ${positionTiers('g')} AS toTiers,
        ${positionOwn('f')} AS fromOwn, ${positionOwn('g')} AS toOwn
      WHERE size(fromOwn) + size(fromTiers) > 0 AND size(toOwn) + size(toTiers) > 0
      ${sideClaims('responsibilities', 'from', 'fromResponsibilities', bySource)}
      ${sideClaims('responsibilities', 'to', 'toResponsibilities', bySource)}
      ${sideClaims('skills', 'from', 'fromSkills', bySource)}
      ${sideClaims('skills', 'to', 'toSkills', bySource)}
      ${similarPairs('responsibilities', 'fromResponsibilities', 'toResponsibilities', 'similarResponsibilities')}
      ${similarPairs('skills', 'fromSkills', 'toSkills', 'similarSkills')}
      WITH s, fromTiers, toTiers, fromResponsibilities, toResponsibilities, fromSkills, toSkills,
        similarResponsibilities, similarSkills
      ORDER BY s.slug
      RETURN collect([s {.*}, [t IN fromTiers | t {.*, sources: null}], [t IN toTiers | t {.*, sources: null}],
        fromResponsibilities, toResponsibilities, fromSkills, toSkills,
        similarResponsibilities, similarSkills]) AS bySource
    }
    RETURN f {.*, sources: null} AS from, g {.*, sources: null} AS to, bySource`;
}

/**
 * About 80 hits for each source that speaks of both positions (its tiers, and its claims found
 * through the claims' source index), and about 250 per claim of an average tier: the claims of both
 * positions' tiers, read with their items, tiers and evidence, and the similar pairs between them.
 * How many claims and sources two positions have is not in the count store: every source is
 * counted, and the busiest tiers' claims, which hold several times an average tier's share. Fitted
 * at sizes S and M on the two busiest tiers (1.9 and 1.8 times the hits measured) and the example
 * from department head to CEO.
 */
export const gapReads = (counts: GraphCounts, oneSource: boolean): Reads => {
  const sources = Math.max(1, nodesOf(counts, ['Source']));
  const perTier =
    (relationshipsOf(counts, ['HAS_RESPONSIBILITY', 'REQUIRES_SKILL']) +
      relationshipsOf(counts, ['SIMILAR_TO'])) /
    Math.max(1, nodesOf(counts, ['Tier']));
  return {
    dbHits: oneSource ? 80 + (250 * perTier) / sources : 80 * sources + 250 * perTier,
    rows: 1,
  };
};

type Props = Record<string, unknown>;
type Pair = [string, string, number];
type RawSource = [
  Props,
  Props[],
  Props[],
  RawTierClaim[],
  RawTierClaim[],
  RawTierClaim[],
  RawTierClaim[],
  Pair[],
  Pair[],
];

/**
 * What `to` holds that `from` does not and the reverse, per source, similar claims counted as
 * shared; `missing` names the positions that do not exist (then nothing else is read).
 */
export async function positionGap(
  cypher: CypherExecutor,
  from: Position,
  to: Position,
  source: string | null,
  minScore: number,
): Promise<{ gap: GapRecord | null; missing: Position[] }> {
  const [row] = await cypher.read<{ from: Props | null; to: Props | null; bySource: RawSource[] }>(
    'gap',
    gapQuery(from.label, to.label, source !== null),
    { fromId: from.dbId, toId: to.dbId, source, minScore },
  );
  const missing = [row?.from ? null : from, row?.to ? null : to].filter((p): p is Position => p !== null);
  if (!row?.from || !row.to || missing.length > 0) return { gap: null, missing };
  let rows = 0;
  const bySource = row.bySource.map(
    ([sourceProps, fromTiers, toTiers, fromResp, toResp, fromSkills, toSkills, simResp, simSkills]) => {
      const record = expectLabel(toRecord(sourceProps), 'Source');
      const sources = new Map([[record.slug, record]]);
      const side = (kind: ClaimedKind, raw: RawTierClaim[]) => raw.map((c) => toTierClaim(kind, c, sources));
      const gapOf = (
        kind: ClaimedKind,
        a: RawTierClaim[],
        b: RawTierClaim[],
        pairs: Pair[],
      ): ClaimGapRecord => {
        rows += a.length + b.length;
        const { shared, fromOnly, toOnly } = matchClaims(
          side(kind, a),
          side(kind, b),
          new PairScores(pairs),
          minScore,
        );
        return { shared, fromOnly, toOnly };
      };
      return {
        source: record,
        fromTiers: fromTiers.map((t) => expectLabel(toRecord(t), 'Tier')),
        toTiers: toTiers.map((t) => expectLabel(toRecord(t), 'Tier')),
        responsibilities: gapOf('responsibilities', fromResp, toResp, simResp),
        skills: gapOf('skills', fromSkills, toSkills, simSkills),
      };
    },
  );
  cypher.countRows(rows);
  return { gap: { from: toRecord(row.from), to: toRecord(row.to), minScore, bySource }, missing: [] };
}
