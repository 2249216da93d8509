import { describe, expect, it } from 'vitest';
import { dedupeKey, firstSentence, kebabCase, normalizeForMatch } from '../../src/textMatching.ts';

describe('text normalisation', () => {
  it('makes scraped spaces, quotes and dashes plain for matching', () => {
    expect(normalizeForMatch('the company\u2019s direction\u00A0 and CFO\u2014individuals ')).toBe(
      "the company's direction and CFO-individuals",
    );
  });

  it('identifies the same passage regardless of case and closing punctuation', () => {
    expect(dedupeKey('Leading meetings with team members\u00A0')).toBe(
      dedupeKey('leading meetings with team members.'),
    );
  });

  it('slugs names in kebab case', () => {
    expect(kebabCase('Collaboration Between Senior Leadership & Management')).toBe(
      'collaboration-between-senior-leadership-and-management',
    );
    expect(kebabCase('Crafting the organisation\u2019s strategic vision and mission')).toBe(
      'crafting-the-organisations-strategic-vision-and-mission',
    );
    expect(kebabCase('Decision-Making')).toBe('decision-making');
  });

  it('names a bullet by its first sentence', () => {
    expect(
      firstSentence('Strong business knowledge and experience. A person who is applying should know.'),
    ).toBe('Strong business knowledge and experience');
    expect(firstSentence('Review budgets and control expenses.')).toBe('Review budgets and control expenses');
  });
});
