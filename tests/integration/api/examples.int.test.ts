import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperation, startSeededApi, type SeededApi } from '../../support/apiServer.ts';

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';

interface Claim {
  source: { slug: string };
  evidence: { text: string }[];
}

describe('the example operations in docs/examples, over HTTP', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('1. lists the roles of each tier per source, with the sentence that says so', async () => {
    type Data = { tiers: { slug: string; roles: (Claim & { role: { slug: string } })[] }[] };
    const { data, errors } = await api.query<Data>(exampleOperation('1-roles-by-tier.graphql'));
    expect(errors).toBeUndefined();
    const bySource = (tier: string, source: string) =>
      data?.tiers
        .find((t) => t.slug === tier)
        ?.roles.filter((r) => r.source.slug === source)
        .map((r) => r.role.slug)
        .sort();
    expect(bySource('senior-leadership', first)).toEqual(['ceo', 'cfo', 'coo']);
    expect(bySource('senior-management', first)).toEqual(['department-head', 'vice-president']);
    expect(bySource('senior-management', second)).toEqual(['ceo', 'cfo', 'coo', 'cto']);
    expect(bySource('executive-management', second)).toEqual(['department-head', 'head-of-operations']);
    const vp = data?.tiers
      .find((t) => t.slug === 'senior-management')
      ?.roles.find((r) => r.role.slug === 'vice-president');
    expect(vp?.evidence[0]?.text).toContain('Senior managers, such as department heads and vice presidents');
  });

  it('2. details the CFO: tiers per source, their responsibilities and skills from that source, and peers', async () => {
    type Data = {
      role: {
        name: string;
        tiers: (Claim & {
          tier: { slug: string };
          responsibilities: { responsibility: { name: string }; evidence: { text: string }[] }[];
          skills: { skill: { name: string } }[];
        })[];
        peers: { role: { slug: string }; tier: { slug: string }; source: { slug: string } }[];
      };
    };
    const { data, errors } = await api.query<Data>(exampleOperation('2-role-detail.graphql'), {
      role: 'cfo',
    });
    expect(errors).toBeUndefined();
    expect(data?.role.name).toBe('CFO');
    const [leadership, management] = data?.role.tiers ?? [];
    expect([leadership?.tier.slug, leadership?.source.slug]).toEqual(['senior-leadership', first]);
    expect([management?.tier.slug, management?.source.slug]).toEqual(['senior-management', second]);
    // The second article's senior management: its 4 responsibilities and 3 skills, not the first's.
    expect(management?.responsibilities.map((r) => r.responsibility.name)).toContain(
      'Review budgets and control expenses',
    );
    expect(management?.responsibilities).toHaveLength(4);
    expect(management?.skills.map((s) => s.skill.name).sort()).toEqual([
      'Excellent leadership skills',
      'Strategic planning skills',
      'Strong business knowledge and experience',
    ]);
    expect(leadership?.responsibilities).toHaveLength(4);
    expect(leadership?.skills).toEqual([]);
    expect(
      management?.responsibilities
        .find((r) => r.responsibility.name === 'Review budgets and control expenses')
        ?.evidence.map((e) => e.text),
    ).toEqual(['Responsibilities of Senior Management:', 'Review budgets and control expenses.']);
    const peers = data?.role.peers
      .map((p) => `${p.role.slug}@${p.tier.slug}/${p.source.slug === first ? 1 : 2}`)
      .sort();
    expect(peers).toEqual([
      'ceo@senior-leadership/1',
      'ceo@senior-management/2',
      'coo@senior-leadership/1',
      'coo@senior-management/2',
      'cto@senior-management/2',
    ]);
  });

  it('3. compares senior leadership and senior management dimension by dimension', async () => {
    type Data = {
      compare: {
        tiers: { slug: string }[];
        rows: {
          dimension: { slug: string };
          cells: { tier: { slug: string }; characteristics: (Claim & { summary: string })[] }[];
        }[];
      };
    };
    const { data, errors } = await api.query<Data>(exampleOperation('3-compare-tiers.graphql'), {
      source: first,
    });
    expect(errors).toBeUndefined();
    expect(data?.compare.rows.map((r) => r.dimension.slug)).toEqual([
      'decision-making',
      'leadership-style',
      'primary-focus',
      'scope-of-influence',
    ]);
    const style = data?.compare.rows.find((r) => r.dimension.slug === 'leadership-style');
    expect(style?.cells.map((c) => c.tier.slug)).toEqual(['senior-leadership', 'senior-management']);
    expect(style?.cells[0]?.characteristics[0]?.evidence[0]?.text).toMatch(
      /^Senior leadership: Senior leaders lead through vision and inspiration/,
    );
    expect(style?.cells[1]?.characteristics[0]?.evidence[0]?.text).toMatch(
      /^Senior management: Senior managers lead by making practical, actionable decisions/,
    );

    const executive = await api.query<Data>(exampleOperation('3-compare-tiers.graphql'), {
      tiers: ['senior-management', 'executive-management'],
      dimensions: ['definition', 'skills-and-qualifications'],
    });
    expect(executive.errors).toBeUndefined();
    const definition = executive.data?.compare.rows.find((r) => r.dimension.slug === 'definition');
    expect(definition?.cells[0]?.characteristics.map((c) => c.summary)).toEqual([
      'Strategic-level management positions such as CEO, CTO, COO and CFO.',
    ]);
    expect(definition?.cells[1]?.characteristics[0]?.evidence[0]?.text).toContain(
      'Executive Management includes middle-level management positions',
    );
    expect(executive.data?.compare.rows.map((r) => r.dimension.slug)).toEqual([
      'definition',
      'skills-and-qualifications',
    ]);
  });

  it('4. searches for "budget" and ranks the responsibility and its statement first', async () => {
    type Data = {
      search: {
        score: number;
        snippet: string;
        node: { __typename: string; name?: string; text?: string };
      }[];
    };
    const { data, errors } = await api.query<Data>(exampleOperation('4-search.graphql'), {
      text: 'budget',
      first: 5,
    });
    expect(errors).toBeUndefined();
    const hits = data?.search ?? [];
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(
      hits
        .map((h) => h.node.name ?? h.node.text)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Review budgets and control expenses', 'Review budgets and control expenses.']);
    expect(hits[0]?.snippet).toContain('Review <mark>budget</mark>s and control expenses');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('5. draws the neighbourhood of the CFO and the path to "Review budgets and control expenses"', async () => {
    type Graph = {
      nodes: { id: string; label: string; name: string; distance: number }[];
      edges: { type: string; from: string; to: string; source: string | null }[];
    };
    const operation = exampleOperation('5-neighborhood-and-path.graphql');
    const hood = await api.query<{ neighborhood: Graph & { truncated: boolean } }>(
      operation.replace(/query Path[\s\S]*$/, ''),
      {},
    );
    expect(hood.errors).toBeUndefined();
    const nodes = hood.data?.neighborhood.nodes ?? [];
    expect(nodes[0]).toMatchObject({ label: 'Role', name: 'CFO', distance: 0 });
    expect(
      nodes
        .filter((n) => n.label === 'Tier')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['Senior leadership', 'Senior management']);
    const memberships = hood.data?.neighborhood.edges.filter((e) => e.type === 'MEMBER_OF') ?? [];
    expect(memberships.map((e) => e.source).sort()).toEqual([first, second]);
    expect(memberships.every((e) => e.from === nodes[0]?.id)).toBe(true);

    const path = await api.query<{ path: Graph }>(operation.replace(/^[\s\S]*?(?=query Path)/, ''), {});
    expect(path.errors).toBeUndefined();
    const names = path.data?.path.nodes.map((n) => n.name);
    expect(names?.[0]).toBe('CFO');
    expect(names?.at(-1)).toBe('Review budgets and control expenses');
    expect(path.data?.path.nodes.find((n) => n.distance === 1)?.name).toBe('Senior management');
    expect(path.data?.path.edges.map((e) => e.type).sort()).toContain('HAS_RESPONSIBILITY');
  });

  it('6. lists where the sources disagree, each side with its evidence', async () => {
    type Data = {
      disagreements: {
        kind: string;
        subject: string;
        attribute: string | null;
        sides: (Claim & { claim: string })[];
      }[];
    };
    const { data, errors } = await api.query<Data>(exampleOperation('6-disagreements.graphql'), {
      about: 'senior-management',
    });
    expect(errors).toBeUndefined();
    expect(data?.disagreements.map((d) => d.subject)).toEqual([
      'Members of Senior management',
      'Orientation of Senior management',
      'Level of Senior management',
    ]);
    const [members, orientation, level] = data?.disagreements ?? [];
    // The first article's senior management is the level below the top; the second's is the top.
    expect(level?.sides.map((s) => [s.source.slug, s.claim])).toEqual([
      [first, 'Senior management'],
      [second, 'Top management'],
    ]);
    expect(members?.sides.map((s) => [s.source.slug, s.claim])).toEqual([
      [first, 'Department head, Vice president'],
      [second, 'CEO, CFO, COO, CTO'],
    ]);
    expect(orientation?.sides.map((s) => s.claim)).toEqual(['operational', 'strategic']);
    expect(orientation?.sides[0]?.evidence[0]?.text).toContain(
      'Senior management holds power in the operational sphere',
    );
  });

  it('7. gives dashboards counts, overlap, degree and coverage', async () => {
    type Data = {
      stats: {
        nodes: { label: string; count: number }[];
        perSource: {
          source: { slug: string };
          statements: number;
          claims: { type: string; count: number }[];
        }[];
        overlap: {
          sharedRoles: { slug: string }[];
          rolesJaccard: number;
          responsibilitiesJaccard: number;
          softResponsibilitiesJaccard: number;
          softSharedResponsibilities: { score: number; from: { name: string }; to: { name: string } }[];
        };
        mostConnected: { label: string; degree: number }[];
        coverage: { source: { slug: string }; tier: { slug: string }; dimensions: { slug: string }[] }[];
      };
    };
    const { data, errors } = await api.query<Data>(exampleOperation('7-dashboard-stats.graphql'));
    expect(errors).toBeUndefined();
    expect(data?.stats.nodes.find((n) => n.label === 'Statement')?.count).toBe(58);
    expect(
      data?.stats.perSource.map((s) => [
        s.source.slug,
        s.statements,
        s.claims.find((c) => c.type === 'MEMBER_OF')?.count,
      ]),
    ).toEqual([
      [first, 34, 5],
      [second, 24, 6],
    ]);
    // CEO, COO and CFO sit in both tiers (each by a different source); 6 roles sit in either.
    expect(data?.stats.overlap.sharedRoles.map((r) => r.slug)).toEqual(['ceo', 'cfo', 'coo']);
    expect(data?.stats.overlap.rolesJaccard).toBe(3 / 6);
    expect(data?.stats.overlap.responsibilitiesJaccard).toBe(0);
    // No responsibility node is shared, but two are worded alike across the articles.
    expect(data?.stats.overlap.softResponsibilitiesJaccard).toBeGreaterThan(0);
    expect(
      data?.stats.overlap.softSharedResponsibilities.map((m) => [
        m.from.name.split(' ')[0],
        m.to.name.split(' ')[0],
      ]),
    ).toContainEqual(['Overseeing', 'Preside']);
    expect(data?.stats.mostConnected[0]?.label).toBe('Tier');
    expect(
      data?.stats.coverage.map(
        (c) => `${c.source.slug === first ? 1 : 2}:${c.tier.slug}:${c.dimensions.length}`,
      ),
    ).toEqual([
      '1:senior-leadership:4',
      '1:senior-management:4',
      '2:executive-management:3',
      '2:senior-management:3',
    ]);
  });

  it('8. says what a department head lacks of a CEO, per article, with evidence', async () => {
    type Claim = { name: string; tier: { slug: string }; evidence: { text: string }[] };
    type Data = {
      gap: {
        bySource: {
          source: { slug: string };
          toTiers: { slug: string }[];
          responsibilities: { toOnly: Claim[] };
          skills: { toOnly: Claim[] };
        }[];
      };
    };
    const { data, errors } = await api.query<Data>(exampleOperation('8-gap.graphql'));
    expect(errors).toBeUndefined();
    const [one, two] = data?.gap.bySource ?? [];
    expect([one?.source.slug, two?.source.slug]).toEqual([first, second]);
    expect(one?.responsibilities.toOnly.map((c) => c.name)).toContain(
      "Crafting the organisation's strategic vision and mission",
    );
    expect(two?.responsibilities.toOnly.map((c) => c.name)).toContain('Review budgets and control expenses');
    expect(
      two?.skills.toOnly.every((c) => c.tier.slug === 'senior-management' && c.evidence.length > 0),
    ).toBe(true);
  });

  it('9. gives dashboards facet counts in one request', async () => {
    type Facet = { values: { value: string }[]; count: number };
    type Data = { byLabel: Facet[]; bySourceAndTier: Facet[]; byOrientation: Facet[]; byMethod: Facet[] };
    const { data, errors } = await api.query<Data>(exampleOperation('9-dashboard-facets.graphql'), {
      source: first,
    });
    expect(errors).toBeUndefined();
    const counts = await api.query<{ responsibilities: { totalCount: number } }>(
      `{ responsibilities(filter: { source: "${first}" }) { totalCount } }`,
    );
    expect(data?.byLabel.find((f) => f.values[0]?.value === 'Responsibility')?.count).toBe(
      counts.data?.responsibilities.totalCount,
    );
    expect(data?.bySourceAndTier.map((f) => f.values.map((v) => v.value).join(' ')).sort()).toEqual([
      `${first} senior-leadership`,
      `${first} senior-management`,
    ]);
    // The first article calls senior leadership strategic and senior management operational.
    const orientation = (tier: string) =>
      data?.byOrientation
        .filter((f) => f.values[1]?.value === tier && f.values[0]?.value.startsWith('orientation/'))
        .map((f) => f.values[0]?.value);
    expect(orientation('senior-leadership')).toEqual(['orientation/strategic']);
    expect(orientation('senior-management')).toEqual(['orientation/operational']);
    expect(data?.byMethod.map((f) => f.values[0]?.value)).toEqual(['CURATED']);
  });

  it('10. lists the ladder top down with the tiers each source places there, and why', async () => {
    type Placement = Claim & { tier: { slug: string }; method: string; confidence: number };
    type Data = { levels: { slug: string; rank: number; tiers: Placement[] }[] };
    const { data, errors } = await api.query<Data>(exampleOperation('10-levels.graphql'));
    expect(errors).toBeUndefined();
    expect(data?.levels.map((l) => l.slug)).toEqual(['governance', 'top', 'senior', 'middle', 'first-line']);
    const placed = (level: string) =>
      data?.levels
        .find((l) => l.slug === level)
        ?.tiers.map((p) => `${p.tier.slug} (${p.source.slug})`)
        .sort();
    expect(placed('top')).toEqual([`senior-leadership (${first})`, `senior-management (${second})`]);
    expect(placed('senior')).toEqual([`senior-management (${first})`]);
    expect(placed('middle')).toEqual([`executive-management (${second})`]);
    const [cited] = data?.levels.find((l) => l.slug === 'senior')?.tiers ?? [];
    expect(cited?.evidence[0]?.text).toContain(
      'Senior managers, such as department heads and vice presidents',
    );
  });

  it('11. groups what the sources say a level does, counted by source, each with its evidence', async () => {
    type Data = {
      level: {
        responsibilities: {
          name: string;
          support: number;
          sources: string[];
          members: (Claim & { tier: { name: string } })[];
        }[];
      };
    };
    const { data, errors } = await api.query<Data>(exampleOperation('11-level-consensus.graphql'), {
      level: 'top',
      minSupport: 1,
    });
    expect(errors).toBeUndefined();
    const groups = data?.level.responsibilities ?? [];
    // Each top tier's four responsibilities, grouped (the two articles word theirs apart).
    expect(groups.flatMap((g) => g.members).length).toBe(8);
    for (const group of groups) {
      expect(group.support).toBe(new Set(group.members.map((m) => m.source.slug)).size);
      expect(group.sources).toEqual([...new Set(group.members.map((m) => m.source.slug))].sort());
      for (const member of group.members) expect(member.evidence.length).toBeGreaterThan(0);
    }
    // Both articles' top tiers: the first's senior leadership and the second's senior management.
    const tiers = new Set(groups.flatMap((g) => g.members.map((m) => `${m.tier.name} (${m.source.slug})`)));
    expect([...tiers].sort()).toEqual([`Senior leadership (${first})`, `Senior management (${second})`]);
  });
});
