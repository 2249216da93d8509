import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/textMatching.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';

interface Claim {
  name: string;
  tier: { slug: string };
  source: { slug: string };
  evidence: { text: string }[];
}
interface Match {
  score: number;
  from: Claim;
  to: Claim;
}
interface ClaimGap {
  toOnly: Claim[];
  fromOnly: Claim[];
  shared: Match[];
}
interface GapBySource {
  source: { slug: string };
  fromTiers: { slug: string }[];
  toTiers: { slug: string }[];
  responsibilities: ClaimGap;
  skills: ClaimGap;
}

const claimFields = 'name tier { slug } source { slug } evidence { text }';
const gapQuery = `query ($from: TierOrRoleRef!, $to: TierOrRoleRef!, $source: String, $minScore: Float) {
  gap(from: $from, to: $to, source: $source, minScore: $minScore) {
    from { id } to { id } minScore
    bySource {
      source { slug } fromTiers { slug } toTiers { slug }
      responsibilities { toOnly { ${claimFields} } fromOnly { ${claimFields} } shared { score from { ${claimFields} } to { ${claimFields} } } }
      skills { toOnly { ${claimFields} } fromOnly { ${claimFields} } shared { score from { ${claimFields} } to { ${claimFields} } } }
    }
  }
}`;

describe('analytics on what claims mean', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  const run = (query: string, variables: Record<string, unknown> = {}) =>
    runOperation(driver, query, variables, true);

  it('finds a soft overlap of senior leadership and senior management where the nodes share nothing', async () => {
    const result = await run(`{ stats { overlap(tiers: ["senior-leadership", "senior-management"]) {
      responsibilitiesJaccard softResponsibilitiesJaccard similarityThreshold
      softSharedResponsibilities { score from { ${claimFields} } to { ${claimFields} } }
      skillsJaccard softSkillsJaccard
    } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const overlap = (
      result.data as {
        stats: {
          overlap: {
            responsibilitiesJaccard: number;
            softResponsibilitiesJaccard: number;
            similarityThreshold: number;
            softSharedResponsibilities: Match[];
          };
        };
      }
    ).stats.overlap;
    expect(overlap.responsibilitiesJaccard).toBe(0);
    expect(overlap.softResponsibilitiesJaccard).toBeGreaterThan(0);
    const pair = overlap.softSharedResponsibilities.find((m) =>
      m.from.name.startsWith('Overseeing high-level decisions'),
    );
    expect(pair?.to.name).toBe('Preside over strategic level decisions and functions in a company');
    expect(pair?.score).toBeGreaterThanOrEqual(overlap.similarityThreshold);
    expect(pair?.score).toBeLessThan(1);
    // Both sides with their own article's sentences.
    expect(pair?.from.source.slug).toBe(first);
    expect(pair?.from.evidence.map((e) => e.text)).toContain(
      'Overseeing high-level decisions related to mergers, acquisitions, and business expansion.',
    );
    expect(pair?.to.source.slug).toBe(second);
    expect(pair?.to.evidence.map((e) => e.text)).toContain(
      'Preside over strategic level decisions and functions in a company.',
    );
    // The soft index counts this pair once over the union of both sets.
    const plain = await run(
      `{ stats { overlap(tiers: ["senior-leadership", "senior-management"]) { responsibilitiesJaccard } } }`,
    );
    expect(plain.data).toEqual({ stats: { overlap: { responsibilitiesJaccard: 0 } } });
  });

  it('lists what a department head lacks to become CEO, per article, with evidence from both', async () => {
    const result = await run(gapQuery, { from: { role: 'department-head' }, to: { role: 'ceo' } });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const gap = (result.data as { gap: { bySource: GapBySource[] } }).gap;
    expect(gap.bySource.map((s) => s.source.slug)).toEqual([first, second]);
    const [one, two] = gap.bySource;
    // Each article puts the two roles in its own tiers.
    expect([one?.fromTiers, one?.toTiers]).toEqual([
      [{ slug: 'senior-management' }],
      [{ slug: 'senior-leadership' }],
    ]);
    expect([two?.fromTiers, two?.toTiers]).toEqual([
      [{ slug: 'executive-management' }],
      [{ slug: 'senior-management' }],
    ]);
    const names = (claims: Claim[] | undefined) => (claims ?? []).map((c) => c.name);
    expect(names(one?.responsibilities.toOnly)).toContain(
      "Crafting the organisation's strategic vision and mission",
    );
    expect(names(two?.responsibilities.toOnly)).toContain('Review budgets and control expenses');
    expect(names(two?.skills.toOnly)).toContain('Strategic planning skills');
    expect(names(two?.responsibilities.fromOnly)).toContain(
      'Direct all operational activities in a department or business unit',
    );
    // Every difference carries its article's sentence saying it.
    for (const side of [one, two]) {
      for (const claim of [...(side?.responsibilities.toOnly ?? []), ...(side?.skills.toOnly ?? [])]) {
        expect(claim.source.slug).toBe(side?.source.slug);
        expect(
          claim.evidence.some((e) => normalizeForMatch(e.text).startsWith(normalizeForMatch(claim.name))),
        ).toBe(true);
      }
    }
  });

  it('counts similar claims as shared in a gap, and only from the score asked', async () => {
    const variables = {
      from: { tier: 'senior-management' },
      to: { tier: 'senior-leadership' },
      source: first,
    };
    const strict = (await run(gapQuery, { ...variables, minScore: 1 })).data as {
      gap: { bySource: GapBySource[] };
    };
    const loose = (await run(gapQuery, { ...variables, minScore: 0.1 })).data as {
      gap: { bySource: GapBySource[] };
    };
    const strictGap = strict.gap.bySource[0]?.responsibilities;
    const looseGap = loose.gap.bySource[0]?.responsibilities;
    expect(strictGap?.shared).toEqual([]);
    expect(looseGap?.shared.length).toBeGreaterThan(0);
    for (const match of looseGap?.shared ?? []) {
      expect(match.score).toBeGreaterThanOrEqual(0.1);
      expect(match.score).toBeLessThan(1);
      // What is shared leaves both lists of differences.
      expect(looseGap?.toOnly.map((c) => c.name)).not.toContain(match.to.name);
      expect(looseGap?.fromOnly.map((c) => c.name)).not.toContain(match.from.name);
    }
    expect((looseGap?.toOnly.length ?? 0) + (looseGap?.shared.length ?? 0)).toBe(strictGap?.toOnly.length);
  });

  it('lists the similar responsibilities of a responsibility, best first, the same pair from both ends', async () => {
    const result = await run(
      `{ responsibilities(first: 100) { edges { node { name similar(minScore: 0.1) { score responsibility { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    type Similar = { name: string; similar: { score: number; responsibility: { name: string } }[] };
    const all = (
      result.data as { responsibilities: { edges: { node: Similar }[] } }
    ).responsibilities.edges.map((e) => e.node);
    const preside = all.find((r) => r.name.startsWith('Preside over strategic'));
    const overseeing = all.find((r) => r.name.startsWith('Overseeing high-level'));
    const score = preside?.similar.find((s) => s.responsibility.name === overseeing?.name)?.score;
    expect(score).toBeGreaterThan(0.15);
    expect(overseeing?.similar.find((s) => s.responsibility.name === preside?.name)?.score).toBe(score);
    for (const r of all) {
      expect(r.similar.map((s) => s.score)).toEqual([...r.similar.map((s) => s.score)].sort((a, b) => b - a));
      expect(r.similar.map((s) => s.responsibility.name)).not.toContain(r.name);
    }
    // One statement for the list, one for every similar list under it.
    expect(result.queries).toBe(2);
  });

  it('lists the similar characteristics of a characteristic, on its own dimension only', async () => {
    const result = await run(`{ tiers { characteristics {
      slug summary dimension { slug }
      similar(minScore: 0.1) { score characteristic { slug summary dimension { slug } } }
    } } }`);
    expect(result.errors).toBeUndefined();
    type Characteristic = { slug: string; summary: string; dimension: { slug: string } };
    type WithSimilar = Characteristic & { similar: { score: number; characteristic: Characteristic }[] };
    const all = (result.data as { tiers: { characteristics: WithSimilar[] }[] }).tiers.flatMap(
      (t) => t.characteristics,
    );
    const bySlug = new Map(all.map((c) => [c.slug, c]));
    // The second article defines both tiers as "management positions" of a level: a pair on the
    // definition dimension.
    const senior = bySlug.get('senior-management--definition--senior-management-vs-executive-management');
    const executive = bySlug.get(
      'executive-management--definition--senior-management-vs-executive-management',
    );
    expect(senior?.summary).toBe('Strategic-level management positions such as CEO, CTO, COO and CFO.');
    const pair = senior?.similar.find((s) => s.characteristic.slug === executive?.slug);
    expect(pair?.characteristic.summary).toBe(
      'Middle-level management positions such as heads of departments or operations.',
    );
    expect(pair?.score).toBe(0.339);
    expect(executive?.similar.find((s) => s.characteristic.slug === senior?.slug)?.score).toBe(pair?.score);
    // Summaries on different dimensions share words ("strategic" is on four of them), yet no pair
    // crosses a dimension.
    let pairs = 0;
    for (const c of all) {
      for (const s of c.similar) {
        expect(s.characteristic.dimension.slug).toBe(c.dimension.slug);
        expect(s.characteristic.slug).not.toBe(c.slug);
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(2);
    const strategic = all.filter((c) => /strategic/i.test(c.summary)).map((c) => c.dimension.slug);
    expect(new Set(strategic).size).toBeGreaterThan(1);
    // One statement for the tiers and their characteristics, one for every similar list under them.
    expect(result.queries).toBe(2);
  });

  it('groups entities into facets by label, source and tier, counts ordered, in one statement', async () => {
    const result = await run(`{
      byLabel: facets(by: [LABEL]) { values { key value } count }
      bySourceAndTier: facets(by: [SOURCE, TIER], filter: { source: "${second}" }) { values { key value } count }
      byMethod: facets(by: [METHOD]) { values { value } count }
      strategic: facets(by: [TIER], filter: { orientation: STRATEGIC }) { values { value } count }
      stats { nodes { label count } }
    }`);
    expect(result.errors).toBeUndefined();
    type Facet = { values: { key?: string; value: string }[]; count: number };
    const data = result.data as {
      byLabel: Facet[];
      bySourceAndTier: Facet[];
      byMethod: Facet[];
      strategic: Facet[];
      stats: { nodes: { label: string; count: number }[] };
    };
    // Every semantic entity has a claim: counts per label are the graph's.
    for (const facet of data.byLabel) {
      expect(data.stats.nodes.find((n) => n.label === facet.values[0]?.value)?.count).toBe(facet.count);
    }
    expect(data.byLabel.map((f) => f.values[0]?.value)).toContain('Responsibility');
    expect(data.byLabel.map((f) => f.count)).toEqual(
      [...data.byLabel.map((f) => f.count)].sort((a, b) => b - a),
    );
    // The second article speaks of senior and executive management, nothing else.
    expect(data.bySourceAndTier.every((f) => f.values[0]?.value === second)).toBe(true);
    expect(data.bySourceAndTier.map((f) => f.values[1]?.value).sort()).toEqual([
      'executive-management',
      'senior-management',
    ]);
    expect(data.byMethod.map((f) => f.values[0]?.value)).toEqual(['CURATED']);
    // Strategic per the article that says so: senior leadership (first) and senior management (second).
    expect(data.strategic.map((f) => f.values[0]?.value).sort()).toEqual([
      'senior-leadership',
      'senior-management',
    ]);
    expect(result.queries).toBe(5);
  });

  it('refuses bad arguments with what is allowed', async () => {
    const codeOf = (r: Awaited<ReturnType<typeof run>>) => r.errors?.[0]?.extensions?.['code'];
    const both = await run(gapQuery, {
      from: { tier: 'senior-leadership', role: 'ceo' },
      to: { role: 'ceo' },
    });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.message).toContain('from must name exactly one of tier or role');
    const unknown = await run(gapQuery, { from: { role: 'astronaut' }, to: { role: 'ceo' } });
    expect(unknown.errors?.[0]?.message).toContain('unknown role "astronaut"');
    const score = await run(gapQuery, { from: { role: 'cfo' }, to: { role: 'ceo' }, minScore: 2 });
    expect(score.errors?.[0]?.message).toBe('minScore must be between 0 and 1, got 2');
    const twice = await run('{ facets(by: [LABEL, LABEL]) { count } }');
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const none = await run('{ facets(by: []) { count } }');
    expect(none.errors?.[0]?.message).toContain('by must list one to four different keys');
  });
});
