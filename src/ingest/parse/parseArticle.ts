import { cleanLines } from '../clean/cleanLines.ts';
import { readBlocks } from './blocks.ts';
import { readHeader } from './header.ts';
import { readBody } from './body.ts';

export interface ParsedSection {
  /** Unique within the article: kebab-case of the heading (`lead` for the text before the first). */
  slug: string;
  name: string;
  /** 1-based order in the article. */
  position: number;
  /** 1-based line of the heading in the file (of the title, for `lead`). */
  line: number;
}

export interface ParsedStatement {
  /** Stable within the article: `<section slug>.<n>`, n counting from 1 in the section. */
  key: string;
  sectionSlug: string;
  /** 1-based order in the whole article. */
  position: number;
  kind: 'paragraph' | 'bullet';
  /** The article's own characters (an exact substring of the file), without the bullet marker. */
  text: string;
  /** Spaces, quotes and dashes made plain: what quotes and aliases are matched against. */
  normalized: string;
  /** A bullet's label before its colon (`Senior leadership` in `Senior leadership: ...`). */
  lead: string | null;
  line: number;
}

export interface ParsedArticle {
  slug: string;
  title: string;
  column: string | null;
  sections: ParsedSection[];
  statements: ParsedStatement[];
  /** What cleaning removed, so a reader can check that nothing else went. */
  removed: { repeatedTitles: number; duplicates: number; furnitureLines: number; gluedBulletsSplit: number };
}

export interface ParseHints {
  /** The article's title; defaults to its first line. */
  title?: string;
  /** A column or section name printed above the title ("Coffee Break"). */
  column?: string;
}

/**
 * Reads an article of the plain-text shape the sources come in (bare heading lines, paragraphs,
 * bullets, tables flattened to tab-separated rows) through the first two stages: clean (page
 * furniture out, lines normalised: clean/cleanLines.ts), then parse: blocks (blocks.ts), header
 * (title and column, header.ts), then sections and statements (body.ts), leaving out the
 * scraping noise the rules of clean/noise.ts tell.
 */
export function parseArticle(slug: string, raw: string, hints: ParseHints = {}): ParsedArticle {
  const { lines, furnitureLines } = cleanLines(raw);
  const blocks = readBlocks(lines);
  const header = readHeader(blocks, slug, hints);
  const body = readBody(blocks.slice(header.bodyStart), header);
  return {
    slug,
    title: header.titleText,
    column: header.column ? header.column.text.trim() : null,
    sections: body.sections,
    statements: body.statements,
    removed: {
      repeatedTitles: header.repeatedTitles + body.removed.repeatedTitles,
      duplicates: body.removed.duplicates,
      furnitureLines,
      gluedBulletsSplit: body.removed.gluedBulletsSplit,
    },
  };
}
