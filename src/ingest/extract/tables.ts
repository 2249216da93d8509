import type { ParsedStatement } from '../parse/parseArticle.ts';
import type { ExtractionContext, SectionInfo } from './context.ts';
import type { ListFinding, MembershipFinding } from './findings.ts';
import { listKindOf, plain, splitEnumeration, type ListKind } from './language.ts';
import { onlyTier, type FoundTier } from './tiers.ts';

type TableKind = ListKind | 'roles';

// A column or table about positions: "Example titles", "Who Sits at Each Level", "Typical roles".
const rolesHeading = /\b(titles?|roles|positions|posts|who sits|examples?)\b/i;

const kindOf = (text: string): TableKind | null => {
  if (rolesHeading.test(text)) return 'roles';
  const kind = listKindOf(text);
  return kind === 'both' ? null : kind;
};

const cellsOf = (row: ParsedStatement) => row.text.split('\t').map((cell) => plain(cell));

/**
 * Lists laid out as tables flattened to tab-separated rows: a column per tier under a heading
 * that says what they list ("What Each Level Is Responsible For": "C-level\tDirector level" then
 * one item per row), or a row per tier under headers that say it ("Level\tExample titles", then
 * "C-level\tChief executive officer (CEO), ..."). Tables with a label column and a column per tier
 * compare the tiers and are read by the dimension rules.
 */
export function findTableLists(context: ExtractionContext): {
  lists: ListFinding[];
  memberships: MembershipFinding[];
} {
  const lists: ListFinding[] = [];
  const memberships: MembershipFinding[] = [];
  for (const section of context.sections.values()) {
    const rows = section.statements.filter((s) => s.text.includes('\t'));
    const header = rows[0];
    if (!header || rows.length < 2) continue;
    const headerCells = cellsOf(header);
    const columnTiers = headerCells.map((cell) => (cell ? onlyTier(cell, context.tiers) : null));
    if (headerCells.every((cell, i) => !cell || columnTiers[i]) && columnTiers.filter(Boolean).length >= 2) {
      addColumns(section, rows.slice(1), columnTiers, lists, memberships);
    } else {
      addRows(context, rows.slice(1), headerCells, lists, memberships);
    }
  }
  return { lists, memberships };
}

function addColumns(
  section: SectionInfo,
  body: ParsedStatement[],
  tiers: (FoundTier | null)[],
  lists: ListFinding[],
  memberships: MembershipFinding[],
): void {
  const kind = kindOf(section.section.name);
  if (!kind) return;
  tiers.forEach((tier, i) => {
    if (!tier) return;
    const cells = body.map((row) => ({ row, cell: cellsOf(row)[i] ?? '' })).filter(({ cell }) => cell);
    if (kind === 'roles') {
      for (const { row, cell } of cells)
        memberships.push({
          tier,
          roles: [{ name: cell.replace(/\s*\([A-Z]{2,5}\)$/, ''), aliases: [] }],
          evidence: row,
          sentence: cell,
          confidence: 0.7,
        });
    } else if (cells.length > 0) {
      lists.push({
        kind,
        tier,
        items: cells.map(({ row, cell }) => ({ statement: row, name: cell })),
        leadIn: null,
        confidence: 0.75,
      });
    }
  });
}

function addRows(
  context: ExtractionContext,
  body: ParsedStatement[],
  headerCells: string[],
  lists: ListFinding[],
  memberships: MembershipFinding[],
): void {
  for (const row of body) {
    const cells = cellsOf(row);
    const tier = cells[0] ? onlyTier(cells[0], context.tiers) : null;
    if (!tier) continue;
    cells.slice(1).forEach((cell, j) => {
      const kind = kindOf(headerCells[j + 1] ?? '');
      if (!kind || !cell) return;
      const items = splitEnumeration(cell.replace(/\.$/, ''), { splitAnd: 'never' });
      if (kind === 'roles') {
        const roles = items.map((item) => {
          const acronym = /^(.*?)\s*\(([A-Z]{2,5})\)$/.exec(item);
          return { name: acronym ? acronym[1]! : item, aliases: acronym ? [acronym[2]!] : [] };
        });
        memberships.push({ tier, roles, evidence: row, sentence: cell, confidence: 0.75 });
      } else {
        lists.push({
          kind,
          tier,
          items: items.map((name) => ({ statement: row, name })),
          leadIn: null,
          confidence: 0.7,
        });
      }
    });
  }
}
