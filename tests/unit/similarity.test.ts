import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  averagePrecision,
  claimKinds,
  f1Of,
  quality,
  readPairFile,
  scoreGoldPairs,
  scorePairs,
} from '../../seed/eval/similarityGold.ts';
import { loadConfig } from '../../src/config.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import {
  cosine,
  scaleOf,
  scalesDiffer,
  similarPairs,
  TermWeights,
  termsOf,
} from '../../src/similarity/textSimilarity.ts';
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

  it('pairs changed texts with every text of their group only, each pair once, smaller id first', async () => {
    const all = [
      { id: 'c:2', text: 'Leads through vision and inspiration', group: 'leadership-style' },
      { id: 'c:1', text: 'Leads through practical decisions', group: 'leadership-style' },
      { id: 'c:3', text: 'Leads through vision', group: 'decision-making' },
    ];
    const pairs = await similarPairs(all, new Set(['c:1', 'c:2']), 0.05);
    expect(pairs.map((p) => [p.from, p.to])).toEqual([['c:1', 'c:2']]);
  });

  it('scores by meaning: a paraphrase in other words above a pair sharing a verb', async () => {
    const all = [
      { id: 'r:1', text: 'Approving the annual budget', group: '' },
      { id: 'r:2', text: 'Signing off the yearly spending plan', group: '' },
      { id: 'r:3', text: 'Approving leave requests', group: '' },
    ];
    const pairs = await similarPairs(all, new Set(['r:1']), 0);
    const score = (to: string) => pairs.find((p) => p.to === to)?.score ?? 0;
    expect(score('r:2')).toBeGreaterThan(score('r:3'));
  });

  it('holds its precision and recall on the judged pairs at the default threshold', async () => {
    const threshold = loadConfig({}).graphql.similarityThreshold;
    const all = quality(
      (await Promise.all(claimKinds.map((kind) => scoreGoldPairs(kind)))).flat(),
      threshold,
    );
    // docs/similarity.md: 0.51, 0.90 and F1 0.65 at 0.35 on the 99 judged pairs when written (0.50,
    // 0.87, 0.64 cross-validated); a change to the score that loses ground fails here.
    expect(all.precision).toBeGreaterThanOrEqual(0.49);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
    expect(f1Of(all)).toBeGreaterThanOrEqual(0.62);
    // It embeds about 1,100 claim texts: some seconds, more on a busy machine.
  }, 120_000);

  it('holds its figures on the pairs written in other words, not fitted on', async () => {
    const threshold = loadConfig({}).graphql.similarityThreshold;
    const pairs = readPairFile(join(projectRoot, 'tests', 'fixtures', 'similarity', 'extra-pairs.yaml'));
    const all = quality(
      (await Promise.all(claimKinds.map((kind) => scorePairs(kind, pairs[kind])))).flat(),
      threshold,
    );
    // docs/similarity.md: precision 0.92, recall 1.00 at 0.35 on these 24 pairs.
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('holds its figures on pairs drawn from the own articles, judged before scoring', async () => {
    const threshold = loadConfig({}).graphql.similarityThreshold;
    const pairs = readPairFile(join(projectRoot, 'tests', 'fixtures', 'similarity', 'drawn-pairs.yaml'));
    const scored = (await Promise.all(claimKinds.map((kind) => scorePairs(kind, pairs[kind])))).flat();
    const all = quality(scored, threshold);
    // docs/similarity.md: precision 0.52, recall 1.00 at 0.35 on these 44 pairs; ranked, area under
    // the precision-recall curve 0.97.
    expect(all.precision).toBeGreaterThanOrEqual(0.48);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    expect(averagePrecision(scored)).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('refuses a pair file that is not of the gold format, saying what is wrong', () => {
    expect(() => readPairFile(join(projectRoot, 'package.json'))).toThrow(/is not a pair file/);
    expect(() => readPairFile(join(projectRoot, 'no-such-pairs.yaml'))).toThrow(/cannot read pair file/);
  });

  it('reads the scale a text states: numbers, extent and time horizon', () => {
    expect(scaleOf('The head chef looks after one kitchen')).toEqual({
      numbers: new Set([1]),
      extent: new Set([1]),
      horizon: new Set(),
    });
    expect(scaleOf('Plans 10 to 30 years ahead, long-term')).toEqual({
      numbers: new Set([10, 30]),
      extent: new Set(),
      horizon: new Set([3]),
    });
    expect(scaleOf('Reviews budgets')).toEqual({ numbers: new Set(), extent: new Set(), horizon: new Set() });
  });

  it('tells scales that differ from scales alike or unstated', () => {
    const differ = (a: string, b: string) => scalesDiffer(scaleOf(a), scaleOf(b));
    expect(differ('Looks after several kitchens', 'Looks after one kitchen')).toBe(1);
    expect(differ('One to three years', 'Three to ten years')).toBe(1);
    expect(differ("This month's numbers", 'The next decade')).toBe(1);
    expect(differ('Plans for one to two years', 'One to two years')).toBe(0);
    expect(differ('Long-term direction', 'Over several years')).toBe(0);
    expect(differ('Reviews budgets', 'Looks after one kitchen')).toBe(0);
  });

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
