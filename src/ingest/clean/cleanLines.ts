import { normalizeForMatch } from '../../textMatching.ts';
import { isAdvertLabel, isBoxHeading, isClosingTaxonomy, isFurniture, isTailMarker } from './furniture.ts';

/** A line of the article that is not page furniture. */
export interface CleanLine {
  /** The file's own characters, line end removed. */
  text: string;
  /** Spaces, quotes and dashes made plain, trimmed: what the rules and the parser test. */
  normalized: string;
  /** 1-based line in the file. */
  line: number;
}

export interface CleanText {
  lines: CleanLine[];
  /** How many lines were page furniture, so a reader can check that nothing else went. */
  furnitureLines: number;
}

/**
 * The first stage: the page's furniture goes (furniture.ts), blank lines too, and each kept line
 * gets its normalised form. A tail marker (a comment form, "related posts") low on the page
 * drops everything after it; a box heading ("About the author") drops the paragraph under it.
 */
export function cleanLines(raw: string): CleanText {
  const lines = raw.split('\n').map((line) => line.replace(/\r$/, ''));
  const kept: CleanLine[] = [];
  let furnitureLines = 0;
  let inTail = false;
  let inBox = false;
  lines.forEach((text, index) => {
    const normalized = normalizeForMatch(text);
    if (!normalized) return;
    if (inTail || inBox || isFurniture(normalized)) {
      furnitureLines += 1;
      // A comment count or "related posts" under the byline is a widget; further down it starts the page's tail.
      inTail ||=
        (isTailMarker(normalized) && index > lines.length * 0.4) ||
        (isClosingTaxonomy(normalized) && index > lines.length * 0.7);
      // A box such as "About the author" holds one paragraph (the bio) under its heading.
      // An advert's label holds the advert's copy under it, in sentences; a heading there is the article's.
      inBox =
        !inBox &&
        isBoxHeading(normalized) &&
        (!isAdvertLabel(normalized) || /[.!]$|[.!?]\s/.test(nextLine(lines, index)));
      return;
    }
    if (isBioHeading(normalized, nextLine(lines, index))) {
      furnitureLines += 1;
      inBox = true;
      return;
    }
    kept.push({ text, normalized, line: index + 1 });
  });
  return { lines: kept, furnitureLines };
}

/** The next line with any text after `index`, normalised (read line by line: a page is long). */
function nextLine(lines: readonly string[], index: number): string {
  for (let i = index + 1; i < lines.length; i += 1) {
    const normalized = normalizeForMatch(lines[i]!);
    if (normalized) return normalized;
  }
  return '';
}

/** "About Tom" over "Tom Hadley trained at ...": the heading of an author's box names the person its paragraph starts with. */
function isBioHeading(line: string, next: string): boolean {
  const name = /^about ([A-Z][\w'-]+)$/.exec(line)?.[1];
  return name !== undefined && next.startsWith(`${name} `) && next.split(' ').length > 8;
}
