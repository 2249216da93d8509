import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type SeededApi } from '../../support/apiServer.ts';

const first = 'senior-leadership-vs-senior-management';

describe('the API contract', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('resolves node(id) back to the same node for every type', async () => {
    const { data } = await api.query<{
      sources: {
        id: string;
        slug: string;
        sections: { id: string; slug: string; statements: { id: string; slug: string }[] }[];
      }[];
      tiers: {
        id: string;
        slug: string;
        attributes: { kind: string }[];
        characteristics: { id: string; slug: string }[];
        collaborationBenefits: { id: string; slug: string }[];
      }[];
      roles: { edges: { node: { id: string; slug: string } }[] };
      responsibilities: { edges: { node: { id: string; slug: string } }[] };
      skills: { edges: { node: { id: string; slug: string } }[] };
      dimensions: { id: string; slug: string }[];
      stats: { mostConnected: { node: { id: string } }[] };
    }>(`{
      sources { id slug sections { id slug statements { id slug } } }
      tiers { id slug attributes { kind } characteristics { id slug } collaborationBenefits { id slug } }
      roles(first: 1) { edges { node { id slug } } }
      responsibilities(first: 1) { edges { node { id slug } } }
      skills(first: 1) { edges { node { id slug } } }
      dimensions { id slug }
      stats { mostConnected(first: 1, label: "Attribute") { node { id } } }
    }`);
    const source = data?.sources[0];
    const section = source?.sections[0];
    const tier = data?.tiers[0];
    const samples: [string, string | undefined, string | undefined][] = [
      ['Source', source?.id, source?.slug],
      ['Section', section?.id, section?.slug],
      ['Statement', section?.statements[0]?.id, section?.statements[0]?.slug],
      ['Tier', tier?.id, tier?.slug],
      ['Role', data?.roles.edges[0]?.node.id, data?.roles.edges[0]?.node.slug],
      [
        'Responsibility',
        data?.responsibilities.edges[0]?.node.id,
        data?.responsibilities.edges[0]?.node.slug,
      ],
      ['Skill', data?.skills.edges[0]?.node.id, data?.skills.edges[0]?.node.slug],
      ['Dimension', data?.dimensions[0]?.id, data?.dimensions[0]?.slug],
      ['Characteristic', tier?.characteristics[0]?.id, tier?.characteristics[0]?.slug],
      [
        'CollaborationBenefit',
        data?.tiers[1]?.collaborationBenefits[0]?.id,
        data?.tiers[1]?.collaborationBenefits[0]?.slug,
      ],
      ['Attribute', data?.stats.mostConnected[0]?.node.id, undefined],
    ];
    for (const [type, id, slug] of samples) {
      expect(id, type).toBeTruthy();
      const { data: found, errors } = await api.query<{
        node: { __typename: string; id: string; slug: string } | null;
      }>(
        'query ($id: ID!) { node(id: $id) { __typename id ... on Source { slug } ... on Section { slug } ... on Statement { slug } ... on Tier { slug } ... on Role { slug } ... on Responsibility { slug } ... on Skill { slug } ... on Dimension { slug } ... on Characteristic { slug } ... on CollaborationBenefit { slug } ... on Attribute { slug } } }',
        { id },
      );
      expect(errors).toBeUndefined();
      expect(found?.node?.__typename).toBe(type);
      expect(found?.node?.id).toBe(id);
      if (slug) expect(found?.node?.slug).toBe(slug);
    }
  });

  it('keeps ids stable across a re-seed and opaque to clients', async () => {
    const query = '{ role(slug: "cfo") { id } tier(slug: "senior-management") { id } }';
    const before = await api.query<{ role: { id: string }; tier: { id: string } }>(query);
    const { resetAndSeed } = await import('../../support/seededGraph.ts');
    await resetAndSeed(api.driver);
    const after = await api.query<{ role: { id: string }; tier: { id: string } }>(query);
    expect(after.data).toEqual(before.data);
    expect(before.data?.role.id).not.toContain('cfo');
  });

  it('returns null for unknown slugs and ids', async () => {
    const { data, errors } = await api.query(
      `{ tier(slug: "middle-management") { id } role(slug: "chief-happiness-officer") { id } source(slug: "nope") { id }
         dimension(slug: "colour") { id } node(id: "Um9sZTpub2JvZHk") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ tier: null, role: null, source: null, dimension: null, node: null });
  });

  it('returns null for unknown slugs also when the lookup plans its nested fields', async () => {
    const { data, errors } = await api.query(
      `{ tier(slug: "middle-management") { roles { role { slug } evidence { text } } }
         role(slug: "chief-happiness-officer") { tiers { tier { slug } } }
         node(id: "Um9sZTpub2JvZHk") { ... on Role { tiers { source { slug } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ tier: null, role: null, node: null });
  });

  it('draws a path from a node to itself as that node alone, and says which end is unknown', async () => {
    const cfo = Buffer.from('Role:cfo').toString('base64url');
    const nobody = Buffer.from('Role:nobody').toString('base64url');
    type Drawing = { path: { nodes: { name: string; distance: number }[]; edges: unknown[] } };
    const itself = await api.query<Drawing>(
      `{ path(from: "${cfo}", to: "${cfo}") { nodes { name distance } edges { type } } }`,
    );
    expect(itself.errors).toBeUndefined();
    expect(itself.data?.path).toEqual({ nodes: [{ name: 'CFO', distance: 0 }], edges: [] });
    const missing = await api.query<Drawing>(`{ path(from: "${cfo}", to: "${nobody}") { nodes { name } } }`);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toBe('no node has one of the ids given as from and to');
  });

  it('walks every page of a connection with stable cursors', async () => {
    type Page = {
      responsibilities: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        edges: { cursor: string; node: { name: string } }[];
      };
    };
    const query =
      'query ($after: String) { responsibilities(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } }';
    const names: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data: Page | undefined; errors: unknown } = await api.query<Page>(query, { after });
      expect(result.errors).toBeUndefined();
      const page: Page['responsibilities'] | undefined = result.data?.responsibilities;
      expect(page?.totalCount).toBe(15);
      expect(page?.pageInfo.hasPreviousPage).toBe(pages > 0);
      names.push(...(page?.edges.map((e) => e.node.name) ?? []));
      cursors.push(...(page?.edges.map((e) => e.cursor) ?? []));
      pages += 1;
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(names).toHaveLength(15);
    expect(new Set(names).size).toBe(15);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    // The same cursor gives the same next page.
    const again = await api.query<Page>(query, { after: cursors[3] });
    expect(again.data?.responsibilities.edges[0]?.node.name).toBe(names[4]);
  });

  it('filters lists by source, tier, orientation, time horizon and text', async () => {
    type Roles = { roles: { totalCount: number; edges: { node: { slug: string } }[] } };
    const roles = async (filter: Record<string, unknown>) =>
      (
        await api.query<Roles>(
          'query ($f: EntityFilter) { roles(first: 50, filter: $f) { totalCount edges { node { slug } } } }',
          { f: filter },
        )
      ).data?.roles.edges.map((e) => e.node.slug);
    expect(await roles({ tier: 'senior-management', source: first })).toEqual([
      'department-head',
      'vice-president',
    ]);
    expect(await roles({ orientation: 'STRATEGIC' })).toEqual(['ceo', 'cfo', 'coo', 'cto']);
    expect(await roles({ orientation: 'OPERATIONAL' })).toEqual([
      'department-head',
      'head-of-operations',
      'vice-president',
    ]);
    expect(await roles({ timeHorizon: 'DAY_TO_DAY', source: first })).toEqual([
      'department-head',
      'vice-president',
    ]);
    expect(await roles({ text: 'head' })).toEqual(['department-head', 'head-of-operations']);

    const skills = await api.query<{ skills: { totalCount: number } }>(
      '{ skills(filter: { tier: "executive-management" }) { totalCount } }',
    );
    expect(skills.data?.skills.totalCount).toBe(5);
    const tiers = await api.query<{ tiers: { slug: string }[] }>(
      '{ tiers(filter: { orientation: STRATEGIC }) { slug } }',
    );
    expect(tiers.data?.tiers.map((t) => t.slug)).toEqual(['senior-leadership', 'senior-management']);
    const statements = await api.query<{
      statements: { totalCount: number; edges: { node: { key: string } }[] };
    }>('{ statements(first: 5, filter: { mentions: "cfo" }) { totalCount edges { node { key } } } }');
    expect(statements.data?.statements.totalCount).toBe(3);
    const quoted = await api.query<{ statements: { edges: { node: { key: string } }[] } }>(
      '{ statements(filter: { text: "company\u2019s direction" }) { edges { node { key } } } }',
    );
    expect(quoted.data?.statements.edges.map((e) => e.node.key)).toEqual(['role-of-senior-leadership.1']);
  });

  it('shows statements with their source, section and mentions', async () => {
    const { data } = await api.query<{
      statements: {
        edges: {
          node: {
            kind: string;
            source: { title: string };
            section: { name: string };
            mentions: { __typename: string; slug: string }[];
          };
        }[];
      };
    }>(
      '{ statements(first: 1, filter: { mentions: "cfo", source: "senior-management-vs-executive-management" }) { edges { node { kind source { title } section { name } mentions { __typename ... on Role { slug } ... on Tier { slug } } } } } }',
    );
    const statement = data?.statements.edges[0]?.node;
    expect(statement?.kind).toBe('PARAGRAPH');
    expect(statement?.source.title).toBe('Senior Management vs Executive Management');
    expect(statement?.section.name).toBe('Definition');
    expect(
      statement?.mentions
        .filter((m) => m.__typename === 'Role')
        .map((m) => m.slug)
        .sort(),
    ).toEqual(['ceo', 'cfo', 'coo', 'cto', 'department-head', 'head-of-operations']);
  });
});
