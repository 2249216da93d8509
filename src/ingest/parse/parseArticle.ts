import { dedupeKey, jaccard, kebabCase, normalizeForMatch, wordSet } from '../../textMatching.ts';
import { isHeading, readBlocks } from './blocks.ts';
import { readHeader } from './header.ts';

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

// Scraping glued repeated bullets together with a stray sub-list marker: "text o text".
const gluedBulletSeparator = /\s+o\s+(?=[A-Z])/g;

/**
 * Parses an article of the plain-text shape the sources come in (bare heading lines, paragraphs,
 * bullets, tables flattened to tab-separated rows) in three steps: blocks (furniture removed,
 * blocks.ts), header (title and column, header.ts), then sections and statements, cleaning the
 * rest of the scraping noise: repeated title lines, glued and repeated bullets, a paragraph
 * repeated with small edits.
 */
export function parseArticle(slug: string, raw: string, hints: ParseHints = {}): ParsedArticle {
  const { blocks, furnitureLines } = readBlocks(raw);
  const removed = { repeatedTitles: 0, duplicates: 0, furnitureLines, gluedBulletsSplit: 0 };
  const header = readHeader(blocks, slug, hints);
  removed.repeatedTitles = header.repeatedTitles;
  const column = header.column ? header.column.text.trim() : null;
  const titleBlock = header.title;
  const title = header.titleText;
  const titleKey = dedupeKey(title);

  const sections: ParsedSection[] = [{ slug: 'lead', name: title, position: 1, line: titleBlock.line }];
  const statements: ParsedStatement[] = [];
  const seen = new Set<string>();
  const sectionCounts = new Map<string, number>([['lead', 0]]);
  let section = sections[0]!;

  const addStatement = (text: string, kind: ParsedStatement['kind'], line: number) => {
    // A short lead-in ("Typical job titles:") may open a list in every section; elsewhere a repeat is scraping noise.
    const leadIn = /:\s*$/.test(text) && text.split(/\s+/).length <= 8;
    const key = leadIn ? `${section.slug}|${dedupeKey(text)}` : dedupeKey(text);
    if (seen.has(key)) {
      removed.duplicates += 1;
      return;
    }
    const previous = statements.at(-1);
    if (
      kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.sectionSlug === section.slug &&
      (jaccard(wordSet(previous.text), wordSet(text)) >= 0.6 ||
        dedupeKey(previous.text).includes(dedupeKey(text)))
    ) {
      removed.duplicates += 1; // the same paragraph again, lightly reworded or cut short
      return;
    }
    seen.add(key);
    const n = (sectionCounts.get(section.slug) ?? 0) + 1;
    sectionCounts.set(section.slug, n);
    const normalized = normalizeForMatch(text);
    const lead = kind === 'bullet' ? (/^([^:]{2,60}):\s+\S/.exec(normalized)?.[1] ?? null) : null;
    statements.push({
      key: `${section.slug}.${n}`,
      sectionSlug: section.slug,
      position: statements.length + 1,
      kind,
      text,
      normalized,
      lead: lead && lead.split(' ').length <= 6 ? lead : null,
      line,
    });
  };

  for (const block of blocks.slice(header.bodyStart)) {
    if (dedupeKey(block.text) === titleKey) {
      removed.repeatedTitles += 1; // the page repeats its title (banner, image caption): not content
    } else if (isHeading(block)) {
      const name = block.text.trim();
      let headingSlug = kebabCase(name);
      for (let i = 2; sectionCounts.has(headingSlug); i += 1) headingSlug = `${kebabCase(name)}-${i}`;
      section = { slug: headingSlug, name, position: sections.length + 1, line: block.line };
      sections.push(section);
      sectionCounts.set(headingSlug, 0);
    } else if (block.kind === 'bullet') {
      const pieces = block.text.split(gluedBulletSeparator);
      removed.gluedBulletsSplit += pieces.length - 1;
      for (const piece of pieces) addStatement(piece.trim(), 'bullet', block.line);
    } else {
      // A table row keeps its tabs, a leading one too (an empty first cell).
      addStatement(block.kind === 'row' ? block.text : block.text.trim(), 'paragraph', block.line);
    }
  }

  // The lead section exists only if text precedes the first heading.
  const kept = sectionCounts.get('lead') === 0 ? sections.slice(1) : sections;
  return {
    slug,
    title,
    column,
    sections: kept.map((s, index) => ({ ...s, position: index + 1 })),
    statements,
    removed,
  };
}
