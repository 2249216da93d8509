import { isTableRow } from '../parse/blocks.ts';
import type { ParsedStatement } from '../parse/parseArticle.ts';
import type { ExtractionContext, SectionInfo } from './context.ts';
import { plain } from './language.ts';
import { onlyTier, type FoundTier } from './tiers.ts';

/** A cell of a table and the statement that holds it (its row, or itself when cells are lines). */
export interface Cell {
  text: string;
  statement: ParsedStatement;
}

/** A table however it was flattened: rows of cells, the first row its header. */
export interface Grid {
  section: SectionInfo;
  rows: Cell[][];
}

const grids = new WeakMap<ExtractionContext, Grid[]>();

/**
 * The tables of an article in any of the shapes scraping leaves them: rows of tab-separated
 * cells, pipe rows ("| A | B |"), or one cell per line, where the tiers' names in a row of their
 * own give the width (a corner label, then one line per tier, then a label and one cell per tier).
 */
export function gridsOf(context: ExtractionContext): Grid[] {
  const known = grids.get(context);
  if (known) return known;
  const found: Grid[] = [];
  for (const section of context.sections.values()) {
    const delimited = runs(section.statements, (s) => isTableRow(s.text));
    for (const run of delimited) if (run.length >= 2) found.push({ section, rows: run.map(rowCells) });
    const lines = runs(section.statements, isCellLine);
    for (const run of lines) {
      const grid = cellsPerLine(run, context.tiers);
      if (grid) found.push({ section, rows: grid });
    }
  }
  grids.set(context, found);
  return found;
}

/** Whether a statement is part of a table, so sentence rules leave it to the table's readers. */
export function inGrid(context: ExtractionContext, statement: ParsedStatement): boolean {
  return gridsOf(context).some((g) => g.rows.some((row) => row.some((c) => c.statement === statement)));
}

function runs(
  statements: readonly ParsedStatement[],
  test: (s: ParsedStatement) => boolean,
): ParsedStatement[][] {
  const out: ParsedStatement[][] = [];
  let current: ParsedStatement[] | null = null;
  for (const statement of statements) {
    if (!test(statement)) {
      current = null;
      continue;
    }
    if (!current) out.push((current = []));
    current.push(statement);
  }
  return out;
}

function rowCells(statement: ParsedStatement): Cell[] {
  const text = statement.text.includes('\t')
    ? statement.text.split('\t')
    : statement.text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return text.map((cell) => ({ text: plain(cell).trim(), statement }));
}

const isCellLine = (s: ParsedStatement) =>
  s.kind === 'paragraph' &&
  !s.text.includes('\n') &&
  !isTableRow(s.text) &&
  !/[.!?:;]$/.test(s.normalized) &&
  s.normalized.split(' ').length <= 16;

/** A header row of tier names (after an optional corner label), then rows as wide as it. */
function cellsPerLine(run: readonly ParsedStatement[], tiers: readonly FoundTier[]): Cell[][] | null {
  const isTier = (s: ParsedStatement | undefined) =>
    s !== undefined && s.normalized.split(' ').length <= 5 && onlyTier(s.normalized, tiers) !== null;
  for (let start = 0; start + 1 < run.length; start += 1) {
    let width = 0;
    while (isTier(run[start + 1 + width])) width += 1;
    const rest = run.length - start - 1 - width;
    if (width < 2 || rest < width + 1 || rest % (width + 1) !== 0) continue;
    const cells = run.slice(start).map((statement) => ({ text: plain(statement.text).trim(), statement }));
    const rows: Cell[][] = [];
    for (let i = 0; i < cells.length; i += width + 1) rows.push(cells.slice(i, i + width + 1));
    return rows;
  }
  return null;
}
