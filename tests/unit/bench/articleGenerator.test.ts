import { describe, expect, it } from 'vitest';
import { articleText, generateArticles } from '../../../bench/articles/generate.ts';
import { parseArticle } from '../../../src/ingest/parse/parseArticle.ts';

describe('generated articles', () => {
  it('are the same for the same count and seed, and the first n of a longer run are the n of a shorter one', () => {
    const first = generateArticles(40, 7);
    expect(generateArticles(40, 7)).toEqual(first);
    expect(generateArticles(5, 7)).toEqual(first.slice(0, 5));
    expect(generateArticles(40, 8).map((a) => a.text)).not.toEqual(first.map((a) => a.text));
  });

  it('differ from one another, with unique kebab-case slugs', () => {
    const articles = generateArticles(1000);
    expect(new Set(articles.map((a) => a.text)).size).toBe(1000);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(1000);
    for (const { slug } of articles)
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-vs-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('have the shape of the genre: "A vs B: ..." title, headings, bullets, dimension bullets, furniture at the end', () => {
    const articles = generateArticles(50);
    const all = articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/^ {2}• [A-Z][^\n]*$/m);
    expect(all).toMatch(/^1\. [A-Z][^\n]*\.$/m);
    expect(all).toMatch(/^(What Is|Who Are) [^\n]+\?$/m);
    expect(all).toMatch(/^Key skills: [^\n]+\.$/m);
    expect(all).toMatch(/^Aspect\t[^\t]+\t[^\t]+$/m);
    expect(all).toMatch(/^Leave a (Comment|Reply)/m);
    for (const article of articles) {
      const parsed = parseArticle(article.slug, article.text);
      expect(parsed.title).toMatch(/^.+ vs\.? .+: .+$/);
      expect(parsed.sections.length).toBeGreaterThanOrEqual(5);
      // Each article compares its two tiers on dimensions, one "Tier: ..." bullet each.
      expect(
        parsed.statements.filter((s) => s.kind === 'bullet' && s.lead !== null).length,
      ).toBeGreaterThanOrEqual(4);
      expect(parsed.statements.some((s) => /Leave a (Comment|Reply)/.test(s.text))).toBe(false);
    }
  });

  it('revises an article by editing its introduction only', () => {
    const original = articleText(3);
    const revised = articleText(3, undefined, 1);
    expect(revised).not.toBe(original);
    expect(articleText(3, undefined, 1)).toBe(revised);
    const originalLines = original.split('\n');
    const changed = revised.split('\n').filter((line, i) => line !== originalLines[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^People often confuse .+ Revised in edition 1: .+ was added\.$/);
  });
});
