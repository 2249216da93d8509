import type { CypherExecutor } from '../db/cypher.ts';
import { expectLabel, toRecord, type CharacteristicRecord, type DimensionRecord, type TierRecord } from './records.ts';

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

export async function listDimensions(cypher: CypherExecutor, source: string | null): Promise<DimensionRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown> }>(
    'dimensions',
    'MATCH (d:Dimension) WHERE $source IS NULL OR $source IN d.sources RETURN d {.*} AS props ORDER BY d.name',
    { source },
  );
  return rows.map((row) => expectLabel(toRecord(row.props), 'Dimension'));
}

// The asked tiers that exist, and every characteristic of theirs (optionally one source's, on
// some dimensions) with its dimension: the whole comparison in one round trip.
const comparisonQuery = `
  MATCH (t:Tier) WHERE t.slug IN $tiers
  OPTIONAL MATCH (t)-[:HAS_CHARACTERISTIC]->(c:Characteristic)-[:ON_DIMENSION]->(d:Dimension)
  WHERE ($source IS NULL OR c.source = $source) AND ($dimensions IS NULL OR d.slug IN $dimensions)
  WITH t, c, d ORDER BY c.source
  RETURN t {.*} AS tier, collect(CASE WHEN c IS NULL THEN NULL ELSE {characteristic: c {.*}, dimension: d {.*}} END) AS cells`;

/**
 * Tiers side by side, one row per dimension any of them is characterised on (name order), one
 * cell per tier in the order asked. Unknown tier slugs are returned so the caller can say which.
 */
export async function compareTiers(
  cypher: CypherExecutor,
  tierSlugs: readonly string[],
  source: string | null,
  dimensions: readonly string[] | null,
): Promise<{ comparison: ComparisonRecord; unknownTiers: string[] }> {
  const rows = await cypher.read<{
    tier: Record<string, unknown>;
    cells: { characteristic: Record<string, unknown>; dimension: Record<string, unknown> }[];
  }>('compare', comparisonQuery, { tiers: [...tierSlugs], source, dimensions: dimensions ? [...dimensions] : null });

  const tiers = new Map(rows.map((row) => [String(row.tier['slug']), expectLabel(toRecord(row.tier), 'Tier')]));
  const unknownTiers = tierSlugs.filter((slug) => !tiers.has(slug));
  const dimensionsBySlug = new Map<string, DimensionRecord>();
  const characteristics: CharacteristicRecord[] = [];
  for (const row of rows) {
    for (const cell of row.cells) {
      const dimension = expectLabel(toRecord(cell.dimension), 'Dimension');
      dimensionsBySlug.set(dimension.slug, dimension);
      characteristics.push(expectLabel(toRecord(cell.characteristic), 'Characteristic'));
    }
  }
  const orderedTiers = tierSlugs.flatMap((slug) => tiers.get(slug) ?? []);
  const comparisonRows = [...dimensionsBySlug.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((dimension) => ({
      dimension,
      cells: orderedTiers.map((tier) => ({
        tier,
        characteristics: characteristics.filter((c) => c.tier === tier.slug && c.dimension === dimension.slug),
      })),
    }));
  return { comparison: { tiers: orderedTiers, rows: comparisonRows }, unknownTiers };
}
