import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { startSeededApi, type SeededApi } from '../../support/apiServer.ts';

const fixtures = join(projectRoot, 'tests', 'fixtures');
const russianBoards = {
  article: join(fixtures, 'articles', 'russian-boards.txt'),
  annotations: join(fixtures, 'russian-boards.yaml'),
};

interface Tier {
  id: string;
  slug: string;
  name: string;
  roles: { role: { slug: string } }[];
}

describe('entities named in any script, through the API', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '60000' }, [russianBoards]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps two tiers named in Cyrillic apart, each with its own roles', async () => {
    const { data, errors } = await api.query<{ tiers: Tier[] }>(
      `{ tiers(filter: { source: "russian-boards" }) { id slug name roles(source: "russian-boards") { role { slug } } } }`,
    );
    expect(errors).toBeUndefined();
    const bySlug = new Map(data?.tiers.map((t) => [t.slug, t]));
    expect([...bySlug.keys()].sort()).toEqual(['café-managers', 'правление', 'совет-директоров']);
    expect(bySlug.get('правление')?.name).toBe('Правление');
    expect(
      bySlug
        .get('правление')
        ?.roles.map((r) => r.role.slug)
        .sort(),
    ).toEqual(['ceo', 'cfo', 'сео']);
    expect(bySlug.get('совет-директоров')?.roles.map((r) => r.role.slug)).toEqual(['chief-officer']);
  });

  it('accepts every id it returns in node(id:) and neighborhood(id:)', async () => {
    const { data } = await api.query<{ tiers: Tier[] }>(
      `{ tiers(filter: { source: "russian-boards" }) { id slug name roles { role { slug } } } }`,
    );
    expect(data?.tiers).toHaveLength(3);
    for (const tier of data?.tiers ?? []) {
      const node = await api.query<{ node: { slug: string } | null }>(
        'query ($id: ID!) { node(id: $id) { ... on Tier { slug } } }',
        { id: tier.id },
      );
      expect(node.errors).toBeUndefined();
      expect(node.data?.node?.slug).toBe(tier.slug);
      const around = await api.query<{ neighborhood: { nodes: { id: string }[] } }>(
        'query ($id: ID!) { neighborhood(id: $id) { nodes { id } } }',
        { id: tier.id },
      );
      expect(around.errors).toBeUndefined();
      expect(around.data?.neighborhood.nodes.map((n) => n.id)).toContain(tier.id);
    }
  });
});
