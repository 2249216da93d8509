import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const article = (set: string, name: string): ArticleFiles => ({
  article: join(projectRoot, 'tests', 'fixtures', 'extraction', set, `${name}.txt`),
  annotations: null,
});
// Articles that compare middle managers with the levels around them, without annotations.
const extra = [
  article('dev', 'levels-of-management'),
  article('own', 'first-line-vs-middle-managers'),
  article('own', 'upper-management-vs-middle-management'),
  article('own', 'supervisors-vs-managers-vs-executives'),
  article('holdout', 'executive-management-vs-middle-management'),
];

interface Json {
  [key: string]: unknown;
}

describe('the ladder of levels in the API, over the seeds and five extracted articles', () => {
  let driver: Driver;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await runOperation(driver, query, variables, true);
    expect(result.errors).toBeUndefined();
    return result.data as Json;
  };

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver, extra);
  }, 300_000);
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it("lists the five levels top down, and places each source's tiers through Tier.levels(source)", async () => {
    const data = await ask('{ levels { slug rank name description } }');
    expect((data['levels'] as Json[]).map((l) => [l['slug'], l['rank']])).toEqual([
      ['governance', 1],
      ['top', 2],
      ['senior', 3],
      ['middle', 4],
      ['first-line', 5],
    ]);
    const placed = async (source: string): Promise<Record<string, unknown>> => {
      const answer = await ask(
        'query ($source: String) { tiers(filter: { source: $source }) { name levels(source: $source) { level { slug } } } }',
        { source },
      );
      return Object.fromEntries(
        (answer['tiers'] as Json[]).map((t): [string, unknown] => [
          String(t['name']),
          (t['levels'] as Json[]).map((p) => (p['level'] as Json)['slug']),
        ]),
      );
    };
    expect(await placed('senior-leadership-vs-senior-management')).toEqual({
      'Senior leadership': ['top'],
      'Senior management': ['senior'],
    });
    expect(await placed('senior-management-vs-executive-management')).toEqual({
      'Executive management': ['middle'],
      'Senior management': ['top'],
    });
    expect(await placed('levels-of-management')).toEqual({
      'Lower management': ['first-line'],
      'Middle management': ['middle'],
      'Top management': ['top'],
    });
  });

  it('gives each placement its source, evidence, method and confidence, and roles their levels per source', async () => {
    const data = await ask(`{
      tier(slug: "executive-management") {
        levels { level { slug } source { slug } evidence { text } method confidence }
      }
      role(slug: "cfo") { levels(source: "senior-leadership-vs-senior-management") { tier { slug } level { slug } } }
    }`);
    const levels = (data['tier'] as Json)['levels'] as Json[];
    const second = levels.find(
      (p) => (p['source'] as Json)['slug'] === 'senior-management-vs-executive-management',
    );
    // The seed's annotations state it: a curated claim, citing the sentence.
    expect(second).toMatchObject({ level: { slug: 'middle' }, method: 'CURATED', confidence: 1 });
    expect((second?.['evidence'] as Json[]).map((s) => s['text']).join(' ')).toMatch(
      /middle-level management positions/,
    );
    // An extracted article's placement is the rules': extracted, with their confidence.
    const extracted = levels.find(
      (p) => (p['source'] as Json)['slug'] === 'executive-management-vs-middle-management',
    );
    expect(extracted).toMatchObject({ level: { slug: 'top' }, method: 'EXTRACTED' });
    expect(extracted?.['confidence']).toBeGreaterThan(0.5);
    expect(extracted?.['confidence']).toBeLessThan(1);
    expect((data['role'] as Json)['levels']).toEqual([
      { tier: { slug: 'senior-leadership' }, level: { slug: 'top' } },
    ]);
  });

  it('counts what several sources say middle managers do, each member with its evidence', async () => {
    const data = await ask(`{
      level(slug: "middle") {
        responsibilities(minSupport: 2) {
          name support sources
          members { responsibility { name } tier { name } source { slug } evidence { text } }
        }
      }
    }`);
    const groups = (data['level'] as Json)['responsibilities'] as Json[];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const members = group['members'] as Json[];
      const sources = new Set(members.map((m) => (m['source'] as Json)['slug']));
      expect(group['support']).toBe(sources.size);
      expect(group['support']).toBeGreaterThanOrEqual(2);
      expect([...sources].sort()).toEqual(group['sources']);
      for (const member of members) expect((member['evidence'] as Json[]).length).toBeGreaterThan(0);
    }
    const supports = groups.map((g) => g['support'] as number);
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
  });

  it('groups dimensions under canonical ones and covers levels by canonical dimension', async () => {
    const data = await ask(`{
      dimension(slug: "planning-horizon") { name canonical { slug dimensions { name } } }
      levelCoverage { level { slug } dimension { slug } sources }
    }`);
    const dimension = data['dimension'] as Json;
    expect(dimension['name']).toBe('Planning horizon');
    expect(dimension['canonical']).toMatchObject({ slug: 'time-horizon' });
    const grouped = ((dimension['canonical'] as Json)['dimensions'] as Json[]).map((d) => d['name']);
    expect(grouped).toEqual(expect.arrayContaining(['Planning horizon', 'Time horizon']));
    const cells = data['levelCoverage'] as Json[];
    const timeHorizon = cells.filter((c) => (c['dimension'] as Json)['slug'] === 'time-horizon');
    expect(timeHorizon.map((c) => (c['level'] as Json)['slug'])).toEqual(
      expect.arrayContaining(['top', 'middle', 'first-line']),
    );
  });

  it('shows where sources place a tier of one name at different levels', async () => {
    const data = await ask(
      '{ disagreements(about: "senior-management") { kind subject sides { source { slug } claim } } }',
    );
    const level = (data['disagreements'] as Json[]).find((d) => d['kind'] === 'TIER_LEVEL');
    expect(level).toEqual({
      kind: 'TIER_LEVEL',
      subject: 'Level of Senior management',
      sides: [
        { source: { slug: 'senior-leadership-vs-senior-management' }, claim: 'Senior management' },
        { source: { slug: 'senior-management-vs-executive-management' }, claim: 'Top management' },
      ],
    });
  });

  it('refuses a minSupport below 1 with what is allowed', async () => {
    const result = await runOperation(
      driver,
      '{ level(slug: "middle") { skills(minSupport: 0) { name } } }',
      {},
      true,
    );
    expect(result.errors?.[0]?.message).toBe('minSupport must be between 1 and 1000, got 0');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
