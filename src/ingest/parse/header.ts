import { dedupeKey, normalizeForMatch } from '../../textMatching.ts';
import { isHeading, type Block } from './blocks.ts';

export interface Header {
  title: Block;
  /** The title's words: the title line, or the opening sentence of a page that has no title line. */
  titleText: string;
  column: Block | null;
  /** Index of the first block of the article's body. */
  bodyStart: number;
  /** Lines of the header that repeat the title (a banner, a lowercase caption). */
  repeatedTitles: number;
}

export interface HeaderHints {
  title?: string;
  column?: string;
}

// Words that open an article's body rather than name its column.
const bodyHeadings =
  /^(introduction|overview|background|summary|contents|definitions?|key (differences|takeaways)|conclusion|what\b|who\b|how\b|why\b)/i;
const comparison = /\b(vs\.?|versus)(?=\s)/i;

const words = (block: Block) => normalizeForMatch(block.text).split(' ').length;

/**
 * The title and column of a page: among the bare lines before the body starts, the title is the
 * one that names a comparison ("A vs B"), else the longest; a column (rubric) is a short line
 * above it, or right below it when it cannot be a heading of the body; a line that repeats the
 * title in other case is a banner, not content. Curated hints, when given, must agree.
 */
export function readHeader(blocks: readonly Block[], slug: string, hints: HeaderHints = {}): Header {
  const candidates = headerCandidates(blocks);
  if (blocks.length === 0) throw new Error(`${slug}: the article is empty`);
  if (candidates.length === 0) {
    if (hints.title)
      throw new Error(
        `${slug}: expected the title "${hints.title}" at line ${blocks[0]!.line}, found a paragraph`,
      );
    // No title line: the opening sentence names the page, and the paragraph stays in the body.
    const first = blocks[0]!;
    const sentence =
      /^.{8,160}?[.!?](?=\s|$)/s.exec(normalizeForMatch(first.text))?.[0] ??
      normalizeForMatch(first.text).split(' ').slice(0, 12).join(' ');
    return { title: first, titleText: sentence, column: null, bodyStart: 0, repeatedTitles: 0 };
  }
  const titleIndex = chooseTitle(blocks, candidates, slug, hints);
  const title = blocks[titleIndex]!;
  const titleKey = dedupeKey(title.text);
  let column: Block | null = null;
  let repeatedTitles = 0;
  let bodyStart = titleIndex + 1;
  for (const i of candidates) {
    const block = blocks[i]!;
    if (i === titleIndex) continue;
    if (dedupeKey(block.text) === titleKey) {
      repeatedTitles += 1;
      if (i >= bodyStart) bodyStart = i + 1;
    } else if (i < titleIndex) {
      // The rubric sits right above the title; a line above it is the site's masthead.
      if (isColumn(block, hints) && (!column || !hints.column)) column = block;
    } else if (
      i === bodyStart &&
      !column &&
      isColumn(block, hints) &&
      !bodyHeadings.test(normalizeForMatch(block.text))
    ) {
      // A short line right under the title is its rubric only when the body does not start there.
      const next = blocks[i + 1];
      if (!next || !isHeading(next) || hints.column) {
        column = block;
        bodyStart = i + 1;
      }
    }
  }
  if (hints.column && (!column || dedupeKey(column.text) !== dedupeKey(hints.column))) {
    throw new Error(
      `${slug}: expected the column "${hints.column}" next to the title, found ${column ? `"${column.text.trim()}"` : 'none'}`,
    );
  }
  return { title, titleText: title.text.trim(), column, bodyStart, repeatedTitles };
}

/**
 * The bare lines a title may be among: the first few, or, when a site's name and menu of short
 * links come first, as many as run up to a line that names a comparison ("A vs B") and the few
 * right under it.
 */
function headerCandidates(blocks: readonly Block[]): number[] {
  const bare: number[] = [];
  for (let i = 0; i < blocks.length && bare.length < maxMenuLines; i += 1) {
    if (!isHeaderLine(blocks[i]!)) break;
    bare.push(i);
  }
  const named = bare.findIndex((i) => comparison.test(normalizeForMatch(blocks[i]!.text)));
  return bare.slice(0, named >= 4 ? named + 4 : 4);
}

const maxMenuLines = 40;

// A title may run longer than a heading: a bare line of up to twenty words, no closing full stop.
function isHeaderLine(block: Block): boolean {
  const text = normalizeForMatch(block.text);
  return (
    block.kind === 'paragraph' &&
    block.lineCount === 1 &&
    block.field !== true &&
    !/[.!;,]$/.test(text) &&
    text.split(' ').length <= 20
  );
}

function isColumn(block: Block, hints: HeaderHints): boolean {
  if (hints.column) return dedupeKey(block.text) === dedupeKey(hints.column);
  const text = normalizeForMatch(block.text);
  return words(block) <= 4 && !/[?]$/.test(text) && !comparison.test(text);
}

function chooseTitle(
  blocks: readonly Block[],
  candidates: readonly number[],
  slug: string,
  hints: HeaderHints,
): number {
  if (hints.title) {
    const wanted = dedupeKey(hints.title);
    const found = candidates.find((i) => dedupeKey(blocks[i]!.text) === wanted);
    if (found === undefined) {
      const first = blocks[candidates[0]!]!;
      throw new Error(
        `${slug}: expected the title "${hints.title}" at line ${first.line}, found "${first.text.trim()}"`,
      );
    }
    return found;
  }
  const named = candidates.find((i) => comparison.test(normalizeForMatch(blocks[i]!.text)));
  if (named !== undefined) return named;
  return candidates.reduce(
    (best, i) => (words(blocks[i]!) > words(blocks[best]!) ? i : best),
    candidates[0]!,
  );
}
