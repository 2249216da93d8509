import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../../src/data/ids.ts';
import { exampleOperation } from '../../support/apiServer.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const first = 'senior-leadership-vs-senior-management';

// Deep fan-out: every role → its tiers → their responsibilities and skills → evidence → source.
const rolesInDepth = `query ($first: Int!) {
  roles(first: $first) {
    edges { node {
      name
      tiers {
        source { title }
        method
        confidence
        evidence { text section { name } }
        tier {
          name
          responsibilities { responsibility { name } evidence { text } source { slug } method confidence }
          skills { skill { name } evidence { text } method }
        }
      }
    } }
  }
}`;

// Each hop the planner knows, under aliases, fragments and per-source arguments: a tier's members
// back to their tier (the near end of a claim) and on to what the same source says about it; a
// role's peers; references from characteristics and statements; a source's own dimensions.
const everyHop = `query ($source: String!) {
  seniorManagement: tier(slug: "senior-management") {
    ...tierDetail
    byFirst: roles(source: $source) { role { slug } tier { slug responsibilities(source: $source) { responsibility { slug } confidence } } method }
    curated: roles(method: CURATED, minConfidence: 1) { role { slug } method confidence }
    roles {
      role { slug sources peers { role { slug } source { slug } method confidence } mentionedIn { key } }
      tier { slug }
      method
      confidence
      responsibilities { responsibility { slug tiers { tier { slug } source { slug } method confidence } } evidence { key } method confidence }
      skills { skill { slug evidence { key } tiers(minConfidence: 0.5) { confidence } } method confidence }
    }
    collaborationBenefits(method: CURATED) { slug tiers(minConfidence: 1) { slug } evidence { key } }
  }
  tiers(filter: { source: $source }) {
    slug
    characteristics(source: $source) {
      slug method confidence tier { slug } dimension { slug sources characteristics(method: CURATED) { slug confidence } } source { title } evidence { key section { slug source { slug } } }
    }
  }
  tier(slug: "senior-leadership") { sources }
  source(slug: "${first}") { slug sections { slug statements { key mentions { id } } } dimensions(minConfidence: 1) { slug } }
  skills(first: 3) { edges { node { slug tiers(source: $source) { tier { slug } evidence { key } method confidence } } } }
}
fragment tierDetail on Tier {
  attributes { kind value source { slug } evidence { key } method confidence }
  evidence(source: $source) { key section { name } }
}`;

// The same nodes selected with few fields in one place and many in another; shown fields
// (texts, aliases, descriptions, sources lists) reached through aliases, fragments and interfaces.
const partialSelections = `query ($source: String!) {
  quiet: tier(slug: "senior-management") { roles(source: $source) { role { slug } evidence { key } } }
  loud: tier(slug: "senior-management") {
    sources
    roles(source: $source) { role { slug name aliases sources } evidence { key text kind lead name slug section { name } } }
    skills { skill { slug description } }
  }
  source(slug: $source) {
    title column publisher statementCount
    sections { statements { key mentions { id ... on Role { aliases } ... on Tier { slug sources } } } }
  }
}`;

const cfoNode = `query ($id: ID!) {
  node(id: $id) { id ... on Role { slug tiers { tier { slug skills { skill { slug } method } } source { slug } method confidence } } }
}`;

describe('Cypher round trips per operation', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  const run = (query: string, variables: Record<string, unknown>, planned: boolean) =>
    runOperation(driver, query, variables, planned);

  it('are one statement per root field when planned, and bounded by depth, not fan-out, when not', async () => {
    const planned = [
      await run(rolesInDepth, { first: 1 }, true),
      await run(rolesInDepth, { first: 7 }, true),
    ];
    const levels = [
      await run(rolesInDepth, { first: 1 }, false),
      await run(rolesInDepth, { first: 7 }, false),
    ];
    for (const result of [...planned, ...levels]) expect(result.errors).toBeUndefined();
    expect(planned.map((r) => (r.data as { roles: { edges: unknown[] } }).roles.edges.length)).toEqual([
      1, 7,
    ]);
    expect(planned.map((r) => r.queries)).toEqual([1, 1]);
    // Level by level: 1 list + memberships + statements + sources + sections + tiers' responsibilities + skills + their statements.
    expect(levels[1]?.queries).toBe(levels[0]?.queries);
    expect(levels[1]?.queries).toBeLessThanOrEqual(10);
    expect(planned[1]?.data).toEqual(levels[1]?.data);
  });

  it('answer every planned hop exactly as the level-by-level loaders do', async () => {
    const variables = { source: first };
    const planned = await run(everyHop, variables, true);
    const levels = await run(everyHop, variables, false);
    expect(planned.errors).toBeUndefined();
    expect(levels.errors).toBeUndefined();
    expect(planned.data).toEqual(levels.data);
    // Five root fields, one statement each: nothing under them needs a query of its own (mentioned
    // nodes are only asked their id; sources lists are read with the nodes, as the operation selects them).
    expect(planned.queries).toBe(5);
    expect(levels.queries).toBeGreaterThan(10);
    // Real content: the first article's members of senior management, and where a peer of theirs sits.
    const data = planned.data as { seniorManagement: { byFirst: { role: { slug: string } }[] } };
    expect(data.seniorManagement.byFirst.map((m) => m.role.slug).sort()).toEqual([
      'department-head',
      'vice-president',
    ]);
  });

  it('read only the properties the operation shows, and answer every field it selects', async () => {
    const variables = { source: first };
    const planned = await run(partialSelections, variables, true);
    const levels = await run(partialSelections, variables, false);
    expect(planned.errors).toBeUndefined();
    expect(planned.data).toEqual(levels.data);
    expect(planned.queries).toBe(3);
    type Member = { role: { slug: string; aliases?: string[] }; evidence: { key: string; text?: string }[] };
    const data = planned.data as { quiet: { roles: Member[] }; loud: { sources: string[]; roles: Member[] } };
    // The same memberships either way, with the first article's own sentences where text was asked.
    expect(data.quiet.roles.map((m) => m.evidence.map((e) => e.key))).toEqual(
      data.loud.roles.map((m) => m.evidence.map((e) => e.key)),
    );
    expect(data.loud.roles.flatMap((m) => m.evidence).every((e) => (e.text ?? '').length > 20)).toBe(true);
    expect(data.loud.sources).toContain(first);
    expect(data.loud.roles.map((m) => m.role.slug).sort()).toEqual(['department-head', 'vice-president']);

    // Search hits are of any label: each read as the operation shows its label, snippets made only when asked.
    const search = `{
      withSnippets: search(text: "budget", first: 20) { score snippet node { id ... on Statement { key text } ... on Responsibility { name sources } } }
      idsOnly: search(text: "budget", first: 20) { score node { id } }
    }`;
    const plannedSearch = await run(search, {}, true);
    expect(plannedSearch.errors).toBeUndefined();
    expect(plannedSearch.data).toEqual((await run(search, {}, false)).data);
    type Hit = { snippet?: string | null; node: { id: string; text?: string; name?: string } };
    const hits = plannedSearch.data as { withSnippets: Hit[]; idsOnly: Hit[] };
    expect(hits.idsOnly.map((h) => h.node.id)).toEqual(hits.withSnippets.map((h) => h.node.id));
    expect(hits.withSnippets.some((h) => h.node.name === 'Review budgets and control expenses')).toBe(true);
    expect(hits.withSnippets.every((h) => (h.snippet ?? '').toLowerCase().includes('<mark>budget'))).toBe(
      true,
    );
  });

  it('plan the example operations dashboards use, with the same answers', async () => {
    const examples: [string, Record<string, unknown>][] = [
      ['1-roles-by-tier.graphql', {}],
      ['2-role-detail.graphql', { role: 'cfo' }],
      ['3-compare-tiers.graphql', {}],
      ['6-disagreements.graphql', { about: 'senior-management' }],
    ];
    for (const [file, variables] of examples) {
      const planned = await run(exampleOperation(file), variables, true);
      const levels = await run(exampleOperation(file), variables, false);
      expect(planned.errors, file).toBeUndefined();
      expect(planned.data, file).toEqual(levels.data);
      expect(planned.queries, file).toBeLessThanOrEqual(levels.queries);
    }
    const cfo = await run(cfoNode, { id: encodeId('Role:cfo') }, true);
    expect(cfo.errors).toBeUndefined();
    expect(cfo.queries).toBe(1);
    expect(cfo.data).toEqual((await run(cfoNode, { id: encodeId('Role:cfo') }, false)).data);
  });
});
