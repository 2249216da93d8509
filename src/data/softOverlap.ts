import type { CypherExecutor } from '../db/cypher.ts';
import { overlap, type TierOverlapRecord } from './analytics.ts';
import { expectLabel, toRecord, type SourceRecord, type TierRecord } from './records.ts';
import {
  matchClaims,
  PairScores,
  tierClaimsExpression,
  toTierClaim,
  type ClaimMatchRecord,
  type RawTierClaim,
  type TierClaimRecord,
} from './tierClaims.ts';

/** The soft side of an overlap: similar claims counted as shared. */
export interface SoftOverlapRecord {
  minScore: number;
  responsibilitiesJaccard: number;
  sharedResponsibilities: ClaimMatchRecord[];
  skillsJaccard: number;
  sharedSkills: ClaimMatchRecord[];
}

const sourceCondition = '($source IS NULL OR h.source = $source)';

// Each tier with its roles, its responsibility and skill claims with their evidence, the sources
// of those claims, and the SIMILAR_TO pairs from its items to the other tier's (from $minScore).
const softOverlapQuery = `
  MATCH (t:Tier) WHERE t.slug IN $tiers
  WITH t,
    ${tierClaimsExpression('responsibilities', 't', sourceCondition)} AS responsibilities,
    ${tierClaimsExpression('skills', 't', sourceCondition)} AS skills
  RETURN t {.*} AS tier, responsibilities, skills,
    [(r:Role)-[m:MEMBER_OF]->(t) WHERE $source IS NULL OR m.source = $source | r {.*}] AS roles,
    COLLECT {
      MATCH (s:Source) WHERE s.slug IN [c IN responsibilities + skills | c[2].source]
      RETURN s {.*}
    } AS sources,
    COLLECT {
      MATCH (t)-[h:HAS_RESPONSIBILITY|REQUIRES_SKILL]->(x)-[r:SIMILAR_TO]-(y)<-[h2:HAS_RESPONSIBILITY|REQUIRES_SKILL]-(u:Tier)
      WHERE u.slug IN $tiers AND u <> t AND type(h) = type(h2) AND r.score >= $minScore
        AND ${sourceCondition} AND ($source IS NULL OR h2.source = $source)
      RETURN DISTINCT [x.id, y.id, r.score]
    } AS similar`;

interface Row {
  tier: Record<string, unknown>;
  responsibilities: RawTierClaim[];
  skills: RawTierClaim[];
  roles: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  similar: [string, string, number][];
}

/** Each asked tier's row read into records (a tier the graph lacks reads as empty), in the order asked. */
function tierSides(rows: readonly Row[], tierSlugs: readonly [string, string], cypher: CypherExecutor) {
  const bySlug = new Map(rows.map((row) => [String(row.tier['slug']), row]));
  const unknownTiers = tierSlugs.filter((slug) => !bySlug.has(slug));
  const sides = tierSlugs.map((slug) => {
    const row = bySlug.get(slug);
    const sources = new Map<string, SourceRecord>(
      (row?.sources ?? []).map((props) => {
        const record = expectLabel(toRecord(props), 'Source');
        return [record.slug, record];
      }),
    );
    const claims = (kind: 'responsibilities' | 'skills'): TierClaimRecord[] =>
      (row?.[kind] ?? []).map((c) => toTierClaim(kind, c, sources));
    cypher.countRows((row?.responsibilities.length ?? 0) + (row?.skills.length ?? 0));
    return {
      tier: row ? expectLabel(toRecord(row.tier), 'Tier') : undefined,
      roles: (row?.roles ?? []).map((p) => expectLabel(toRecord(p), 'Role')),
      responsibilities: claims('responsibilities'),
      skills: claims('skills'),
      similar: row?.similar ?? [],
    };
  });
  return { sides, unknownTiers };
}

/**
 * The overlap of two tiers with its soft counterparts, in one statement: what `tierOverlap`
 * answers, plus responsibilities and skills matched one to one with similar ones counted as shared.
 */
export async function softTierOverlap(
  cypher: CypherExecutor,
  tierSlugs: readonly [string, string],
  source: string | null,
  minScore: number,
): Promise<{ overlap: TierOverlapRecord; unknownTiers: string[] }> {
  const rows = await cypher.read<Row>('stats.softOverlap', softOverlapQuery, {
    tiers: [...tierSlugs],
    source,
    minScore,
  });
  const { sides, unknownTiers } = tierSides(rows, tierSlugs, cypher);
  const [a, b] = sides;
  const scores = new PairScores([...(a?.similar ?? []), ...(b?.similar ?? [])]);
  const distinct = <T extends { dbId: string }>(items: T[]) => [
    ...new Map(items.map((i) => [i.dbId, i])).values(),
  ];
  const hard = (kind: 'responsibilities' | 'skills') =>
    overlap(distinct((a?.[kind] ?? []).map((c) => c.item)), distinct((b?.[kind] ?? []).map((c) => c.item)));
  const soft = (kind: 'responsibilities' | 'skills') =>
    matchClaims(a?.[kind] ?? [], b?.[kind] ?? [], scores, minScore);
  const roles = overlap(a?.roles ?? [], b?.roles ?? []);
  const responsibilities = hard('responsibilities');
  const skills = hard('skills');
  const softResponsibilities = soft('responsibilities');
  const softSkills = soft('skills');
  return {
    overlap: {
      tiers: [a?.tier, b?.tier].filter((t): t is TierRecord => t !== undefined),
      sharedRoles: roles.shared,
      rolesJaccard: roles.jaccard,
      sharedResponsibilities: responsibilities.shared.filter((x) => x.label === 'Responsibility'),
      responsibilitiesJaccard: responsibilities.jaccard,
      sharedSkills: skills.shared.filter((x) => x.label === 'Skill'),
      skillsJaccard: skills.jaccard,
      soft: {
        minScore,
        responsibilitiesJaccard: softResponsibilities.jaccard,
        sharedResponsibilities: softResponsibilities.shared,
        skillsJaccard: softSkills.jaccard,
        sharedSkills: softSkills.shared,
      },
    },
    unknownTiers,
  };
}
