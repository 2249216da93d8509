import type { CypherExecutor } from '../db/cypher.ts';
import {
  claimCount,
  nodesOf,
  relationshipsOf,
  semanticNodes,
  type GraphCounts,
  type Reads,
} from './graphCounts.ts';
import { claimTypes, semanticLabels } from './model.ts';
import { tierAttributeConditions, type EntityFilterValues } from './organisation.ts';

export const facetKeys = ['LABEL', 'SOURCE', 'TIER', 'DIMENSION', 'ATTRIBUTE', 'METHOD'] as const;
export type FacetKeyName = (typeof facetKeys)[number];

export interface FacetRecord {
  values: { key: FacetKeyName; value: string }[];
  count: number;
}

// What each key reads from a claim `r` between entity `n` and `o`, `t` being the tier the claim
// concerns (null for a dimension's claims: rows grouped by TIER leave those out).
const keyExpressions: Record<FacetKeyName, string> = {
  LABEL: 'head([l IN labels(n) WHERE l IN $labels])',
  SOURCE: 'claimSource',
  TIER: 't.slug',
  DIMENSION: 'CASE WHEN n:Dimension THEN n.slug WHEN n:Characteristic THEN n.dimension END',
  ATTRIBUTE: 'attribute',
  METHOD: "coalesce(r.method, 'CURATED')",
};

/**
 * Every semantic entity, once per claim about it that passes the filter (the claim's source, tier,
 * the tier's attributes by the same source, the entity's name), grouped by the keys asked into
 * counts of distinct entities, largest first. A key without a value for a claim leaves that claim
 * out. The text holds only the keys and filters asked for, so an unfiltered count by label reads
 * what a hand-written one would; its variants are few (keys x filters given), each planned once.
 */
export function facetsQuery(by: readonly FacetKeyName[], filter: EntityFilterValues): string {
  // A claim's source is read only where a key or filter uses it (one property read per claim).
  const readsSource =
    by.includes('SOURCE') ||
    by.includes('ATTRIBUTE') ||
    filter.source !== null ||
    filter.orientation !== null ||
    filter.timeHorizon !== null;
  const conditions = [
    // Rows without a tier have no key by TIER: dropped before their key is built.
    by.includes('TIER') ? 't IS NOT NULL' : null,
    filter.text !== null ? 'toLower(n.name) CONTAINS toLower($text)' : null,
    filter.source !== null ? 'claimSource = $source' : null,
    filter.tier !== null ? 't.slug = $tier' : null,
    filter.orientation !== null || filter.timeHorizon !== null ? tierAttributeConditions : null,
  ].filter((c): c is string => c !== null);
  return `
  MATCH (n:${semanticLabels.join('|')})-[r:${claimTypes.join('|')}]-(o)
  WITH n, r, ${readsSource ? 'r.source' : 'null'} AS claimSource, CASE WHEN n:Tier THEN n WHEN o:Tier THEN o END AS t
  ${conditions.length > 0 ? `WHERE ${conditions.join('\n    AND ')}` : ''}
  ${
    by.includes('ATTRIBUTE')
      ? `UNWIND COLLECT { MATCH (t)-[a:HAS_ATTRIBUTE]->(x:Attribute) WHERE a.source = claimSource RETURN DISTINCT x.kind + '/' + x.value } AS attribute`
      : ''
  }
  WITH n, [${by.map((key) => keyExpressions[key]).join(', ')}] AS key
  WHERE none(v IN key WHERE v IS NULL)
  RETURN key, count(DISTINCT n) AS count
  ORDER BY count DESC, key
  LIMIT $first`;
}

/**
 * Every semantic entity (about 3 hits each) and every claim from both of its ends with its source,
 * method and tier (about 13 hits each). Grouping by ATTRIBUTE or filtering by orientation or time
 * horizon also reads, for each claim, its tier's attribute claims (about 6 hits each): a tier has
 * one from every source that places it, so that grows with claims times attribute claims per tier
 * (1.7 million hits at size S, measured on this per-claim reading).
 */
export const facetsReads = (counts: GraphCounts, readsAttributes: boolean, first: number): Reads => {
  const attributes = readsAttributes
    ? (6 * claimCount(counts) * relationshipsOf(counts, ['HAS_ATTRIBUTE'])) /
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
  const rows = await cypher.read<{ key: string[]; count: number }>('facets', facetsQuery(by, filter), {
    ...filter,
    labels: [...semanticLabels],
    first,
  });
  return rows.map((row) => ({
    values: by.map((key, i) => ({ key, value: String(row.key[i]) })),
    count: row.count,
  }));
}
