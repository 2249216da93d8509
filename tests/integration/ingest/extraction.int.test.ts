import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoldFolder } from '../../../seed/eval/gold.ts';
import {
  addInto,
  claimsMicro,
  emptyScore,
  figures,
  norm,
  scoreArticle,
  type Answer,
} from '../../../seed/eval/score.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runOperation } from '../../support/inProcess.ts';
import { countsOf, resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const devSet = readGoldFolder(join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev'));

// The fields the reviewers' scorer reads, asked of the API as it asks them.
const answerQuery = `query ($s: String!) {
  source(slug: $s) { title column dimensions { name } }
  tiers(filter: { source: $s }) { name
    roles(source: $s) { role { name } method confidence }
    responsibilities(source: $s) { responsibility { name } method confidence }
    skills(source: $s) { skill { name } method confidence }
    characteristics(source: $s) { dimension { name } summary evidence { text } method confidence } } }`;

const searchQuery = `query ($t: String!) { search(text: $t, first: 20) { node { ... on Statement { text source { slug } } } } }`;

interface Claim {
  method: string;
  confidence: number;
}
interface ApiTier {
  name: string;
  roles: ({ role: { name: string } } & Claim)[];
  responsibilities: ({ responsibility: { name: string } } & Claim)[];
  skills: ({ skill: { name: string } } & Claim)[];
  characteristics: ({ dimension: { name: string }; summary: string; evidence: { text: string }[] } & Claim)[];
}

async function apiAnswer(
  driver: Driver,
  slug: string,
  furniture: readonly string[],
): Promise<{ answer: Answer; claims: Claim[]; column: string | null }> {
  const result = await runOperation(driver, answerQuery, { s: slug }, true);
  expect(result.errors).toBeUndefined();
  const source = result.data?.['source'] as {
    title: string;
    column: string | null;
    dimensions: { name: string }[];
  } | null;
  const tiers = result.data?.['tiers'] as ApiTier[];
  const leaked = new Set<string>();
  for (const line of furniture) {
    const hits = await runOperation(driver, searchQuery, { t: line }, true);
    const nodes = (hits.data?.['search'] as { node: { text?: string; source?: { slug: string } } }[]) ?? [];
    if (nodes.some((h) => h.node.source?.slug === slug && norm(h.node.text).includes(norm(line))))
      leaked.add(line);
  }
  return {
    column: source?.column ?? null,
    claims: tiers.flatMap((t) => [...t.roles, ...t.responsibilities, ...t.skills, ...t.characteristics]),
    answer: {
      title: source?.title ?? null,
      // The gold sets read here list no claims about roles themselves, so none are scored.
      roles: [],
      dimensions: source?.dimensions.map((d) => d.name) ?? [],
      tiers: tiers.map((t) => ({
        name: t.name,
        roles: t.roles.map((m) => m.role.name),
        responsibilities: t.responsibilities.map((c) => c.responsibility.name),
        skills: t.skills.map((c) => c.skill.name),
        characteristics: t.characteristics.map((c) => ({
          dimension: c.dimension.name,
          summary: c.summary,
          evidence: c.evidence.map((e) => e.text),
        })),
      })),
      leaked: (line) => leaked.has(line),
    },
  };
}

describe('articles loaded without annotations, as the API answers for them', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(
      driver,
      devSet.map(({ article }) => ({ article, annotations: null })),
    );
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it('holds what extraction read, scored through the API: claims F1 at least 0.95, titles and columns right, no furniture', async () => {
    const total = emptyScore();
    for (const { slug, gold } of devSet) {
      const { answer, claims, column } = await apiAnswer(driver, slug, gold.furniture);
      addInto(total, scoreArticle(gold, answer));
      expect(column).toBe(gold.column);
      expect(claims.length).toBeGreaterThan(10);
      for (const claim of claims) {
        expect(claim.method).toBe('EXTRACTED');
        expect(claim.confidence).toBeGreaterThan(0);
        expect(claim.confidence).toBeLessThan(1);
      }
    }
    expect(figures(claimsMicro(total)).f1).toBeGreaterThanOrEqual(0.95);
    expect(total.title).toEqual({ tp: devSet.length, got: devSet.length, want: devSet.length });
    expect(total.furniture.tp).toBe(total.furniture.want);
  });

  it('keeps the curated answers of the seed articles: their claims stay curated', async () => {
    const result = await runOperation(
      driver,
      '{ tier(slug: "senior-leadership") { roles { role { slug } method confidence } } }',
      {},
      true,
    );
    const roles = (
      result.data?.['tier'] as { roles: { role: { slug: string }; method: string; confidence: number }[] }
    ).roles;
    expect(roles.map((r) => r.role.slug).sort()).toEqual(['ceo', 'cfo', 'coo']);
    expect(new Set(roles.map((r) => `${r.method} ${r.confidence}`))).toEqual(new Set(['CURATED 1']));
  });

  it("joins roles the catalogue knows: the CEO the board article names is the seeds' CEO", async () => {
    const result = await runOperation(
      driver,
      '{ role(slug: "ceo") { tiers { tier { slug } source { slug } method } } }',
      {},
      true,
    );
    const tiers = (
      result.data?.['role'] as {
        tiers: { tier: { slug: string }; source: { slug: string }; method: string }[];
      }
    ).tiers;
    expect(tiers).toContainEqual({
      tier: { slug: 'board-of-directors' },
      source: { slug: 'board-of-directors-vs-executive-team' },
      method: 'EXTRACTED',
    });
    expect(tiers).toContainEqual({
      tier: { slug: 'senior-leadership' },
      source: { slug: 'senior-leadership-vs-senior-management' },
      method: 'CURATED',
    });
  });

  it('reloads an extracted article idempotently', async () => {
    const before = await countsOf(driver);
    await resetAndSeed(
      driver,
      devSet.map(({ article }) => ({ article, annotations: null })),
    );
    expect(await countsOf(driver)).toEqual(before);
  });
});
