import type { CypherExecutor } from '../db/cypher.ts';
import {
  claimCount,
  nodesOf,
  relationshipsOf,
  semanticNodes,
  type GraphCounts,
  type Reads,
} from './graphCounts.ts';
import {
  claimMethods,
  claimTypes,
  nodeLabels,
  relationshipTypes,
  type ClaimMethod,
  type NodeLabel,
  type RelationshipType,
} from './model.ts';
import {
  expectLabel,
  readShown,
  toRecord,
  type DimensionRecord,
  type NodeRecord,
  type RecordOf,
  type SourceRecord,
  type TierRecord,
} from './records.ts';
import type { SoftOverlapRecord } from './softOverlap.ts';

export interface CountRecord<Name extends string = string> {
  name: Name;
  count: number;
}

// Counts per label and per type from the count store: constant time whatever the graph size.
const labelCountsQuery = `RETURN ${nodeLabels.map((l) => `COUNT { (:${l}) } AS ${l}`).join(', ')}`;
const typeCountsQuery = `RETURN ${relationshipTypes.map((t) => `COUNT { ()-[:${t}]->() } AS ${t}`).join(', ')}`;

/** One count-store lookup per label. */
export const labelCountsReads = (): Reads => ({ dbHits: nodeLabels.length, rows: nodeLabels.length });

export async function labelCounts(cypher: CypherExecutor): Promise<CountRecord<NodeLabel>[]> {
  const [row] = await cypher.read<Record<string, number>>('stats.labels', labelCountsQuery);
  return nodeLabels.map((name) => ({ name, count: row?.[name] ?? 0 }));
}

/** One count-store lookup per type. */
export const typeCountsReads = (): Reads => ({
  dbHits: relationshipTypes.length,
  rows: relationshipTypes.length,
});

export async function typeCounts(cypher: CypherExecutor): Promise<CountRecord<RelationshipType>[]> {
  const [row] = await cypher.read<Record<string, number>>('stats.types', typeCountsQuery);
  return relationshipTypes.map((name) => ({ name, count: row?.[name] ?? 0 }));
}

export interface SourceStatsRecord {
  source: SourceRecord;
  statements: number;
  claims: CountRecord[];
  methods: CountRecord<ClaimMethod>[];
}

// Claims per source, type and method, read through the per-type `source` indexes; claims
// written before `method` existed were curated (records.ts).
const claimsPerSourceQuery = claimTypes
  .map(
    (t) =>
      `MATCH ()-[r:${t}]->() RETURN r.source AS source, '${t}' AS type, coalesce(r.method, 'CURATED') AS method, count(*) AS count`,
  )
  .join(' UNION ALL ');

/** Every claim with its `source` and `method` (3 hits each), and each source's properties (about 13). */
export const perSourceReads = (counts: GraphCounts): Reads => {
  const sources = nodesOf(counts, ['Source']);
  return { dbHits: 3 * claimCount(counts) + 13 * sources, rows: sources };
};

const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

export async function perSourceStats(cypher: CypherExecutor): Promise<SourceStatsRecord[]> {
  const sources = await cypher.read<{ props: Record<string, unknown> }>(
    'stats.sources',
    'MATCH (s:Source) RETURN s {.*} AS props ORDER BY s.slug',
  );
  const claims = await cypher.read<{ source: string; type: string; method: string; count: number }>(
    'stats.claims',
    claimsPerSourceQuery,
  );
  return sources.map((row) => {
    const source = expectLabel(toRecord(row.props), 'Source');
    const own = claims.filter((c) => c.source === source.slug);
    return {
      source,
      statements: readShown(source.statementCount, 'statementCount'),
      claims: claimTypes.map((type) => ({ name: type, count: sum(own.filter((c) => c.type === type)) })),
      methods: claimMethods.map((method) => ({
        name: method,
        count: sum(own.filter((c) => c.method === method)),
      })),
    };
  });
}

export interface TierOverlapRecord {
  tiers: TierRecord[];
  sharedRoles: RecordOf<'Role'>[];
  rolesJaccard: number;
  sharedResponsibilities: RecordOf<'Responsibility'>[];
  responsibilitiesJaccard: number;
  sharedSkills: RecordOf<'Skill'>[];
  skillsJaccard: number;
  /** The soft counterparts, read only when the operation selects them (softOverlap.ts). */
  soft?: SoftOverlapRecord;
}

// Each tier with the roles, responsibilities and skills claimed for it (optionally by one source).
const overlapQuery = `
  MATCH (t:Tier) WHERE t.slug IN $tiers
  RETURN t {.*} AS tier,
    [(r:Role)-[m:MEMBER_OF]->(t) WHERE $source IS NULL OR m.source = $source | r {.*}] AS roles,
    [(t)-[h:HAS_RESPONSIBILITY]->(x:Responsibility) WHERE $source IS NULL OR h.source = $source | x {.*}] AS responsibilities,
    [(t)-[q:REQUIRES_SKILL]->(k:Skill) WHERE $source IS NULL OR q.source = $source | k {.*}] AS skills`;

/**
 * The two tiers' roles, responsibilities and skills with their properties (about 8 hits each).
 * How many claims one tier holds is not in the count store, and the busiest tiers hold several
 * times an average tier's share (2.6 times at size S, 7 at M): all such claims are counted.
 */
export const overlapReads = (counts: GraphCounts): Reads => ({
  dbHits: 8 * relationshipsOf(counts, ['MEMBER_OF', 'HAS_RESPONSIBILITY', 'REQUIRES_SKILL']),
  rows: 1,
});

export function overlap<T extends NodeRecord>(a: T[], b: T[]): { shared: T[]; jaccard: number } {
  const inB = new Set(b.map((x) => x.dbId));
  const shared = [...new Map(a.filter((x) => inB.has(x.dbId)).map((x) => [x.dbId, x])).values()].sort(
    (x, y) => x.name.localeCompare(y.name),
  );
  const union = new Set([...a, ...b].map((x) => x.dbId)).size;
  return { shared, jaccard: union === 0 ? 0 : shared.length / union };
}

export async function tierOverlap(
  cypher: CypherExecutor,
  tierSlugs: readonly [string, string],
  source: string | null,
): Promise<{ overlap: TierOverlapRecord; unknownTiers: string[] }> {
  const rows = await cypher.read<{
    tier: Record<string, unknown>;
    roles: Record<string, unknown>[];
    responsibilities: Record<string, unknown>[];
    skills: Record<string, unknown>[];
  }>('stats.overlap', overlapQuery, { tiers: [...tierSlugs], source });
  const bySlug = new Map(
    rows.map((row) => [
      String(row.tier['slug']),
      {
        tier: expectLabel(toRecord(row.tier), 'Tier'),
        roles: row.roles.map((p) => expectLabel(toRecord(p), 'Role')),
        responsibilities: row.responsibilities.map((p) => expectLabel(toRecord(p), 'Responsibility')),
        skills: row.skills.map((p) => expectLabel(toRecord(p), 'Skill')),
      },
    ]),
  );
  const unknownTiers = tierSlugs.filter((slug) => !bySlug.has(slug));
  const a = bySlug.get(tierSlugs[0]);
  const b = bySlug.get(tierSlugs[1]);
  const roles = overlap(a?.roles ?? [], b?.roles ?? []);
  const responsibilities = overlap(a?.responsibilities ?? [], b?.responsibilities ?? []);
  const skills = overlap(a?.skills ?? [], b?.skills ?? []);
  return {
    overlap: {
      tiers: [a?.tier, b?.tier].filter((t): t is TierRecord => t !== undefined),
      sharedRoles: roles.shared,
      rolesJaccard: roles.jaccard,
      sharedResponsibilities: responsibilities.shared,
      responsibilitiesJaccard: responsibilities.jaccard,
      sharedSkills: skills.shared,
      skillsJaccard: skills.jaccard,
    },
    unknownTiers,
  };
}

export interface DegreeEntryRecord {
  node: NodeRecord;
  degree: number;
}

const semanticMatch =
  'Tier|Role|Dimension|Attribute|Responsibility|Skill|Characteristic|CollaborationBenefit';
// Entities by number of relationships (ties by id), optionally of one label.
const mostConnectedQuery = `
  MATCH (n:${semanticMatch})
  WHERE ($label IS NULL OR $label IN labels(n)) AND ($source IS NULL OR $source IN n.sources)
  WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.id LIMIT $first
  RETURN n {.*} AS props, degree`;

/** Every semantic node and its degree from its record (about 3 hits each), and what it shows of the first. */
export const mostConnectedReads = (counts: GraphCounts, first: number): Reads => ({
  dbHits: 3 * semanticNodes(counts) + 10 * first,
  rows: first,
});

export async function mostConnected(
  cypher: CypherExecutor,
  first: number,
  label: string | null,
  source: string | null = null,
): Promise<DegreeEntryRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown>; degree: number }>(
    'stats.mostConnected',
    mostConnectedQuery,
    { first, label, source },
  );
  return rows.map((row) => ({ node: toRecord(row.props), degree: row.degree }));
}

export interface CoverageEntryRecord {
  source: SourceRecord;
  tier: TierRecord;
  claims: number;
  dimensions: DimensionRecord[];
}

/** The claims with a tier at one end. */
const tierClaimTypes = [
  'MEMBER_OF',
  'HAS_ATTRIBUTE',
  'HAS_RESPONSIBILITY',
  'REQUIRES_SKILL',
  'HAS_CHARACTERISTIC',
  'BETWEEN',
] as const satisfies readonly (typeof claimTypes)[number][];
/** Tiers an article speaks of: the two its title compares ("X vs Y"). */
const coveredTiersPerSource = 2;

// For each source and tier it makes claims about: how many. One pass over the tiers' claims,
// grouped by source (a source-by-tier product would read every tier's claims once per source).
const coverageClaimsQuery = `
  MATCH (t:Tier)-[r:${tierClaimTypes.join('|')}]-() WHERE r.evidence IS NOT NULL
  RETURN t.id AS tier, r.source AS source, count(*) AS claims`;
// For each tier and source, the dimensions of the source's characteristics of the tier, by id: one
// pass over the characteristics (looking them up per row instead read a busy tier's every
// characteristic once per source: 15 s on 1,000 articles).
const coverageDimensionsQuery = `
  MATCH (t:Tier)-[h:HAS_CHARACTERISTIC]->(c:Characteristic)-[:ON_DIMENSION]->(d:Dimension)
  WHERE c.source = h.source
  RETURN t.id AS tier, h.source AS source, collect(d.id) AS dimensions`;
// Each tier, dimension and source once: their properties hold every source's slug, too large to
// repeat on each row.
const coverageNodesQuery = 'MATCH (n:Tier|Dimension|Source) RETURN n {.*} AS node';

/**
 * Claims about tiers (about 3 hits each), characteristics with their tier, dimension and source
 * (about 8 hits each) and the sources' properties (about 13 each).
 */
export const coverageReads = (counts: GraphCounts): Reads => {
  const tierClaims = relationshipsOf(counts, tierClaimTypes);
  // Rows grow with the sources, not sources × tiers: each article speaks of a few tiers.
  const rows = Math.min(
    nodesOf(counts, ['Source']) * Math.min(nodesOf(counts, ['Tier']), coveredTiersPerSource),
    tierClaims,
  );
  return {
    dbHits:
      3 * tierClaims + 8 * relationshipsOf(counts, ['HAS_CHARACTERISTIC']) + 13 * nodesOf(counts, ['Source']),
    rows,
  };
};

// Cypher's order of strings (ORDER BY), which the coverage's rows kept.
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function coverage(cypher: CypherExecutor): Promise<CoverageEntryRecord[]> {
  const claims = await cypher.read<{ tier: string; source: string; claims: number }>(
    'stats.coverage.claims',
    coverageClaimsQuery,
  );
  const dimensions = await cypher.read<{ tier: string; source: string; dimensions: string[] }>(
    'stats.coverage.dimensions',
    coverageDimensionsQuery,
  );
  const nodes = new Map(
    (await cypher.read<{ node: Record<string, unknown> }>('stats.coverage.nodes', coverageNodesQuery)).map(
      (row) => {
        const node = toRecord(row.node);
        return [node.dbId, node];
      },
    ),
  );
  const dimensionsOf = new Map(dimensions.map((row) => [`${row.tier}|${row.source}`, row.dimensions]));
  return claims
    .flatMap((row) => {
      const source = nodes.get(`Source:${row.source}`);
      const tier = nodes.get(row.tier);
      if (!source || !tier) return [];
      return [
        {
          source: expectLabel(source, 'Source'),
          tier: expectLabel(tier, 'Tier'),
          claims: row.claims,
          dimensions: (dimensionsOf.get(`${row.tier}|${row.source}`) ?? [])
            .flatMap((id) => {
              const dimension = nodes.get(id);
              return dimension ? [expectLabel(dimension, 'Dimension')] : [];
            })
            .sort((a, b) => a.name.localeCompare(b.name)),
        },
      ];
    })
    .sort((a, b) => byCodePoint(a.source.slug, b.source.slug) || byCodePoint(a.tier.name, b.tier.name));
}
