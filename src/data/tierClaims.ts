import type { ClaimMethod } from './model.ts';
import {
  expectLabel,
  toClaim,
  toRecord,
  type ResponsibilityRecord,
  type RoleRecord,
  type SkillRecord,
  type SourceRecord,
  type StatementRecord,
  type TierRecord,
} from './records.ts';

/**
 * Claims that a tier holds a responsibility or needs a skill, read with their evidence in the
 * statement that asks for them, and matched across two sides with similar claims counted as the
 * same (gap.ts, softOverlap.ts).
 */

export type ClaimedItem = ResponsibilityRecord | SkillRecord;

/** Whether a role holds a claim itself (a job profile's duties) or through a tier it is placed in. */
export type HeldThrough = 'OWN' | 'TIER';

export interface TierClaimRecord {
  item: ClaimedItem;
  name: string;
  /** The tier that holds it; null for a role's own claim. */
  tier: TierRecord | null;
  /** The role that holds it itself; null for a tier's claim. */
  role: RoleRecord | null;
  through: HeldThrough;
  source: SourceRecord;
  evidence: StatementRecord[];
  method: ClaimMethod;
  confidence: number;
}

export interface ClaimMatchRecord {
  score: number;
  from: TierClaimRecord;
  to: TierClaimRecord;
}

/** The two kinds of claim compared, with the relationship that states them and their label. */
export const claimedKinds = {
  responsibilities: { type: 'HAS_RESPONSIBILITY', label: 'Responsibility' },
  skills: { type: 'REQUIRES_SKILL', label: 'Skill' },
} as const;
export type ClaimedKind = keyof typeof claimedKinds;

/**
 * Which claims a list reads: those of the source in parameter `$source`, looked up in the
 * relationship's source index (one article's claims are few, a hub tier's are many, and the
 * planner, not knowing the tier, would rather expand them all); those of the source in variable
 * `s`, looked up the same way (a gap reads them once per source, and expanding a hub tier's claims
 * for each of hundreds of sources took most of its hits); or every source's unless `$source` is
 * given.
 */
export type ClaimScope = 'sourceParameter' | 'sourceVariable' | 'anySourceUnlessGiven';

const scopeClauses = (type: string, scope: ClaimScope): string =>
  scope === 'sourceParameter'
    ? `USING INDEX h:${type}(source) WHERE h.source = $source`
    : scope === 'sourceVariable'
      ? `USING INDEX h:${type}(source) WHERE h.source = s.slug`
      : 'WHERE $source IS NULL OR h.source = $source';

/**
 * A Cypher list of the claims of kind `kind` from tier variable `t` in `scope`, each as
 * [item, tier, claim properties, evidence statements], by item name. `t` may be a role too: a
 * role's own claims are of the same types. Items and tiers come without
 * their `sources` list, which for a tier every article speaks of holds every article's slug, once
 * per claim row (a record reads it as not asked for).
 */
export function tierClaimsExpression(kind: ClaimedKind, t: string, scope: ClaimScope): string {
  const { type, label } = claimedKinds[kind];
  return `COLLECT {
      MATCH (${t})-[h:${type}]->(x:${label}) ${scopeClauses(type, scope)}
      WITH h, x ORDER BY x.name, x.slug, h.source
      RETURN [x {.*, sources: null}, ${t} {.*, sources: null}, properties(h), COLLECT { MATCH (st:Statement) WHERE st.id IN h.evidence RETURN st {.*} ORDER BY st.source, st.position }]
    }`;
}

/** A row of `tierClaimsExpression` as read from the driver. */
export type RawTierClaim = [
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>[],
];

/** The claim of one raw row; `sources` holds the Source records by slug. */
export function toTierClaim(
  kind: ClaimedKind,
  [item, tier, rel, evidence]: RawTierClaim,
  sources: ReadonlyMap<string, SourceRecord>,
): TierClaimRecord {
  const { type, label } = claimedKinds[kind];
  const claim = toClaim(type, rel);
  const source = sources.get(claim.source);
  if (!source) throw new Error(`claim of unknown source ${claim.source}`);
  const record = expectLabel(toRecord(item), label);
  const holder = toRecord(tier);
  const role = holder.label === 'Role' ? holder : null;
  return {
    item: record,
    name: record.name,
    tier: role ? null : expectLabel(holder, 'Tier'),
    role,
    through: role ? 'OWN' : 'TIER',
    source,
    evidence: evidence.map((props) => expectLabel(toRecord(props), 'Statement')),
    method: claim.method,
    confidence: claim.confidence,
  };
}

/** Scores of similar pairs, looked up in either order. */
export class PairScores {
  private readonly scores = new Map<string, number>();

  constructor(pairs: readonly (readonly [string, string, number])[]) {
    for (const [a, b, score] of pairs) {
      this.scores.set(`${a}|${b}`, score);
      this.scores.set(`${b}|${a}`, score);
    }
  }

  get(a: string, b: string): number | undefined {
    return a === b ? 1 : this.scores.get(`${a}|${b}`);
  }
}

export interface ClaimMatching {
  shared: ClaimMatchRecord[];
  fromOnly: TierClaimRecord[];
  toOnly: TierClaimRecord[];
  /** Matched items over the union of both sides' items, a matched pair counting once. */
  jaccard: number;
}

/**
 * Matches the items of two sides one to one, best score first: the same item scores 1, two
 * items whose SIMILAR_TO score reaches `minScore` score that. A side's claims of one item (per
 * source, per tier) go together; a match shows the first claim of each side.
 */
export function matchClaims(
  from: readonly TierClaimRecord[],
  to: readonly TierClaimRecord[],
  scores: PairScores,
  minScore: number,
): ClaimMatching {
  const byItem = (claims: readonly TierClaimRecord[]) => {
    const items = new Map<string, TierClaimRecord[]>();
    for (const claim of claims) {
      const list = items.get(claim.item.dbId);
      if (list) list.push(claim);
      else items.set(claim.item.dbId, [claim]);
    }
    return items;
  };
  const fromItems = byItem(from);
  const toItems = byItem(to);
  const candidates: { a: string; b: string; score: number }[] = [];
  for (const a of fromItems.keys()) {
    for (const b of toItems.keys()) {
      const score = scores.get(a, b);
      if (score !== undefined && score >= minScore) candidates.push({ a, b, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const shared: ClaimMatchRecord[] = [];
  for (const { a, b, score } of candidates) {
    if (usedFrom.has(a) || usedTo.has(b)) continue;
    const fromClaim = fromItems.get(a)?.[0];
    const toClaim = toItems.get(b)?.[0];
    if (!fromClaim || !toClaim) continue;
    usedFrom.add(a);
    usedTo.add(b);
    shared.push({ score, from: fromClaim, to: toClaim });
  }
  const union = fromItems.size + toItems.size - shared.length;
  return {
    shared,
    fromOnly: from.filter((c) => !usedFrom.has(c.item.dbId)),
    toOnly: to.filter((c) => !usedTo.has(c.item.dbId)),
    jaccard: union === 0 ? 0 : shared.length / union,
  };
}
