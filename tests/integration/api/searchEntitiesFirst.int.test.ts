import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

// A search for a tier, role, dimension, responsibility or skill by its name or alias lists that
// node first, then what the full-text index finds (statements mentioning it, mostly).

const fixture = (name: string) => ({
  article: join(projectRoot, 'tests', 'fixtures', 'extraction', 'own', `${name}.txt`),
  annotations: null,
});

const searchQuery = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    match score snippet
    node { __typename id ... on Tier { name } ... on Role { name } ... on Dimension { name }
      ... on Responsibility { name } ... on Skill { name } ... on Statement { text } }
  }
}`;

interface Hit {
  match: 'NAME' | 'ALIAS' | 'TEXT';
  score: number;
  snippet: string | null;
  node: { __typename: string; id: string; name?: string; text?: string };
}

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  // The two seeds, and extracted articles that bring middle management and team leaders.
  await resetAndSeed(driver, [
    fixture('upper-management-vs-middle-management'),
    fixture('team-leader-vs-supervisor'),
  ]);
});

afterAll(async () => {
  await driver?.close();
});

async function search(text: string, planned: boolean, first = 10): Promise<Hit[]> {
  const result = await runOperation(driver, searchQuery, { text, first }, planned);
  expect(result.errors).toBeUndefined();
  return result.data?.['search'] as Hit[];
}

const seen = (hit: Hit | undefined) => hit && `${hit.match} ${hit.node.__typename} ${hit.node.name}`;

describe.each([true, false])('search, with operation planning %s', (planned) => {
  it('lists the tier named by the text first, then statements', async () => {
    const hits = await search('senior management', planned);
    expect(seen(hits[0])).toBe('NAME Tier Senior management');
    expect(hits.slice(1).map((hit) => hit.match)).toEqual(hits.slice(1).map(() => 'TEXT'));
    expect(hits.slice(1).some((hit) => hit.node.__typename === 'Statement')).toBe(true);
    // Listed once, though the index finds its name too.
    expect(hits.filter((hit) => hit.node.id === hits[0]?.node.id)).toHaveLength(1);
    expect(hits[0]?.snippet).toBe('<mark>Senior</mark> <mark>management</mark>');
  });

  it('finds a tier a loaded article brought, in any letter case and in the plural', async () => {
    expect(seen((await search('middle management', planned))[0])).toBe('NAME Tier Middle management');
    expect(seen((await search('MIDDLE MANAGEMENT', planned))[0])).toBe('NAME Tier Middle management');
    expect(seen((await search('team leader', planned))[0])).toBe('NAME Tier Team leader');
    expect(seen((await search('team leaders', planned))[0])).toBe('NAME Tier Team leader');
  });

  it('finds a role by its name and by an alias, a dimension and a responsibility by name', async () => {
    const ceo = await search('CEO', planned);
    const named = ceo.filter((hit) => hit.match !== 'TEXT');
    expect(named.map(seen)).toContain('NAME Role CEO');
    expect(ceo.slice(0, named.length)).toEqual(named);
    expect(seen((await search('chief executive officer', planned))[0])).toBe('ALIAS Role CEO');
    expect(seen((await search('senior managers', planned))[0])).toBe('ALIAS Tier Senior management');
    expect(seen((await search('decision-making', planned))[0])).toBe('NAME Dimension Decision-making');
    const budgets = await search('review budgets and control expenses', planned);
    expect(seen(budgets[0])).toBe('NAME Responsibility Review budgets and control expenses');
    expect(budgets[1]?.node.text).toBe('Review budgets and control expenses.');
  });

  it('keeps a text that names nothing a full-text search, best first, and `first` bounds the whole list', async () => {
    const hits = await search('budget', planned);
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.match))).toEqual(new Set(['TEXT']));
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(await search('senior management', planned, 1)).toHaveLength(1);
    expect(seen((await search('senior management', planned, 1))[0])).toBe('NAME Tier Senior management');
  });
});
