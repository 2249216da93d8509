import type { CypherExecutor } from '../db/cypher.ts';
import type { Page, PageRequest } from './pagination.ts';
import { expectLabel, toRecord, type SourceRecord, type StatementRecord } from './records.ts';

export async function listSources(cypher: CypherExecutor): Promise<SourceRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown> }>(
    'sources',
    'MATCH (s:Source) RETURN s {.*} AS props ORDER BY s.slug',
  );
  return rows.map((row) => expectLabel(toRecord(row.props), 'Source'));
}

export interface StatementFilterValues {
  source: string | null;
  mentions: string | null;
  kind: 'paragraph' | 'bullet' | null;
  text: string | null;
}

// Statements in reading order (source, then position), with the total and the requested window.
const statementsQuery = `
  MATCH (n:Statement)
  WHERE ($source IS NULL OR n.source = $source)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($text IS NULL OR toLower(n.normalized) CONTAINS toLower($text))
    AND ($mentions IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(e) WHERE e.slug = $mentions })
  WITH n ORDER BY n.source, n.position
  WITH collect(n) AS matched
  RETURN size(matched) AS total, [x IN matched[$offset..($offset + $first)] | x {.*}] AS page`;

export async function listStatements(
  cypher: CypherExecutor,
  filter: StatementFilterValues,
  page: PageRequest,
): Promise<Page<StatementRecord>> {
  const [row] = await cypher.read<{ total: number; page: Record<string, unknown>[] }>(
    'statements',
    statementsQuery,
    {
      ...filter,
      offset: page.offset,
      first: page.first,
    },
  );
  cypher.countRows(row?.page.length ?? 0);
  return {
    items: (row?.page ?? []).map((props) => expectLabel(toRecord(props), 'Statement')),
    totalCount: row?.total ?? 0,
    offset: page.offset,
  };
}
