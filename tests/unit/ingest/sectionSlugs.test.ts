import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../src/ingest/parse/parseArticle.ts';
import * as textMatching from '../../../src/textMatching.ts';

// Every slug the parser computes goes through kebabCase: counting its calls counts the parser's work.
vi.mock('../../../src/textMatching.ts', async (importOriginal) => {
  const original = await importOriginal<typeof textMatching>();
  return { ...original, kebabCase: vi.fn(original.kebabCase) };
});

/** An article whose `heading` comes back `times` times, each with a paragraph of its own. */
function repeatedHeadings(heading: string, times: number): string {
  const sections = Array.from(
    { length: times },
    (_, i) => `${heading}\n\nParagraph number ${i + 1} says something of its own about the work.\n`,
  );
  return `A title for the article\n\nAn opening paragraph of the article.\n\n${sections.join('\n')}`;
}

describe('section slugs of repeated headings', () => {
  it('numbers the repeats of a heading in order, skipping a suffix another heading took', () => {
    const raw =
      'A title for the article\n\nAn opening paragraph of the article.\n\nIntro\n\nOne paragraph here.\n\nIntro 3\n\nTwo paragraph here.\n\n' +
      'Intro\n\nThree paragraph here.\n\nIntro\n\nFour paragraph here.\n\nIntro\n\nFive paragraph here.\n';
    const parsed = parseArticle('repeats', raw);
    expect(parsed.sections.map((s) => s.slug)).toEqual([
      'lead',
      'intro',
      'intro-3',
      'intro-2',
      'intro-4',
      'intro-5',
    ]);
  });

  it('costs one slug per heading however often a heading repeats (linear, not quadratic)', () => {
    const kebabCase = vi.mocked(textMatching.kebabCase);
    const times = 3_000;
    kebabCase.mockClear();
    const parsed = parseArticle('repeats', repeatedHeadings('Key differences', times));
    expect(parsed.sections).toHaveLength(times + 1);
    expect(new Set(parsed.sections.map((s) => s.slug)).size).toBe(times + 1);
    expect(parsed.sections.at(-1)?.slug).toBe(`key-differences-${times}`);
    // Before: each repeat recomputed the slug once per suffix tried, about 4.5 million calls here.
    expect(kebabCase.mock.calls.length).toBeLessThanOrEqual(2 * times);
  });
});
