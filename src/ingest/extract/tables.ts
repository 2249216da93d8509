import type { ExtractionContext } from './context.ts';
import type { ListKind } from './language.ts';
import type { DimensionFinding, ListFinding, MembershipFinding } from './findings.ts';
import { gridsOf, type Cell, type Grid } from './grids.ts';
import { listKindOf, namedListKind as kindOf, sentenceCase, splitEnumeration } from './language.ts';
import { onlyTier, type FoundTier } from './tiers.ts';

/** What a table says, claim by claim. */
export interface TableFindings {
  lists: ListFinding[];
  memberships: MembershipFinding[];
  dimensions: DimensionFinding[];
}

const tierOf = (cell: Cell | undefined, tiers: readonly FoundTier[]) =>
  cell && cell.text && cell.text.split(' ').length <= 5 ? onlyTier(cell.text, tiers) : null;

/**
 * Tables in any orientation. Tiers as rows ("Tier | Typical job titles | Main duties | Pay") or as
 * columns ("Aspect | A | B", then a label and one cell per tier): a header or label that names
 * positions, duties or skills makes its cells claims of that kind, split where they list several
 * items ("a; b; c", "a, b, c"); any other names a dimension, each tier's cell its characteristic.
 * A table whose every column is a tier lists, under each, what the section's heading announces.
 */
export function findTables(context: ExtractionContext): TableFindings {
  const out: TableFindings = { lists: [], memberships: [], dimensions: [] };
  for (const grid of gridsOf(context)) {
    const [header, ...body] = grid.rows;
    if (!header || body.length === 0) continue;
    const columnTiers = header.map((cell) => tierOf(cell, context.tiers));
    const rowTiers = body.map((row) => tierOf(row[0], context.tiers));
    if (columnTiers.filter(Boolean).length >= 2 && !columnTiers[0]) {
      for (const row of body) addLine(out, row[0]?.text ?? '', row.slice(1), columnTiers.slice(1));
    } else if (columnTiers.filter(Boolean).length >= 2 && header.every((c, i) => !c.text || columnTiers[i])) {
      addColumns(out, grid, body, columnTiers);
    } else if (rowTiers.filter(Boolean).length >= 2) {
      header.slice(1).forEach((label, j) => {
        const cells = body.map((row) => row[j + 1]);
        addLine(out, label.text, cells, rowTiers);
      });
    }
  }
  return out;
}

/** One row (or column) of a table: a label, and one cell per tier. */
function addLine(
  out: TableFindings,
  label: string,
  cells: readonly (Cell | undefined)[],
  tiers: readonly (FoundTier | null)[],
): void {
  if (!label) return;
  const kind = kindOf(label);
  const pairs = cells.flatMap((cell, i) => {
    const tier = tiers[i];
    return cell && cell.text && tier ? [{ cell, tier }] : [];
  });
  if (kind === null) {
    out.dimensions.push({
      name: sentenceCase(label),
      characteristics: pairs.map(({ cell, tier }) => ({
        tier,
        summary: cell.text.replace(/\.$/, ''),
        evidence: [cell.statement],
      })),
      confidence: 0.85,
    });
    return;
  }
  for (const { cell, tier } of pairs) addItems(out, kind, tier, cell, 0.75);
}

function addItems(
  out: TableFindings,
  kind: ListKind | 'roles',
  tier: FoundTier,
  cell: Cell,
  confidence: number,
): void {
  const items = splitEnumeration(cell.text.replace(/\.$/, ''), { splitAnd: 'never' });
  if (kind === 'roles') {
    const roles = items.map((item) => {
      const acronym = /^(.*?)\s*\(([A-Z]{2,5})\)$/.exec(item);
      return { name: acronym ? acronym[1]! : item, aliases: acronym ? [acronym[2]!] : [] };
    });
    out.memberships.push({ tier, roles, evidence: cell.statement, sentence: cell.text, confidence });
    return;
  }
  out.lists.push({
    kind,
    tier,
    items: items.map((name) => ({ statement: cell.statement, name })),
    leadIn: null,
    confidence: confidence - 0.05,
  });
}

/** A column per tier under a heading that says what they list ("What Each Level Is Responsible For"). */
function addColumns(out: TableFindings, grid: Grid, body: Cell[][], tiers: (FoundTier | null)[]): void {
  const kind = kindOf(grid.section.section.name) ?? listKindOf(grid.section.section.name);
  if (!kind || kind === 'both') return;
  tiers.forEach((tier, i) => {
    if (!tier) return;
    const cells = body.map((row) => row[i]).filter((cell): cell is Cell => Boolean(cell?.text));
    if (kind === 'roles') {
      for (const cell of cells)
        out.memberships.push({
          tier,
          roles: [{ name: cell.text.replace(/\s*\([A-Z]{2,5}\)$/, ''), aliases: [] }],
          evidence: cell.statement,
          sentence: cell.text,
          confidence: 0.7,
        });
    } else if (cells.length > 0) {
      out.lists.push({
        kind,
        tier,
        items: cells.map((cell) => ({ statement: cell.statement, name: cell.text })),
        leadIn: null,
        confidence: 0.75,
      });
    }
  });
}
