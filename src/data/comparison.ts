import type { CypherExecutor } from '../db/cypher.ts';
import { anyClaim, keeps, type ClaimFilter } from './claims.ts';
import { propertiesOnly, type NodeProjection } from './projection.ts';
import {
  expectLabel,
  toRecord,
  type CharacteristicRecord,
  type DimensionRecord,
  type TierRecord,
} from './records.ts';

export interface ComparisonCellRecord {
  tier: TierRecord;
  characteristics: CharacteristicRecord[];
}
export interface ComparisonRowRecord {
  dimension: DimensionRecord;
  cells: ComparisonCellRecord[];
}
export interface ComparisonRecord {
  tiers: TierRecord[];
  rows: ComparisonRowRecord[];
}

export async function listDimensions(
  cypher: CypherExecutor,
  source: string | null,
): Promise<DimensionRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown> }>(
    'dimensions',
    'MATCH (d:Dimension) WHERE $source IS NULL OR $source IN d.sources RETURN d {.*} AS props ORDER BY d.name',
    { source },
  );
  return rows.map((row) => expectLabel(toRecord(row.props), 'Dimension'));
}

// The asked tiers that exist, and every characteristic of theirs (optionally one source's, on
// some dimensions) with its dimension: the whole comparison in one round trip. A source is matched
// on the relationship, inline, so that Neo4j seeks it in the relationship index instead of reading
// every characteristic of a tier that many sources describe.
const comparisonQuery = (bySource: boolean, tier: string, characteristic: string, dimension: string) => `
  MATCH (t:Tier) WHERE t.slug IN $tiers
  OPTIONAL MATCH (t)-[:HAS_CHARACTERISTIC${bySource ? ' {source: $source}' : ''}]->(c:Characteristic)-[:ON_DIMENSION]->(d:Dimension)
  WHERE $dimensions IS NULL OR d.slug IN $dimensions
  WITH t, c, d ORDER BY c.source
  RETURN ${tier} AS tier, collect(CASE WHEN c IS NULL THEN NULL ELSE [${characteristic}, ${dimension}] END) AS cells`;

/** What the operation asks about the tiers, characteristics and dimensions of a comparison. */
export interface ComparisonProjections {
  tier: NodeProjection;
  characteristic: NodeProjection;
  dimension: NodeProjection;
}

/**
 * Tiers side by side, one row per dimension any of them is characterised on (name order) by a
 * characteristic `filter` keeps, one cell per tier in the order asked. Unknown tier slugs are
 * returned so the caller can say which.
 */
export async function compareTiers(
  cypher: CypherExecutor,
  tierSlugs: readonly string[],
  source: string | null,
  dimensions: readonly string[] | null,
  filter: ClaimFilter = anyClaim,
  projections: ComparisonProjections = {
    tier: propertiesOnly,
    characteristic: propertiesOnly,
    dimension: propertiesOnly,
  },
): Promise<{ comparison: ComparisonRecord; unknownTiers: string[] }> {
  const query = comparisonQuery(
    source !== null,
    projections.tier.expression('t'),
    projections.characteristic.expression('c'),
    projections.dimension.expression('d'),
  );
  // Each cell is [characteristic, dimension]: a list, which the driver decodes faster than a map.
  const rows = await cypher.read<{ tier: unknown; cells: [unknown, unknown][] }>('compare', query, {
    ...projections.tier.params,
    ...projections.characteristic.params,
    ...projections.dimension.params,
    tiers: [...tierSlugs],
    source,
    dimensions: dimensions ? [...dimensions] : null,
  });

  const tierRecords = rows.map((row) => expectLabel(projections.tier.receive(row.tier), 'Tier'));
  const tiers = new Map(tierRecords.map((tier) => [tier.slug, tier]));
  const unknownTiers = tierSlugs.filter((slug) => !tiers.has(slug));
  const dimensionsBySlug = new Map<string, DimensionRecord>();
  const characteristics: CharacteristicRecord[] = [];
  for (const row of rows) {
    for (const [characteristic, dimensionValue] of row.cells) {
      const dimension = expectLabel(projections.dimension.receive(dimensionValue), 'Dimension');
      const record = expectLabel(projections.characteristic.receive(characteristic), 'Characteristic');
      // Filtered here rather than in the query, like every other list of claims (claims.ts).
      if (!keeps(filter, record)) continue;
      dimensionsBySlug.set(dimension.slug, dimension);
      characteristics.push(record);
    }
  }
  const orderedTiers = tierSlugs.flatMap((slug) => tiers.get(slug) ?? []);
  const comparisonRows = [...dimensionsBySlug.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((dimension) => ({
      dimension,
      cells: orderedTiers.map((tier) => ({
        tier,
        characteristics: characteristics.filter(
          (c) => c.tier === tier.slug && c.dimension === dimension.slug,
        ),
      })),
    }));
  return { comparison: { tiers: orderedTiers, rows: comparisonRows }, unknownTiers };
}
