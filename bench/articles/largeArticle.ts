// Parsing one large article: time against size, for an article whose heading repeats and one whose
// headings are all distinct, to show parsing grows with the article's size and no faster.
import { parseArticle } from '../../src/ingest/parse/parseArticle.ts';
import { median } from '../measure.ts';

export type HeadingShape = 'repeated' | 'distinct';

/** An article of about `bytes` bytes: sections of a heading, a paragraph and two bullets. */
export function largeArticle(bytes: number, shape: HeadingShape): string {
  const parts = ['Senior Leadership vs Senior Management in a Very Long Article\n\n'];
  let size = parts[0]!.length;
  for (let i = 1; size < bytes; i += 1) {
    const heading = shape === 'repeated' ? 'Key Differences' : `Difference Number ${i}`;
    const section =
      `${heading}\n\nParagraph ${i}: senior leadership sets the direction while senior management turns it into plans ` +
      `and budgets for the departments, reviewed every quarter of year ${i}.\n\n` +
      `- Review budget ${i} and control its expenses.\n- Report progress on objective ${i} to the board.\n\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

export interface LargeArticleRow {
  shape: HeadingShape;
  kilobytes: number;
  sections: number;
  statements: number;
  /** Median over the rounds. */
  milliseconds: number;
}

/** `parseArticle` timed on articles of each size and shape, `rounds` times each, sizes interleaved. */
export function timeLargeArticles(sizes: readonly number[], rounds: number): LargeArticleRow[] {
  const shapes: HeadingShape[] = ['repeated', 'distinct'];
  const cases = shapes.flatMap((shape) => sizes.map((bytes) => ({ shape, bytes })));
  const texts = cases.map(({ shape, bytes }) => largeArticle(bytes, shape));
  const times = cases.map(() => [] as number[]);
  const counts = cases.map(() => ({ sections: 0, statements: 0 }));
  for (let round = 0; round < rounds; round += 1) {
    cases.forEach((_, index) => {
      const started = performance.now();
      const parsed = parseArticle('large-article', texts[index]!);
      times[index]!.push(performance.now() - started);
      counts[index] = { sections: parsed.sections.length, statements: parsed.statements.length };
    });
  }
  return cases.map(({ shape }, index) => ({
    shape,
    kilobytes: Math.round(texts[index]!.length / 1024),
    ...counts[index]!,
    milliseconds: median(times[index]!),
  }));
}

/** The rows as a Markdown table, with the time per 100 KB that stays flat when parsing is linear. */
export function largeArticleTable(rows: readonly LargeArticleRow[]): string {
  const lines = rows.map(
    (r) =>
      `| ${r.shape} | ${r.kilobytes} | ${r.sections} | ${r.statements} | ${r.milliseconds.toFixed(0)} | ${((100 * r.milliseconds) / r.kilobytes).toFixed(1)} |`,
  );
  return [
    '| headings | KB | sections | statements | parse ms | ms per 100 KB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...lines,
  ].join('\n');
}
