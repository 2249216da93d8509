import type { CypherExecutor } from '../db/cypher.ts';
import {
  claimCount,
  nodesOf,
  relationshipsOf,
  semanticNodes,
  type GraphCounts,
  type Reads,
} from './graphCounts.ts';
import { semanticLabels } from './model.ts';
import type { EntityFilterValues } from './organisation.ts';

export const facetKeys = ['LABEL', 'SOURCE', 'TIER', 'DIMENSION', 'ATTRIBUTE', 'METHOD'] as const;
export type FacetKeyName = (typeof facetKeys)[number];

export interface FacetRecord {
  values: { key: FacetKeyName; value: string }[];
  count: number;
}

const claimTypes =
  'MEMBER_OF|HAS_ATTRIBUTE|HAS_RESPONSIBILITY|REQUIRES_SKILL|HAS_CHARACTERISTIC|ON_DIMENSION|COMPARES_ON|BETWEEN';

// Every semantic entity, once per claim about it that passes the filter (the claim's source,
// tier and method, the tier's attributes by the same source), grouped by the keys asked into
// counts of distinct entities, largest first. A key without a value for a claim (the tier of a
// dimension's claim) leaves that claim out of the rows grouped by it. A tier's attributes are
// read once per tier and source, not once per claim: a busy tier has an attribute claim from
// each source, and reading them for each of its claims took millions of hits on a graph of 10,000
// nodes.
const facetsQuery = `
  MATCH (n:${semanticLabels.join('|')})
  WHERE $text IS NULL OR toLower(n.name) CONTAINS toLower($text)
  CALL (n) {
    MATCH (n)-[r:${claimTypes}]-(o)
    WITH r, CASE WHEN n:Tier THEN n WHEN o:Tier THEN o ELSE null END AS t
    WITH r.source AS claimSource, t, coalesce(r.method, 'CURATED') AS method
    WHERE ($source IS NULL OR claimSource = $source) AND ($tier IS NULL OR t.slug = $tier)
    RETURN DISTINCT claimSource, t, method
  }
  WITH t, claimSource, collect([n, method]) AS claims
  CALL (t, claimSource) {
    WITH CASE WHEN t IS NULL OR NOT ($byAttribute OR $orientation IS NOT NULL OR $timeHorizon IS NOT NULL) THEN [] ELSE COLLECT {
      MATCH (t)-[a:HAS_ATTRIBUTE]->(x:Attribute) WHERE a.source = claimSource RETURN DISTINCT [x.kind, x.value]
    } END AS given
    WHERE ($orientation IS NULL OR ['orientation', $orientation] IN given)
      AND ($timeHorizon IS NULL OR ['time-horizon', $timeHorizon] IN given)
    RETURN CASE WHEN $byAttribute AND t IS NOT NULL THEN [x IN given | x[0] + '/' + x[1]] ELSE [null] END AS attributes
  }
  UNWIND claims AS claim
  UNWIND attributes AS attribute
  WITH claim[0] AS n, claimSource, t.slug AS tier, claim[1] AS method, attribute
  WITH n, [k IN $by | CASE k
      WHEN 'LABEL' THEN head([l IN labels(n) WHERE l IN $labels])
      WHEN 'SOURCE' THEN claimSource
      WHEN 'TIER' THEN tier
      WHEN 'DIMENSION' THEN CASE WHEN n:Dimension THEN n.slug WHEN n:Characteristic THEN n.dimension END
      WHEN 'ATTRIBUTE' THEN attribute
      WHEN 'METHOD' THEN method
    END] AS key
  WHERE none(v IN key WHERE v IS NULL)
  RETURN key, count(DISTINCT n) AS count
  ORDER BY count DESC, key
  LIMIT $first`;

/**
 * Every semantic entity (about 3 hits each) and every claim from both of its ends with its source,
 * method and tier (about 13 hits each). Grouping by ATTRIBUTE or filtering by orientation or time
 * horizon also reads, for each tier and source with claims, the tier's attribute claims (about 10
 * hits each): a tier has one from every source that places it, so that grows with sources times
 * attribute claims per tier (measured 10.2 hits per unit at size S, 10.1 at M).
 */
export const facetsReads = (counts: GraphCounts, readsAttributes: boolean, first: number): Reads => {
  const attributes = readsAttributes
    ? (10 * nodesOf(counts, ['Source']) * relationshipsOf(counts, ['HAS_ATTRIBUTE'])) /
      Math.max(1, nodesOf(counts, ['Tier']))
    : 0;
  return { dbHits: 3 * semanticNodes(counts) + 13 * claimCount(counts) + attributes, rows: first };
};

/** Counts of entities per combination of the keys' values, largest first, at most `first` rows. */
export async function facets(
  cypher: CypherExecutor,
  by: readonly FacetKeyName[],
  filter: EntityFilterValues,
  first: number,
): Promise<FacetRecord[]> {
  const rows = await cypher.read<{ key: string[]; count: number }>('facets', facetsQuery, {
    ...filter,
    by: [...by],
    byAttribute: by.includes('ATTRIBUTE'),
    labels: [...semanticLabels],
    first,
  });
  return rows.map((row) => ({
    values: by.map((key, i) => ({ key, value: String(row.key[i]) })),
    count: row.count,
  }));
}
