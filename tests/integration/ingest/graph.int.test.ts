import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readYaml, annotationsSchema } from '../../../src/ingest/annotations.ts';
import { bundledArticles } from '../../../src/ingest/loadArticle.ts';
import { normalizeForMatch } from '../../../src/textMatching.ts';
import { claimTypes } from '../../../src/data/model.ts';
import { testDriver } from '../../support/testDatabase.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';

describe('the seeded knowledge graph', () => {
  let driver: Driver;
  const read = <T extends Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) =>
    testCypher(driver).read<T>('test', query, params);

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  it('holds both sources with their sections and statements', async () => {
    const rows = await read<{
      slug: string;
      title: string;
      column: string | null;
      sections: number;
      statements: number;
    }>(
      `MATCH (s:Source)
       RETURN s.slug AS slug, s.title AS title, s.column AS column,
              COUNT { (s)-[:HAS_SECTION]->() } AS sections,
              COUNT { (s)-[:HAS_SECTION]->()-[:HAS_STATEMENT]->() } AS statements
       ORDER BY slug`,
    );
    expect(rows).toEqual([
      {
        slug: first,
        title: 'Senior Leadership vs. Senior Management: Which One Holds The Real Power?',
        column: 'Coffee Break',
        sections: 9,
        statements: 34,
      },
      {
        slug: second,
        title: 'Senior Management vs Executive Management',
        column: null,
        sections: 9,
        statements: 24,
      },
    ]);
  });

  it('puts roles in tiers according to each source, with the sentence that says so', async () => {
    const rows = await read<{ source: string; tier: string; roles: string[]; evidence: string[] }>(
      `MATCH (r:Role)-[m:MEMBER_OF]->(t:Tier)
       MATCH (s:Statement) WHERE s.id IN m.evidence
       WITH m.source AS source, t.slug AS tier, r.slug AS role, collect(s.text) AS texts ORDER BY role
       RETURN source, tier, collect(role) AS roles, head(collect(texts))[0] AS evidence ORDER BY source, tier`,
    );
    expect(rows.map(({ source, tier, roles }) => ({ source, tier, roles }))).toEqual([
      { source: first, tier: 'senior-leadership', roles: ['ceo', 'cfo', 'coo'] },
      { source: first, tier: 'senior-management', roles: ['department-head', 'vice-president'] },
      { source: second, tier: 'executive-management', roles: ['department-head', 'head-of-operations'] },
      { source: second, tier: 'senior-management', roles: ['ceo', 'cfo', 'coo', 'cto'] },
    ]);
    expect(rows[0]?.evidence).toContain(
      'Senior leadership is made up of top executives like the CEO, COO, and CFO',
    );
    expect(rows[1]?.evidence).toContain('Senior managers, such as department heads and vice presidents');
    expect(rows[2]?.evidence).toContain(
      'Executive Management includes middle-level management positions such as head of departments or operations',
    );
  });

  it('attaches the listed responsibilities to each tier per source (4 + 4, then 4 + 3)', async () => {
    const rows = await read<{ source: string; tier: string; names: string[] }>(
      `MATCH (t:Tier)-[h:HAS_RESPONSIBILITY]->(r:Responsibility)
       WITH h.source AS source, t.slug AS tier, r.name AS name ORDER BY name
       RETURN source, tier, collect(name) AS names ORDER BY source, tier`,
    );
    expect(rows.map((r) => [r.source, r.tier, r.names.length])).toEqual([
      [first, 'senior-leadership', 4],
      [first, 'senior-management', 4],
      [second, 'executive-management', 3],
      [second, 'senior-management', 4],
    ]);
    expect(rows[3]?.names).toContain('Review budgets and control expenses');
    expect(rows[0]?.names).toContain("Crafting the organisation's strategic vision and mission");
  });

  it('attaches the skills: 3 for senior management, 5 distinct for executive management', async () => {
    const rows = await read<{ tier: string; names: string[] }>(
      `MATCH (t:Tier)-[q:REQUIRES_SKILL {source: $source}]->(s:Skill)
       WITH t.slug AS tier, s.name AS name ORDER BY name
       RETURN tier, collect(name) AS names ORDER BY tier`,
      { source: second },
    );
    expect(rows).toEqual([
      {
        tier: 'executive-management',
        names: [
          'Ensuring smooth communication with staff members',
          'Ensuring that deadlines are met and targets are achieved on time with minimal supervision from higher authorities',
          'Leading daily operations in a department or business unit',
          'Leading meetings with team members',
          'Recognizing performance-related issues in a timely manner',
        ],
      },
      {
        tier: 'senior-management',
        names: [
          'Excellent leadership skills',
          'Strategic planning skills',
          'Strong business knowledge and experience',
        ],
      },
    ]);
  });

  it('has a characteristic of both tiers on all four dimensions of the first article', async () => {
    const rows = await read<{ dimension: string; tiers: string[] }>(
      `MATCH (:Source {slug: $source})-[:COMPARES_ON]->(d:Dimension)
       MATCH (t:Tier)-[:HAS_CHARACTERISTIC {source: $source}]->(c:Characteristic)-[:ON_DIMENSION]->(d)
       WITH d, t.slug AS tier ORDER BY tier
       RETURN d.slug AS dimension, collect(tier) AS tiers ORDER BY dimension`,
      { source: first },
    );
    expect(rows).toEqual(
      ['decision-making', 'leadership-style', 'primary-focus', 'scope-of-influence'].map((dimension) => ({
        dimension,
        tiers: ['senior-leadership', 'senior-management'],
      })),
    );
    const [style] = await read<{ summary: string; evidence: string }>(
      `MATCH (:Tier {slug: 'senior-leadership'})-[:HAS_CHARACTERISTIC]->(c:Characteristic)-[:ON_DIMENSION]->(:Dimension {slug: 'leadership-style'})
       MATCH (c)-[:EVIDENCED_BY]->(s:Statement) RETURN c.summary AS summary, s.text AS evidence`,
    );
    expect(style?.summary).toMatch(/vision and inspiration/);
    expect(style?.evidence).toMatch(
      /^Senior leadership: Senior leaders lead through vision and inspiration\./,
    );
  });

  it('links the four collaboration benefits to both tiers', async () => {
    const rows = await read<{ benefit: string; tiers: string[] }>(
      `MATCH (b:CollaborationBenefit)-[:BETWEEN]->(t:Tier)
       WITH b, t.slug AS tier ORDER BY tier
       RETURN b.name AS benefit, collect(tier) AS tiers ORDER BY benefit`,
    );
    expect(rows).toEqual(
      ['Bridging strategy', 'Building Accountability', 'Fostering growth', 'Improving communication'].map(
        (benefit) => ({
          benefit,
          tiers: ['senior-leadership', 'senior-management'],
        }),
      ),
    );
  });

  it('keeps both sides of the disagreement about senior management, each with its source', async () => {
    const members = await read<{ source: string; roles: string[] }>(
      `MATCH (r:Role)-[m:MEMBER_OF]->(:Tier {slug: 'senior-management'})
       WITH m.source AS source, r.slug AS role ORDER BY role
       RETURN source, collect(role) AS roles ORDER BY source`,
    );
    expect(members).toEqual([
      { source: first, roles: ['department-head', 'vice-president'] },
      { source: second, roles: ['ceo', 'cfo', 'coo', 'cto'] },
    ]);
    const orientation = await read<{ source: string; value: string; evidence: string[] }>(
      `MATCH (:Tier {slug: 'senior-management'})-[h:HAS_ATTRIBUTE {kind: 'orientation'}]->(a:Attribute)
       MATCH (s:Statement) WHERE s.id IN h.evidence
       RETURN h.source AS source, a.value AS value, collect(s.text) AS evidence ORDER BY source`,
    );
    expect(orientation.map(({ source, value }) => ({ source, value }))).toEqual([
      { source: first, value: 'operational' },
      { source: second, value: 'strategic' },
    ]);
    expect(orientation[0]?.evidence.join(' ')).toContain(
      'Senior management holds power in the operational sphere',
    );
  });

  it('gives every claim supporting statements of its own source', async () => {
    // The seeds compare tiers and state no reporting line between roles: roleClaims.int.test.ts
    // checks a reporting line's evidence over a job description.
    const notInSeeds = new Set(['REPORTS_TO']);
    for (const type of claimTypes) {
      const [row] = await read<{ claims: number; unsupported: number }>(
        `MATCH ()-[c]->() WHERE type(c) = $type
         OPTIONAL MATCH (s:Statement) WHERE s.id IN c.evidence AND s.source = c.source
         WITH c, count(s) AS found
         RETURN count(c) AS claims, count(CASE WHEN found = 0 OR found <> size(c.evidence) THEN 1 END) AS unsupported`,
        { type },
      );
      expect({ type, claims: (row?.claims ?? 0) > 0, unsupported: row?.unsupported }).toEqual({
        type,
        claims: !notInSeeds.has(type),
        unsupported: 0,
      });
    }
  });

  it('supports each membership and characteristic with a statement containing its quote', async () => {
    for (const files of bundledArticles()) {
      const { data } = readYaml(files.annotations ?? '', annotationsSchema);
      const quotes = [
        ...data.memberships.flatMap((m) => m.evidence.map((q) => ({ tier: m.tier, type: 'MEMBER_OF', q }))),
        ...data.dimensions.flatMap((d) =>
          d.characteristics.flatMap((c) =>
            c.evidence.map((q) => ({ tier: c.tier, type: 'HAS_CHARACTERISTIC', q })),
          ),
        ),
      ];
      for (const { tier, type, q } of quotes) {
        const quote = normalizeForMatch(typeof q === 'string' ? q : q.quote);
        const rows = await read<{ texts: string[] }>(
          `MATCH (a)-[c]-(:Tier {slug: $tier}) WHERE type(c) = $type AND c.source = $source
           MATCH (s:Statement) WHERE s.id IN c.evidence AND s.normalized CONTAINS $quote
           RETURN collect(s.text) AS texts`,
          { tier, type, source: files.article.split('/').at(-1)?.replace('.txt', ''), quote },
        );
        expect({ quote, found: (rows[0]?.texts.length ?? 0) > 0 }).toEqual({ quote, found: true });
      }
    }
  });

  it('names the sources of every semantic node and links it to evidence', async () => {
    const [row] = await read<{ nodes: number; unsourced: number }>(
      `MATCH (n:Tier|Role|Dimension|Attribute|Responsibility|Skill|Characteristic|CollaborationBenefit)
       RETURN count(n) AS nodes,
              count(CASE WHEN size(coalesce(n.sources, [])) = 0 OR NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Statement) } THEN 1 END) AS unsourced`,
    );
    expect(row?.nodes).toBe(3 + 7 + 7 + 9 + 15 + 8 + 14 + 4);
    expect(row?.unsourced).toBe(0);
    const [sm] = await read<{ sources: string[] }>(
      `MATCH (t:Tier {slug: 'senior-management'}) RETURN t.sources AS sources`,
    );
    expect(sm?.sources).toEqual([first, second]);
  });

  it('answers "which passages talk about the CFO" in one hop', async () => {
    const rows = await read<{ key: string; source: string }>(
      `MATCH (s:Statement)-[:MENTIONS]->(:Role {slug: 'cfo'}) RETURN s.key AS key, s.source AS source ORDER BY source, s.position`,
    );
    expect(rows).toEqual([
      { key: 'role-of-senior-leadership.1', source: first },
      { key: 'definition.1', source: second },
      { key: 'senior-management.1', source: second },
    ]);
  });
});
