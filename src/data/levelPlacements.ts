import DataLoader from 'dataloader';
import type { CypherExecutor } from '../db/cypher.ts';
import { atLevel, type LevelPlacementRecord } from '../claimKinds/levelPlacement/relation.ts';
import { hopOf, type ClaimFilter } from './claims.ts';
import { nodesOf, relationshipsOf, type GraphCounts, type Reads } from './graphCounts.ts';
import { hopOrder, hopPattern } from './loaders.ts';
import { claimProjection, projectedClaim } from './nodeProperties.ts';
import { toClaim, toRecord, type LevelRecord } from './records.ts';

/**
 * A page of the tiers placed at a level: one level holds a placement per tier and source, so the
 * list grows with the articles and is read a page at a time, filtered before it is paged (so a
 * page holds `first` placements that pass), in the order of every hop (tier name, slug, source).
 * The levels one request asks with the same arguments are read in one statement.
 */

export interface PlacementPage {
  source: string | null;
  claims: ClaimFilter;
  first: number;
  offset: number;
}

const placed = atLevel.in;

const placementsQuery = `
  UNWIND $levels AS id
  MATCH (l:Level {id: id})
  CALL (l) {
    MATCH ${hopPattern(hopOf(placed, 'Level'), 'l', 'p', 't')}
    WHERE ($source IS NULL OR p.source = $source)
      AND ($method IS NULL OR p.method = $method)
      AND ($minConfidence IS NULL OR p.confidence >= $minConfidence)
    RETURN [${claimProjection('p')}, t {.*}] AS row
    ORDER BY ${hopOrder('p', 't')} SKIP $offset LIMIT $first
  }
  RETURN id, collect(row) AS rows`;

/**
 * What a page reads: Neo4j sorts every placement at the level (about 3 hits each: the
 * relationship, its properties, the tier's name) and hands back at most the page.
 */
export const levelPlacementsReads = (counts: GraphCounts, first: number): Reads => {
  const perLevel = relationshipsOf(counts, ['AT_LEVEL']) / Math.max(1, nodesOf(counts, ['Level']));
  return { dbHits: 3 * perLevel, rows: Math.min(first, perLevel) };
};

const pageKey = (page: PlacementPage) => JSON.stringify(page);

// One loader per request and page arguments, so `levels { tiers }` is one statement.
type PageLoader = DataLoader<LevelRecord, LevelPlacementRecord[], string>;
const loadersByRequest = new WeakMap<CypherExecutor, Map<string, PageLoader>>();

function pageLoader(cypher: CypherExecutor, page: PlacementPage): PageLoader {
  const loaders = loadersByRequest.get(cypher) ?? new Map<string, PageLoader>();
  loadersByRequest.set(cypher, loaders);
  const key = pageKey(page);
  const existing = loaders.get(key);
  if (existing) return existing;
  const loader = new DataLoader<LevelRecord, LevelPlacementRecord[], string>(
    async (levels) => {
      const rows = await cypher.read<{ id: string; rows: [unknown, Record<string, unknown>][] }>(
        'level.tiers',
        placementsQuery,
        {
          levels: levels.map((level) => level.dbId),
          source: page.source,
          method: page.claims.method,
          minConfidence: page.claims.minConfidence,
          offset: page.offset,
          first: page.first,
        },
      );
      cypher.countRows(rows.reduce((sum, row) => sum + row.rows.length, 0));
      const byLevel = new Map(rows.map((row) => [row.id, row.rows]));
      return levels.map((level) =>
        (byLevel.get(level.dbId) ?? []).map(([claim, tier]) =>
          placed.claimRecord(
            level,
            placed.farRecord(toRecord(tier)),
            toClaim('AT_LEVEL', projectedClaim(claim)),
          ),
        ),
      );
    },
    { cacheKeyFn: (level) => level.dbId },
  );
  loaders.set(key, loader);
  return loader;
}

/** The placements at `level` on the page asked, with the tiers placed. */
export function levelPlacements(
  cypher: CypherExecutor,
  level: LevelRecord,
  page: PlacementPage,
): Promise<LevelPlacementRecord[]> {
  return pageLoader(cypher, page).load(level);
}
