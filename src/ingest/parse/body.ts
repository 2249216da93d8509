import { kebabCase, normalizeForMatch } from '../../textMatching.ts';
import { RepeatFilter, repeatsTitle, splitGluedBullets } from '../clean/noise.ts';
import { isHeading, type Block } from './blocks.ts';
import type { Header } from './header.ts';
import type { ParsedSection, ParsedStatement } from './parseArticle.ts';

export interface Body {
  sections: ParsedSection[];
  statements: ParsedStatement[];
  removed: { repeatedTitles: number; duplicates: number; gluedBulletsSplit: number };
}

/**
 * The article's sections and statements, from the blocks after its header: a heading opens a
 * section, a bullet (split where scraping glued several) or a paragraph is a statement of the
 * current one, and what noise.ts tells as a repeat is counted and left out.
 */
export function readBody(blocks: readonly Block[], header: Header): Body {
  const body = new BodyBuilder(header);
  for (const block of blocks) {
    if (repeatsTitle(block.text, header.titleText)) {
      body.removed.repeatedTitles += 1; // the page repeats its title (banner, image caption): not content
    } else if (isHeading(block)) {
      body.openSection(block.text.trim(), block.line);
    } else if (block.kind === 'bullet') {
      const pieces = splitGluedBullets(block.text);
      body.removed.gluedBulletsSplit += pieces.length - 1;
      for (const piece of pieces) body.addStatement(piece, 'bullet', block.line);
    } else {
      // A table row keeps its tabs, a leading one too (an empty first cell).
      body.addStatement(block.kind === 'row' ? block.text : block.text.trim(), 'paragraph', block.line);
    }
  }
  return body.result();
}

class BodyBuilder {
  readonly removed = { repeatedTitles: 0, duplicates: 0, gluedBulletsSplit: 0 };
  private readonly sections: ParsedSection[];
  private readonly statements: ParsedStatement[] = [];
  private readonly repeats = new RepeatFilter();
  private readonly sectionCounts = new Map<string, number>([['lead', 0]]);
  /** Per heading slug, the next suffix to try when it repeats, so each repeat costs one try. */
  private readonly nextSuffix = new Map<string, number>();
  private section: ParsedSection;

  constructor(header: Header) {
    // Text before the first heading belongs to a `lead` section named after the title.
    this.section = { slug: 'lead', name: header.titleText, position: 1, line: header.title.line };
    this.sections = [this.section];
  }

  openSection(name: string, line: number): void {
    const slug = this.uniqueSlug(kebabCase(name));
    this.section = { slug, name, position: this.sections.length + 1, line };
    this.sections.push(this.section);
    this.sectionCounts.set(slug, 0);
  }

  /**
   * `base`, or `base-2`, `base-3`, ... for a heading met again: the first suffix not yet taken,
   * counting on from where the last repeat of `base` stopped, so an article whose heading repeats
   * n times costs n tries, not n²/2.
   */
  private uniqueSlug(base: string): string {
    if (!this.sectionCounts.has(base)) return base;
    let suffix = this.nextSuffix.get(base) ?? 2;
    while (this.sectionCounts.has(`${base}-${suffix}`)) suffix += 1;
    this.nextSuffix.set(base, suffix + 1);
    return `${base}-${suffix}`;
  }

  addStatement(text: string, kind: ParsedStatement['kind'], line: number): void {
    const sectionSlug = this.section.slug;
    if (this.repeats.isRepeat({ text, kind, sectionSlug }, this.statements.at(-1))) {
      this.removed.duplicates += 1;
      return;
    }
    const n = (this.sectionCounts.get(sectionSlug) ?? 0) + 1;
    this.sectionCounts.set(sectionSlug, n);
    const normalized = normalizeForMatch(text);
    const lead = kind === 'bullet' ? (/^([^:]{2,60}):\s+\S/.exec(normalized)?.[1] ?? null) : null;
    this.statements.push({
      key: `${sectionSlug}.${n}`,
      sectionSlug,
      position: this.statements.length + 1,
      kind,
      text,
      normalized,
      lead: lead && lead.split(' ').length <= 6 ? lead : null,
      line,
    });
  }

  result(): Body {
    // The lead section exists only if text precedes the first heading.
    const kept = this.sectionCounts.get('lead') === 0 ? this.sections.slice(1) : this.sections;
    return {
      sections: kept.map((s, index) => ({ ...s, position: index + 1 })),
      statements: this.statements,
      removed: this.removed,
    };
  }
}
