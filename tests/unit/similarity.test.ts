import { describe, expect, it } from 'vitest';
import { claimKinds, firstWritten, quality, scoreGoldPairs } from '../../seed/eval/similarityGold.ts';
import { loadConfig } from '../../src/config.ts';
import { cosine, similarPairs, TermWeights, termsOf } from '../../src/similarity/textSimilarity.ts';
import { matchClaims, PairScores, type TierClaimRecord } from '../../src/data/tierClaims.ts';

describe('claim text similarity', () => {
  it('reads content words as lemma stems: spelling, inflection and stop words do not count', () => {
    expect(termsOf("Shaping the organisation's culture")).toEqual(termsOf('shape organizations cultures'));
    expect(termsOf('Ensure operational efficiency')).toEqual(termsOf('ensuring operations efficient'));
    expect(termsOf('of the and with')).toEqual([]);
  });

  it('scores a text 1 against itself, 0 against one sharing no content word, rarer words higher', () => {
    const texts = [
      'Review budgets and control expenses',
      'Review team performance',
      'Lead the team',
      'Review budgets',
    ];
    const weights = new TermWeights(texts.map(termsOf));
    const [budgets, performance, lead, reviewBudgets] = texts.map((t) => weights.vector(termsOf(t)));
    expect(cosine(budgets!, budgets!)).toBe(1);
    expect(cosine(budgets!, lead!)).toBe(0);
    // "budget" is rarer than "review", so sharing it counts for more.
    expect(cosine(budgets!, reviewBudgets!)).toBeGreaterThan(cosine(budgets!, performance!));
  });

  it('pairs changed texts with every text of their group only, each pair once, smaller id first', () => {
    const all = [
      { id: 'c:2', text: 'Leads through vision and inspiration', group: 'leadership-style' },
      { id: 'c:1', text: 'Leads through practical decisions', group: 'leadership-style' },
      { id: 'c:3', text: 'Leads through vision', group: 'decision-making' },
    ];
    const pairs = similarPairs(all, new Set(['c:1', 'c:2']), 0.05);
    expect(pairs.map((p) => [p.from, p.to])).toEqual([['c:1', 'c:2']]);
  });

  it('holds its precision and recall on the gold pairs at the default threshold', () => {
    const threshold = loadConfig({}).graphql.similarityThreshold;
    const scored = claimKinds.map((kind) => [kind, scoreGoldPairs(kind)] as const);
    const first = quality(
      scored.flatMap(([kind, pairs]) => pairs.slice(0, firstWritten[kind])),
      threshold,
    );
    const all = quality(
      scored.flatMap(([, pairs]) => pairs),
      threshold,
    );
    // docs/similarity.md: 0.43 and 0.53 at 0.15 on the first 41 pairs, 0.38 and 0.62 on all 99
    // when written; a change to the text model that loses ground fails here.
    expect(first.precision).toBeGreaterThanOrEqual(0.4);
    expect(first.recall).toBeGreaterThanOrEqual(0.5);
    expect(all.precision).toBeGreaterThanOrEqual(0.35);
    expect(all.recall).toBeGreaterThanOrEqual(0.58);
    // It reads about 1,100 claim texts with wink-nlp: a few seconds, more on a busy machine.
  }, 30_000);

  it('keeps the numbers a text states, which the stop word list would drop', () => {
    expect(termsOf('Plans for five years or more')).not.toEqual(termsOf('Plans for one to two years'));
    expect(termsOf('Often 10 to 30 workers')).toEqual(expect.arrayContaining(['10', '30']));
  });
});

describe('matching two sides of claims', () => {
  const claim = (id: string): TierClaimRecord => ({
    item: { label: 'Responsibility', dbId: id, slug: id, name: id, sources: null, description: null },
    name: id,
    tier: { label: 'Tier', dbId: 'Tier:t', slug: 't', name: 'T', sources: null },
    role: null,
    through: 'TIER',
    source: {
      label: 'Source',
      dbId: 'Source:s',
      slug: 's',
      name: 's',
      title: 's',
      column: null,
      publisher: null,
      statementCount: 0,
    },
    evidence: [],
    method: 'CURATED',
    confidence: 1,
  });

  it('matches one to one, the same item first, then the best similar pairs above the threshold', () => {
    const scores = new PairScores([
      ['a', 'x', 0.5],
      ['b', 'x', 0.6],
      ['b', 'y', 0.3],
      ['c', 'z', 0.1],
    ]);
    const result = matchClaims(
      [claim('a'), claim('b'), claim('c'), claim('s')],
      [claim('x'), claim('y'), claim('z'), claim('s')],
      scores,
      0.2,
    );
    expect(result.shared.map((m) => [m.from.name, m.to.name, m.score])).toEqual([
      ['s', 's', 1],
      ['b', 'x', 0.6],
    ]);
    // "a" would match "x" too, but "x" went to the better pair; "b"–"y" is left as "b" is taken.
    expect(result.fromOnly.map((c) => c.name)).toEqual(['a', 'c']);
    expect(result.toOnly.map((c) => c.name)).toEqual(['y', 'z']);
    expect(result.jaccard).toBeCloseTo(2 / 6);
  });
});
