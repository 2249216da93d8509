import { normalizeForMatch } from '../../textMatching.ts';
import type { CleanLine } from '../clean/cleanLines.ts';

/** A unit of the page's layout: a bullet, a table row, or consecutive lines of a paragraph. */
export interface Block {
  text: string;
  /** A list item numbered "1." or "2)": a heading when it is a short bare line over a paragraph. */
  numbered?: boolean;
  /** 1-based line of the block's first line in the file. */
  line: number;
  lineCount: number;
  kind: 'paragraph' | 'bullet' | 'row';
  /** A cell of a table flattened to one cell per line: a line of text, never a heading. */
  cell?: boolean;
  /** A line of a block of fields ("Reports to: Chief Financial Officer"): a statement, never a heading. */
  field?: boolean;
}

/** A table row: cells separated by tabs, or by pipes ("| A | B |"). */
export function isTableRow(line: string): boolean {
  return line.includes('\t') || /^\s*\|.*\|.*\|/.test(line);
}

// The rule under a pipe table's header row ("|---|:---:|") is markup, not content.
const pipeRule = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$/;

// Bullets as pages are scraped: "  • ...", "- ...", "* ...", "→ ...", "✓ ...", "1. ...", "2) ...", "a) ...".
const bulletMarker =
  /^\s*(?:[\u2022\u25CF\u25E6\u2023\u25AA\u25B8\u25BA\u2192\u279C\u2794\u27A4\u2713\u2714\u2013*-]|\d{1,2}[.)]|[a-h]\))\s+/;

/** Whether a line is a list item; returns its text without the marker. */
export function bulletText(line: string): string | null {
  return bulletMarker.test(line) ? line.replace(bulletMarker, '') : null;
}

/**
 * The second stage, on the lines cleaning kept: each bullet and each table row (a line with tabs)
 * is a block of its own, consecutive other lines form one paragraph when they are text wrapped
 * at a fixed width, and a short numbered line over a paragraph is a heading.
 */
export function readBlocks(lines: readonly CleanLine[]): Block[] {
  const blocks: Block[] = [];
  for (const { text: line, normalized, line: lineNumber } of lines) {
    if (pipeRule.test(line)) continue;
    const bullet = bulletText(line);
    const kind: Block['kind'] = bullet !== null ? 'bullet' : isTableRow(line) ? 'row' : 'paragraph';
    const previous = blocks.at(-1);
    const continues =
      kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.line + previous.lineCount === lineNumber &&
      wrapped(previous.text, normalized);
    if (previous && continues) {
      previous.text = `${previous.text}\n${line.trim()}`;
      previous.lineCount += 1;
    } else {
      // A table row keeps its tabs, a leading one too: an empty first cell is a cell.
      const text =
        kind === 'bullet' ? (bullet ?? line) : kind === 'row' ? line.replace(/^ +| +$/g, '') : line.trim();
      blocks.push({ text, line: lineNumber, lineCount: 1, kind, numbered: /^\s*\d{1,2}[.)]\s/.test(line) });
    }
  }
  return markFields(
    markCells(
      blocks.map((block, i) =>
        numberedHeading(block, blocks[i - 1], blocks[i + 1])
          ? { ...block, kind: 'paragraph' as const }
          : block,
      ),
    ),
  );
}

// "Label: value" on one line, the label a few words ("Reports to", "Closing date").
const fieldLine = /^[A-Z][A-Za-z&'/-]*(?: [A-Za-z&'/-]+){0,3}: \S/;
const isFieldLine = (b: Block | undefined) =>
  b?.kind === 'paragraph' && b.lineCount === 1 && fieldLine.test(normalizeForMatch(b.text));

/**
 * A job description's header fields ("Job title: ...", "Reports to: ...", "Salary: ...") are lines
 * of `Label: value`, one under another: each is a statement of the section it sits in, not a
 * heading. A lone such line ("Step 1: Set the strategy") may be a heading and stays one.
 */
function markFields(blocks: Block[]): Block[] {
  const adjacent = (a: Block | undefined, b: Block | undefined) =>
    a !== undefined && b !== undefined && a.line + a.lineCount === b.line;
  return blocks.map((block, i) => {
    const previous = blocks[i - 1];
    const next = blocks[i + 1];
    const inRun =
      (isFieldLine(previous) && adjacent(previous, block)) || (isFieldLine(next) && adjacent(block, next));
    return isFieldLine(block) && inRun ? { ...block, field: true } : block;
  });
}

/**
 * A table flattened to one cell per line is a long run of short bare lines, which would each read
 * as a heading; no article stacks that many headings with nothing under them, so such a run is
 * text (its lines cells), and extraction, knowing the tiers, finds the rows in it.
 */
function markCells(blocks: Block[]): Block[] {
  const bare = (b: Block) => headingLike(b) && !/\?$/.test(b.text.trim());
  const firstText = blocks.findIndex((b) => b.kind === 'paragraph' && /[.!?]$/.test(b.text.trim()));
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    while (end < blocks.length && bare(blocks[end]!)) end += 1;
    // The last bare line over a paragraph, a list or a table is the next section's heading; over a
    // question heading it is the table's last cell.
    const next = blocks[end];
    const last = next && !isHeading(next) ? end - 1 : end;
    if (firstText >= 0 && start > firstText && last - start >= minCellRun && !isContents(blocks, start, last))
      for (let i = start; i < last; i += 1) blocks[i] = { ...blocks[i]!, cell: true };
    start = Math.max(end, start + 1);
  }
  return blocks;
}

// A list of the page's contents: numbered entries, or entries that come back as headings below.
function isContents(blocks: readonly Block[], start: number, end: number): boolean {
  const run = blocks.slice(start, end).map((b) => normalizeForMatch(b.text).toLowerCase());
  const later = new Set(blocks.slice(end).map((b) => normalizeForMatch(b.text).toLowerCase()));
  const numbered = run.filter((t) => /^\d{1,2}\.?\s/.test(t)).length;
  const repeated = run.filter((t) => later.has(t)).length;
  return numbered * 2 >= run.length || repeated * 2 >= run.length;
}

const minCellRun = 6;

function headingLike(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lineCount > 1) return false;
  const text = normalizeForMatch(block.text);
  return /^[A-Z0-9£$€]/.test(text) && !/[.!:;]$/.test(text) && text.split(' ').length <= 12;
}

// "1. Level of responsibility" over a paragraph is a numbered heading, not a one-item list.
function numberedHeading(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  const text = normalizeForMatch(block.text);
  const over = next?.kind === 'paragraph' || (next?.kind === 'bullet' && next.numbered !== true);
  const inList = previous?.kind === 'bullet' && previous.numbered === true;
  return (
    block.kind === 'bullet' &&
    block.numbered === true &&
    !inList &&
    over &&
    /^[A-Z]/.test(text) &&
    !/[.!:;,]$/.test(text) &&
    text.split(' ').length <= 8
  );
}

/**
 * Whether a line carries on the paragraph above it (text wrapped at a fixed width), rather than
 * being a line of its own that happens to follow without a blank line (a title under a rubric, a
 * byline): the line above is unfinished and this one goes on in lower case.
 */
function wrapped(previous: string, line: string): boolean {
  const last = normalizeForMatch(previous.split('\n').at(-1) ?? '');
  return !/[.!?:;"')\]]$/.test(last) && /^[a-z(]/.test(line) && last.toLowerCase() !== line.toLowerCase();
}

/** A bare line that reads as a heading: short, capitalised, no closing punctuation but a question mark. */
export function isHeading(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lineCount > 1 || block.cell === true || block.field === true)
    return false;
  const text = normalizeForMatch(block.text);
  // A question heading may run longer: "How long do members serve, and what is the term of office?"
  const most = text.endsWith('?') ? 20 : 12;
  return /^[A-Z0-9]/.test(text) && !/[.!:;,]$/.test(text) && text.split(' ').length <= most;
}
