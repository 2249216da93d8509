import type { CypherExecutor } from '../db/cypher.ts';
import type { PageRequest, Page } from './pagination.ts';
import { propertiesOnly, type NodeProjection } from './projection.ts';
import {
  expectLabel,
  toRecord,
  type CollaborationBenefitRecord,
  type RecordOf,
  type TierRecord,
} from './records.ts';

/** Filters of the organisation lists, with enum values already turned into attribute values. */
export interface EntityFilterValues {
  source: string | null;
  tier: string | null;
  orientation: string | null;
  timeHorizon: string | null;
  text: string | null;
}

// A tier `t` passes when its own attribute claims by `claimSource` match.
export const tierAttributeConditions = `
  ($orientation IS NULL OR EXISTS { MATCH (t)-[ao:HAS_ATTRIBUTE]->(:Attribute {kind: 'orientation', value: $orientation}) WHERE ao.source = claimSource })
  AND ($timeHorizon IS NULL OR EXISTS { MATCH (t)-[ah:HAS_ATTRIBUTE]->(:Attribute {kind: 'time-horizon', value: $timeHorizon}) WHERE ah.source = claimSource })`;

// Tiers in name order; a source filter keeps tiers that source says something about: those with
// a statement of the source as evidence (what `t.sources` lists). With a source, that is found
// from the source's statements (indexed by source, a few dozen per article) rather than by
// scanning every tier's `sources` list, which for a hub tier grows with the corpus.
const tiersQuery = (bySource: boolean, paged: boolean, projection: string) => `
  ${
    bySource
      ? `MATCH (:Statement {source: $source})<-[:EVIDENCED_BY]-(t:Tier)
  WITH DISTINCT t, [$source] AS claimSources`
      : `MATCH (t:Tier)
  WITH t, t.sources AS claimSources`
  }
  WHERE size(claimSources) > 0
    AND ($tier IS NULL OR t.slug = $tier)
    AND ($text IS NULL OR toLower(t.name) CONTAINS toLower($text))
    AND any(claimSource IN claimSources WHERE ${tierAttributeConditions})
  WITH t ORDER BY t.name, t.slug${paged ? ' SKIP $offset LIMIT $first' : ''}
  RETURN ${projection} AS tier`;

/** A page of a list: `first` items (all when null) after passing over `offset`. */
export interface ListPage {
  first: number | null;
  offset: number;
}

export async function listTiers(
  cypher: CypherExecutor,
  filter: EntityFilterValues,
  projection: NodeProjection = propertiesOnly,
  page: ListPage = { first: null, offset: 0 },
): Promise<TierRecord[]> {
  const query = tiersQuery(filter.source !== null, page.first !== null, projection.expression('t'));
  const rows = await cypher.read<{ tier: unknown }>('tiers', query, {
    ...filter,
    ...projection.params,
    ...page,
  });
  return rows.map((row) => expectLabel(projection.receive(row.tier), 'Tier'));
}

type ListedLabel = 'Role' | 'Responsibility' | 'Skill';

// How each listed entity hangs off a tier: the claim that places it there.
const tierClaim: Record<ListedLabel, string> = {
  Role: '(n)-[m:MEMBER_OF]->(t:Tier)',
  Responsibility: '(n)<-[m:HAS_RESPONSIBILITY]-(t:Tier)',
  Skill: '(n)<-[m:REQUIRES_SKILL]-(t:Tier)',
};

function listQuery(label: ListedLabel, projection: string, bySourceAlone: boolean): string {
  // One round trip: the filtered list in its stable order, its size and the requested window.
  // Filtered by source alone, an entity is listed when any claim of the source is about it (a
  // role's place in a tier, or its own responsibilities and reporting lines): when a statement of
  // the source is its evidence. Other filters go through the tier that holds it.
  const condition = bySourceAlone
    ? `EXISTS { MATCH (n)-[:EVIDENCED_BY]->(s:Statement) WHERE s.source = $source }`
    : `(($source IS NULL AND $tier IS NULL AND $orientation IS NULL AND $timeHorizon IS NULL) OR EXISTS {
        MATCH ${tierClaim[label]}
        WITH t, m, m.source AS claimSource
        WHERE ($source IS NULL OR claimSource = $source) AND ($tier IS NULL OR t.slug = $tier) AND ${tierAttributeConditions}
      })`;
  return `
    MATCH (n:${label})
    WHERE ($text IS NULL OR toLower(n.name) CONTAINS toLower($text))
      AND ${condition}
    WITH n ORDER BY n.name, n.slug
    WITH collect(n) AS matched
    RETURN size(matched) AS total, [x IN matched[$offset..($offset + $first)] | ${projection}] AS page`;
}

export async function listEntities<L extends ListedLabel>(
  cypher: CypherExecutor,
  label: L,
  filter: EntityFilterValues,
  page: PageRequest,
  projection: NodeProjection = propertiesOnly,
): Promise<Page<RecordOf<L>>> {
  const bySourceAlone =
    filter.source !== null &&
    filter.tier === null &&
    filter.orientation === null &&
    filter.timeHorizon === null;
  const query = listQuery(label, projection.expression('x'), bySourceAlone);
  const [row] = await cypher.read<{ total: number; page: unknown[] }>(`list.${label}`, query, {
    ...filter,
    ...projection.params,
    offset: page.offset,
    first: page.first,
  });
  cypher.countRows(row?.page.length ?? 0);
  return {
    items: (row?.page ?? []).map((value) => expectLabel(projection.receive(value), label)),
    totalCount: row?.total ?? 0,
    offset: page.offset,
  };
}

export async function listCollaborationBenefits(
  cypher: CypherExecutor,
): Promise<CollaborationBenefitRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown> }>(
    'collaborationBenefits',
    'MATCH (b:CollaborationBenefit) RETURN b {.*} AS props ORDER BY b.name',
  );
  return rows.map((row) => expectLabel(toRecord(row.props), 'CollaborationBenefit'));
}
