import type { CypherExecutor } from '../../db/cypher.ts';
import type { Loaders } from '../../data/loaders.ts';
import {
  expectLabel,
  toClaim,
  toRecord,
  type ClaimRecord,
  type RoleRecord,
  type SourceRecord,
} from '../../data/records.ts';

/** One line of a chart: the role, its manager, its depth below the top, and the claim. */
export interface ReportingLinkRecord {
  role: RoleRecord;
  manager: RoleRecord;
  depth: number;
  claim: ClaimRecord;
}

export interface OrgChartRecord {
  source: SourceRecord;
  root: RoleRecord;
  lines: ReportingLinkRecord[];
}

/** Deepest chart drawn: reporting chains longer than this are cut. */
export const maxChartDepth = 12;

// Per source and top role (the role asked, or each with reports but no manager in that source):
// every line below it by that source alone, at its shortest depth, with the statements it cites.
const orgChartQuery = `
  MATCH (root:Role)<-[first:REPORTS_TO]-(:Role)
  WHERE ($source IS NULL OR first.source = $source) AND ($root IS NULL OR root.slug = $root)
  WITH DISTINCT root, first.source AS source
  WHERE $root IS NOT NULL OR NOT EXISTS { MATCH (root)-[up:REPORTS_TO]->(:Role) WHERE up.source = source }
  CALL (root, source) {
    MATCH p = (root)<-[:REPORTS_TO*1..${maxChartDepth}]-(:Role)
    WHERE all(r IN relationships(p) WHERE r.source = source)
    WITH last(relationships(p)) AS line, min(length(p)) AS depth
    WITH line, depth, startNode(line) AS report, endNode(line) AS manager
    ORDER BY depth, manager.name, report.name
    RETURN collect([properties(line), report {.*}, manager {.*}, depth,
      COLLECT { MATCH (s:Statement) WHERE s.id IN line.evidence RETURN s {.*} }]) AS lines
  }
  MATCH (src:Source {slug: source})
  RETURN src {.*} AS source, root {.*} AS root, lines
  ORDER BY source.slug, root.name`;

type Row = { source: Record<string, unknown>; root: Record<string, unknown>; lines: unknown[][] };

const props = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};
const role = (value: unknown) => expectLabel(toRecord(props(value)), 'Role');

/**
 * The org charts of the sources (or of one), below one role or each top role: one statement. The
 * statements the lines cite and the sources are handed to the request's loaders, so a line's
 * `evidence` and `source` cost no statement of their own.
 */
export async function orgCharts(
  cypher: CypherExecutor,
  loaders: Loaders,
  source: string | null,
  root: string | null,
): Promise<OrgChartRecord[]> {
  const rows = await cypher.read<Row>('reportingLines', orgChartQuery, { source, root });
  return rows.map((row) => {
    const sourceRecord = expectLabel(toRecord(row.source), 'Source');
    loaders.prime(sourceRecord);
    const lines = row.lines.map(([claim, report, manager, depth, evidence]) => {
      if (Array.isArray(evidence))
        for (const statement of evidence) loaders.prime(toRecord(props(statement)));
      return {
        role: role(report),
        manager: role(manager),
        depth: Number(depth),
        claim: toClaim('REPORTS_TO', props(claim)),
      };
    });
    return { source: sourceRecord, root: role(row.root), lines };
  });
}
