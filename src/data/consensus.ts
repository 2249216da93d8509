import type { CypherExecutor } from '../db/cypher.ts';
import type { ResponsibilityClaimRecord } from '../claimKinds/tierResponsibility/relation.ts';
import type { SkillClaimRecord } from '../claimKinds/tierSkill/relation.ts';
import { keeps, type ClaimFilter } from './claims.ts';
import { groupByPairs, groupSameClaims } from './claimGroups.ts';
import type { ClaimPair } from './claimSimilarity.ts';
import { nodesOf, relationshipsOf, type GraphCounts, type Reads } from './graphCounts.ts';
import { readGraphVersion } from './graphVersion.ts';
import { placedCharacteristics, placedClaims } from './placedClaims.ts';
import { claimProjection, projectedClaim } from './nodeProperties.ts';
import {
  expectLabel,
  toClaim,
  toRecord,
  type CanonicalDimensionRecord,
  type CharacteristicRecord,
  type ClaimRecord,
  type LevelRecord,
  type ResponsibilityRecord,
  type SkillRecord,
} from './records.ts';

/**
 * What the sources agree on about a level of the ladder: the claims of the tiers each source
 * places there (by the same source), grouped so that claims meaning the same across articles form
 * one group (claimGroups.ts), each group counted by the distinct sources that state it. The
 * groups of a level are the same for every request until the graph changes, so they are computed
 * once per graph version and filter.
 */

/**
 * Two claims join a group when their similarity reaches this. Higher than the threshold from
 * which `gap` counts two claims as shared: a group's wording stands for all its members.
 */
export const consensusThreshold = 0.4;

export interface ConsensusGroup<Member> {
  name: string;
  support: number;
  sources: string[];
  members: Member[];
}
export type ResponsibilityConsensusRecord = ConsensusGroup<ResponsibilityClaimRecord>;
export type SkillConsensusRecord = ConsensusGroup<SkillClaimRecord>;
export interface CharacteristicConsensusRecord extends ConsensusGroup<CharacteristicRecord> {
  summary: string;
}
export interface DimensionConsensusRecord {
  dimension: CanonicalDimensionRecord;
  support: number;
  groups: CharacteristicConsensusRecord[];
}

/** Which claims of a level count: a source's, and claims and placements kept by `filter`. */
export interface ConsensusFilter {
  source: string | null;
  claims: ClaimFilter;
}

// Answers per graph version: a new version empties the cache. The promise is kept as soon as the
// computation starts, so requests that ask while it runs await it rather than each computing the
// same whole-graph answer (32 at once gave no answer within 10 s on the seeded graph); a failed
// computation is not kept.
class VersionedCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  async get<T>(cypher: CypherExecutor, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await readGraphVersion(cypher);
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const known = this.entries.get(key);
    if (known) return known as Promise<T>;
    if (this.entries.size >= 256) this.entries.clear();
    const computing = compute();
    const entries = this.entries;
    entries.set(key, computing);
    computing.catch(() => {
      if (entries.get(key) === computing) entries.delete(key);
    });
    return computing;
  }
}
const cache = new VersionedCache();
const cacheKey = (parts: readonly unknown[]) => JSON.stringify(parts);

/** A member of a group: its id (claims of one item share it), the text compared, its source. */
interface Member<M> {
  id: string;
  text: string;
  source: string;
  confidence: number;
  record: M;
}

/**
 * Groups members that mean the same, by the scored pairs of their ids given (or, without them,
 * scored from their texts); groups by support, then size, then wording.
 */
function consensusGroups<M>(
  members: readonly Member<M>[],
  pairs?: readonly ClaimPair[],
): ConsensusGroup<M>[] {
  const byId = new Map<string, Member<M>[]>();
  for (const m of members) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const texts = [...byId.values()].flatMap((ms) => (ms[0] ? [{ id: ms[0].id, text: ms[0].text }] : []));
  const groups = pairs
    ? groupByPairs([...byId.keys()], pairs, consensusThreshold)
    : groupSameClaims(texts, consensusThreshold);
  return groups
    .map((ids) => {
      const group = ids
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => b.confidence - a.confidence || a.source.localeCompare(b.source));
      const sources = [...new Set(group.map((m) => m.source))].sort();
      return {
        name: group[0]?.text ?? '',
        support: sources.length,
        sources,
        members: group.map((m) => m.record),
      };
    })
    .sort(
      (a, b) => b.support - a.support || b.members.length - a.members.length || a.name.localeCompare(b.name),
    );
}

/** Most claims a request scores against each other; a larger set uses the stored similarity. */
const directlyScored = 300;

const itemQueries = {
  // The claims that state each kind of item of a tier.
  Responsibility: 'HAS_RESPONSIBILITY',
  Skill: 'REQUIRES_SKILL',
} as const;
type ItemLabel = keyof typeof itemQueries;

// Each claim of a tier placed at the level, by the placement's source.
const levelItemsQuery = (label: ItemLabel) => `${placedClaims(
  '(l:Level {id: $level})',
  itemQueries[label],
  label,
  '$source IS NULL OR p.source = $source',
)}
  RETURN t {.id, .slug, .name} AS tier, n {.id, .slug, .name, .description} AS item,
         ${claimProjection('h')} AS claim, ${claimProjection('p')} AS placement
  ORDER BY h.source, t.name, n.name`;

interface ItemRow {
  tier: Record<string, unknown>;
  item: Record<string, unknown>;
  claim: unknown;
  placement: unknown;
}

/** The claims of `label` of the tiers placed at the level, kept by the filter. */
async function levelItems(cypher: CypherExecutor, label: ItemLabel, level: string, filter: ConsensusFilter) {
  const rows = await cypher.read<ItemRow>(`level.${label}`, levelItemsQuery(label), {
    level: `Level:${level}`,
    source: filter.source,
  });
  return rows.flatMap((row) => {
    const claim = toClaim(itemQueries[label], projectedClaim(row.claim));
    const placement = toClaim('AT_LEVEL', projectedClaim(row.placement));
    if (!keeps(filter.claims, claim) || !keeps(filter.claims, placement)) return [];
    const tier = expectLabel(toRecord(row.tier), 'Tier');
    return [{ tier, item: toRecord(row.item), claim }];
  });
}

// Pairs of the items (by id) the claim similarity stored as alike, scoring at least the threshold.
const storedPairsQuery = (label: ItemLabel) => `
  UNWIND $ids AS id
  MATCH (a:${label} {id: id})-[r:SIMILAR_TO]->(b:${label})
  WHERE r.score >= $threshold
  RETURN a.id AS from, b.id AS to, r.score AS score`;

/**
 * The stored similarity of the items: scored when the items were written, so a level with
 * thousands of claims is grouped without scoring them all against each other per request.
 */
async function storedPairs(
  cypher: CypherExecutor,
  label: ItemLabel,
  ids: readonly string[],
): Promise<ClaimPair[]> {
  const wanted = new Set(ids);
  const rows = await cypher.read<ClaimPair>(`level.${label}.similar`, storedPairsQuery(label), {
    ids: [...wanted],
    threshold: consensusThreshold,
  });
  return rows.filter((p) => wanted.has(p.to));
}

const member = <M>(id: string, text: string, claim: ClaimRecord, record: M): Member<M> => ({
  id,
  text,
  source: claim.source,
  confidence: claim.confidence,
  record,
});

export function levelResponsibilities(
  cypher: CypherExecutor,
  level: LevelRecord,
  filter: ConsensusFilter,
): Promise<ResponsibilityConsensusRecord[]> {
  return cache.get(cypher, cacheKey(['Responsibility', level.slug, filter]), async () => {
    const items = await levelItems(cypher, 'Responsibility', level.slug, filter);
    const pairs = await storedPairs(
      cypher,
      'Responsibility',
      items.map((i) => i.item.dbId),
    );
    return consensusGroups(
      items.map(({ tier, item, claim }) => {
        const responsibility: ResponsibilityRecord = expectLabel(item, 'Responsibility');
        return member(item.dbId, item.name, claim, { tier, responsibility, claim });
      }),
      pairs,
    );
  });
}

export function levelSkills(
  cypher: CypherExecutor,
  level: LevelRecord,
  filter: ConsensusFilter,
): Promise<SkillConsensusRecord[]> {
  return cache.get(cypher, cacheKey(['Skill', level.slug, filter]), async () => {
    const items = await levelItems(cypher, 'Skill', level.slug, filter);
    const pairs = await storedPairs(
      cypher,
      'Skill',
      items.map((i) => i.item.dbId),
    );
    return consensusGroups(
      items.map(({ tier, item, claim }) => {
        const skill: SkillRecord = expectLabel(item, 'Skill');
        return member(item.dbId, item.name, claim, { tier, skill, claim });
      }),
      pairs,
    );
  });
}

// The characteristics of the tiers placed at the level, by the placement's source, each with the
// canonical dimension its dimension is grouped under (a dimension of its own when there is none).
const levelCharacteristicsQuery = `${placedCharacteristics('(l:Level {id: $level})', '$source IS NULL OR p.source = $source')}
  RETURN n {.*, sources: null} AS characteristic, ${claimProjection('p')} AS placement, canonical
  ORDER BY n.source, n.tier`;

interface CharacteristicRow {
  characteristic: Record<string, unknown>;
  placement: unknown;
  canonical: Record<string, unknown>;
}

export async function levelCharacteristicRows(
  cypher: CypherExecutor,
  level: string,
  filter: ConsensusFilter,
): Promise<{ characteristic: CharacteristicRecord; dimension: CanonicalDimensionRecord }[]> {
  const rows = await cypher.read<CharacteristicRow>('level.characteristics', levelCharacteristicsQuery, {
    level: `Level:${level}`,
    source: filter.source,
  });
  return rows.flatMap((row) => {
    const characteristic = expectLabel(toRecord(row.characteristic), 'Characteristic');
    const placement = toClaim('AT_LEVEL', projectedClaim(row.placement));
    if (!keeps(filter.claims, characteristic) || !keeps(filter.claims, placement)) return [];
    return [{ characteristic, dimension: expectLabel(toRecord(row.canonical), 'CanonicalDimension') }];
  });
}

export function levelCharacteristics(
  cypher: CypherExecutor,
  level: LevelRecord,
  filter: ConsensusFilter,
): Promise<DimensionConsensusRecord[]> {
  return cache.get(cypher, cacheKey(['Characteristic', level.slug, filter]), async () => {
    const rows = await levelCharacteristicRows(cypher, level.slug, filter);
    const byDimension = new Map<
      string,
      { dimension: CanonicalDimensionRecord; items: CharacteristicRecord[] }
    >();
    for (const { characteristic, dimension } of rows) {
      const entry = byDimension.get(dimension.slug) ?? { dimension, items: [] };
      byDimension.set(dimension.slug, entry);
      entry.items.push(characteristic);
    }
    const dimensions = [...byDimension.values()].map(({ dimension, items }) => {
      // A few hundred are scored against each other across their articles' dimension names; in a
      // larger set (a request cannot score thousands in time) only identical summaries group.
      const large = items.length > directlyScored;
      const groups = consensusGroups(
        items.map((c) => ({
          id: large ? `summary:${(c.summary ?? c.name).toLowerCase()}` : c.dbId,
          text: c.summary ?? c.name,
          source: c.source,
          confidence: c.confidence,
          record: c,
        })),
        large ? [] : undefined,
      ).map((g) => ({ ...g, summary: g.name }));
      return { dimension, support: new Set(items.map((c) => c.source)).size, groups };
    });
    return dimensions.sort(
      (a, b) => b.support - a.support || a.dimension.name.localeCompare(b.dimension.name),
    );
  });
}

/** Keeps groups with at least `minSupport` sources, at most `first` of them. */
export const supported = <G extends { support: number }>(
  groups: readonly G[],
  minSupport: number,
  first: number,
) => groups.filter((g) => g.support >= minSupport).slice(0, first);

export interface LevelCoverageRecord {
  level: LevelRecord;
  dimension: CanonicalDimensionRecord;
  sources: number;
  characteristics: number;
}

// Per level and canonical dimension, the sources and characteristics of the tiers placed there.
const coverageQuery = `${placedCharacteristics('(l:Level)')}
  WITH l, canonical, count(DISTINCT n.source) AS sources, count(n) AS characteristics
  RETURN l {.id, .slug, .name, .rank} AS level, canonical, sources, characteristics
  ORDER BY l.rank, canonical.name`;

/**
 * What the coverage reads when its answer is not cached for the graph's version: every placement
 * and its tier's characteristics with their dimensions (about 20 hits each), one row per cell.
 */
export const levelCoverageReads = (counts: GraphCounts): Reads => ({
  dbHits: 20 * relationshipsOf(counts, ['AT_LEVEL', 'HAS_CHARACTERISTIC']),
  rows: nodesOf(counts, ['Level']) * nodesOf(counts, ['CanonicalDimension']),
});

export function levelCoverage(cypher: CypherExecutor): Promise<LevelCoverageRecord[]> {
  return cache.get(cypher, cacheKey(['coverage']), async () => {
    const rows = await cypher.read<{
      level: Record<string, unknown>;
      canonical: Record<string, unknown>;
      sources: number;
      characteristics: number;
    }>('levelCoverage', coverageQuery);
    return rows.map((row) => ({
      level: expectLabel(toRecord(row.level), 'Level'),
      dimension: expectLabel(toRecord(row.canonical), 'CanonicalDimension'),
      sources: Number(row.sources),
      characteristics: Number(row.characteristics),
    }));
  });
}

// The ladder, top down.
const levelsQuery = 'MATCH (l:Level) RETURN l {.*} AS level ORDER BY l.rank';

export async function listLevels(cypher: CypherExecutor): Promise<LevelRecord[]> {
  const rows = await cypher.read<{ level: Record<string, unknown> }>('levels', levelsQuery);
  return rows.map((row) => expectLabel(toRecord(row.level), 'Level'));
}

// Canonical dimensions some dimension is grouped under (or that are a dimension's own), by name.
const canonicalDimensionsQuery = `
  MATCH (d:Dimension)
  WITH DISTINCT coalesce(d.canonical, d.slug) AS slug, d
  OPTIONAL MATCH (g:CanonicalDimension {id: 'CanonicalDimension:' + slug})
  WITH slug, head(collect(coalesce(g.name, d.name))) AS name
  RETURN {id: 'CanonicalDimension:' + slug, slug: slug, name: name} AS canonical ORDER BY name, slug`;

export async function listCanonicalDimensions(cypher: CypherExecutor): Promise<CanonicalDimensionRecord[]> {
  const rows = await cypher.read<{ canonical: Record<string, unknown> }>(
    'canonicalDimensions',
    canonicalDimensionsQuery,
  );
  return rows.map((row) => expectLabel(toRecord(row.canonical), 'CanonicalDimension'));
}

// The dimensions grouped under one canonical dimension, by name.
const groupedDimensionsQuery = `
  MATCH (d:Dimension) WHERE coalesce(d.canonical, d.slug) = $slug
  RETURN d {.id, .slug, .name, .canonical} AS dimension ORDER BY d.name, d.slug`;

export async function groupedDimensions(cypher: CypherExecutor, canonical: CanonicalDimensionRecord) {
  const rows = await cypher.read<{ dimension: Record<string, unknown> }>(
    'canonicalDimension.dimensions',
    groupedDimensionsQuery,
    {
      slug: canonical.slug,
    },
  );
  return rows.map((row) => expectLabel(toRecord(row.dimension), 'Dimension'));
}
