import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../../src/data/ids.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';
const cfo = encodeId('Role:cfo');
const departmentHead = encodeId('Role:department-head');
const seniorManagement = encodeId('Tier:senior-management');

interface Drawing {
  nodes: { id: string; label: string; name: string; distance: number }[];
  edges: { type: string; from: string; to: string; source: string | null }[];
  truncated: boolean;
  mixesSources: boolean;
  sources: string[];
}

const drawing = `nodes { id label name caption distance } edges { type from to source } truncated mixesSources sources`;
const pathQuery = `query ($from: ID!, $to: ID!, $source: String) {
  path(from: $from, to: $to, maxDepth: 6, source: $source) { ${drawing} }
}`;
const neighborhoodQuery = `query ($id: ID!, $source: String, $labels: [String!]) {
  neighborhood(id: $id, limit: 200, source: $source, labels: $labels) { ${drawing} }
}`;

describe('paths and neighbourhoods scoped to a source', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  async function path(source: string | null): Promise<{ path: Drawing; queries: number }> {
    const { data, errors, queries } = await runOperation(
      driver,
      pathQuery,
      { from: cfo, to: departmentHead, source },
      true,
    );
    expect(errors).toBeUndefined();
    return { path: (data as { path: Drawing }).path, queries };
  }

  it('without a source, the shortest CFO → department head path chains both articles and says so', async () => {
    const { path: found, queries } = await path(null);
    expect(queries).toBe(1);
    // The second article puts the CFO in senior management, the first puts department heads there.
    const memberships = found.edges.filter((edge) => edge.type === 'MEMBER_OF');
    expect(memberships).toContainEqual({
      type: 'MEMBER_OF',
      from: cfo,
      to: seniorManagement,
      source: second,
    });
    expect(memberships).toContainEqual({
      type: 'MEMBER_OF',
      from: departmentHead,
      to: seniorManagement,
      source: first,
    });
    expect(Math.max(...found.nodes.map((node) => node.distance))).toBe(2);
    expect(found.mixesSources).toBe(true);
    expect(found.sources).toEqual([first, second]);
  });

  it('under the first article, the path uses only its claims, never the second article’s CFO membership', async () => {
    const { path: found, queries } = await path(first);
    expect(queries).toBe(1);
    expect(found.nodes.map((node) => node.name)).toEqual(expect.arrayContaining(['CFO', 'Department head']));
    expect(found.edges.length).toBeGreaterThan(0);
    for (const edge of found.edges) expect([first, null]).toContain(edge.source);
    expect(found.edges).not.toContainEqual(
      expect.objectContaining({ type: 'MEMBER_OF', from: cfo, to: seniorManagement }),
    );
    // The first article puts the CFO in senior leadership, and links the two tiers itself.
    expect(found.edges).toContainEqual({
      type: 'MEMBER_OF',
      from: cfo,
      to: encodeId('Tier:senior-leadership'),
      source: first,
    });
    expect(found.mixesSources).toBe(false);
    expect(found.sources).toEqual([first]);
    // Longer than the mixed path: the article never makes the shortcut.
    expect(Math.max(...found.nodes.map((node) => node.distance))).toBeGreaterThan(2);
  });

  it('under the second article, the path runs through its sentence naming both roles', async () => {
    const { path: found } = await path(second);
    for (const edge of found.edges) expect([second, null]).toContain(edge.source);
    const definition = encodeId('Statement:senior-management-vs-executive-management/definition.1');
    expect(found.edges).toContainEqual({
      type: 'MENTIONS',
      from: definition,
      to: departmentHead,
      source: second,
    });
    expect(found.mixesSources).toBe(false);
  });

  it('through claims only when asked: the second article puts department heads a tier below the CFO', async () => {
    const { data, errors, queries } = await runOperation(
      driver,
      `query ($from: ID!, $to: ID!, $source: String) {
        path(from: $from, to: $to, maxDepth: 6, source: $source, claimsOnly: true) { ${drawing} }
      }`,
      { from: cfo, to: departmentHead, source: second },
      true,
    );
    expect(errors).toBeUndefined();
    expect(queries).toBe(1);
    const found = (data as { path: Drawing }).path;
    expect(found.nodes.some((node) => node.label === 'Statement')).toBe(false);
    for (const edge of found.edges) expect(edge.source).toBe(second);
    expect(found.edges).toContainEqual({
      type: 'MEMBER_OF',
      from: cfo,
      to: seniorManagement,
      source: second,
    });
    expect(found.edges).toContainEqual({
      type: 'MEMBER_OF',
      from: departmentHead,
      to: encodeId('Tier:executive-management'),
      source: second,
    });
    expect(found.mixesSources).toBe(false);
  });

  it('a neighbourhood says which sources its edges come from, and keeps one source when asked', async () => {
    const both = await runOperation(driver, neighborhoodQuery, { id: seniorManagement, source: null }, true);
    expect(both.queries).toBe(1);
    const mixed = (both.data as { neighborhood: Drawing }).neighborhood;
    expect(mixed.mixesSources).toBe(true);
    expect(mixed.sources).toEqual([first, second]);

    const one = await runOperation(driver, neighborhoodQuery, { id: seniorManagement, source: first }, true);
    const scoped = (one.data as { neighborhood: Drawing }).neighborhood;
    expect(scoped.mixesSources).toBe(false);
    expect(scoped.sources).toEqual([first]);
    expect(scoped.edges.every((edge) => edge.source === null || edge.source === first)).toBe(true);
  });

  it('captions a statement with its first words, not its section name, and other nodes with their name', async () => {
    type Captioned = { id: string; label: string; name: string; caption: string };
    const { data } = await runOperation(
      driver,
      `query ($id: ID!) { neighborhood(id: $id, limit: 200, labels: ["Statement"]) { nodes { id label name caption } } }`,
      { id: encodeId('Role:department-head') },
      true,
    );
    const nodes = (data as { neighborhood: { nodes: Captioned[] } }).neighborhood.nodes;
    expect(nodes[0]).toMatchObject({ label: 'Role', name: 'Department head', caption: 'Department head' });
    const statements = nodes.filter((node) => node.label === 'Statement');
    expect(statements.length).toBeGreaterThan(1);
    // Each statement's text, one aliased node lookup per statement.
    const variables = statements.map((_, i) => `$s${i}: ID!`).join(', ');
    const lookups = statements
      .map((_, i) => `s${i}: node(id: $s${i}) { ... on Statement { text } }`)
      .join(' ');
    const texts = await runOperation(
      driver,
      `query (${variables}) { ${lookups} }`,
      Object.fromEntries(statements.map((statement, i) => [`s${i}`, statement.id])),
      true,
    );
    statements.forEach((statement, i) => {
      const text = (texts.data?.[`s${i}`] as { text: string }).text.replace(/\s+/g, ' ');
      expect(statement.caption).not.toBe(statement.name);
      expect(statement.caption.length).toBeLessThanOrEqual(41);
      // The first words of the text, cut at a word with an ellipsis.
      expect(text.startsWith(statement.caption.replace(/…$/, ''))).toBe(true);
      expect(statement.caption.endsWith('…')).toBe(text.length > 40);
    });
  });

  it('draws only the labels asked for, so statements do not crowd out a tier’s skills', async () => {
    const { data, errors, queries } = await runOperation(
      driver,
      `query ($id: ID!) { neighborhood(id: $id, limit: 30, labels: ["Role", "Skill", "Responsibility"]) { ${drawing} } }`,
      { id: seniorManagement },
      true,
    );
    expect(errors).toBeUndefined();
    expect(queries).toBe(1);
    const found = (data as { neighborhood: Drawing }).neighborhood;
    const labels = new Set(found.nodes.slice(1).map((node) => node.label));
    expect(labels).toEqual(new Set(['Role', 'Skill', 'Responsibility']));
    expect(found.nodes.map((node) => node.name)).toContain('CFO');
  });

  it('refuses a label that is not in the model, naming the allowed ones', async () => {
    const { errors } = await runOperation(
      driver,
      neighborhoodQuery,
      { id: seniorManagement, labels: ['Role', 'Person'] },
      true,
    );
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/^labels: Person is not a node label; use any of Source, .*Tier/);
  });
});
