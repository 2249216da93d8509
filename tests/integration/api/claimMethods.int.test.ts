import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherExecutor } from '../../../src/db/cypher.ts';
import { encodeId } from '../../../src/data/ids.ts';
import { startSeededApi, type SeededApi } from '../../support/apiServer.ts';
import { runOperation } from '../../support/inProcess.ts';
import { testCypher } from '../../support/seededGraph.ts';

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';

interface Made {
  method: string;
  confidence: number;
}
type Slugged = { slug: string };

// Every field that lists claims, each given the same `method` and `minConfidence`.
const everyClaimList = `query ($method: ClaimMethod, $minConfidence: Float) {
  tiers {
    slug
    roles(method: $method, minConfidence: $minConfidence) { role { slug } source { slug } method confidence }
    responsibilities(method: $method, minConfidence: $minConfidence) { responsibility { slug } source { slug } method confidence }
    skills(method: $method, minConfidence: $minConfidence) { skill { slug } source { slug } method confidence }
    attributes(method: $method, minConfidence: $minConfidence) { value source { slug } method confidence }
    characteristics(method: $method, minConfidence: $minConfidence) { slug method confidence }
    collaborationBenefits(method: $method, minConfidence: $minConfidence) { slug }
  }
  roles(first: 20) {
    edges { node {
      slug
      tiers(method: $method, minConfidence: $minConfidence) { tier { slug } source { slug } method confidence }
      peers(method: $method, minConfidence: $minConfidence) { role { slug } tier { slug } source { slug } method confidence }
    } }
  }
  responsibilities(first: 50) { edges { node { slug tiers(method: $method, minConfidence: $minConfidence) { tier { slug } source { slug } method confidence } } } }
  skills(first: 50) { edges { node { slug tiers(method: $method, minConfidence: $minConfidence) { tier { slug } source { slug } method confidence } } } }
  dimensions { slug characteristics(method: $method, minConfidence: $minConfidence) { slug method confidence } }
  sources { slug dimensions(method: $method, minConfidence: $minConfidence) { slug } }
  compare(tiers: ["senior-leadership", "senior-management", "executive-management"], method: $method, minConfidence: $minConfidence) {
    rows { dimension { slug } cells { tier { slug } characteristics { slug method confidence } } }
  }
  collaborationBenefits { slug tiers(method: $method, minConfidence: $minConfidence) { slug } }
}`;

interface EveryClaimList {
  tiers: {
    slug: string;
    roles: ({ role: Slugged; source: Slugged } & Made)[];
    responsibilities: ({ responsibility: Slugged; source: Slugged } & Made)[];
    skills: ({ skill: Slugged; source: Slugged } & Made)[];
    attributes: ({ value: string; source: Slugged } & Made)[];
    characteristics: (Slugged & Made)[];
    collaborationBenefits: Slugged[];
  }[];
  roles: {
    edges: {
      node: {
        slug: string;
        tiers: ({ tier: Slugged; source: Slugged } & Made)[];
        peers: ({ role: Slugged; tier: Slugged; source: Slugged } & Made)[];
      };
    }[];
  };
  responsibilities: {
    edges: { node: { slug: string; tiers: ({ tier: Slugged; source: Slugged } & Made)[] } }[];
  };
  skills: { edges: { node: { slug: string; tiers: ({ tier: Slugged; source: Slugged } & Made)[] } }[] };
  dimensions: { slug: string; characteristics: (Slugged & Made)[] }[];
  sources: { slug: string; dimensions: Slugged[] }[];
  compare: {
    rows: { dimension: Slugged; cells: { tier: Slugged; characteristics: (Slugged & Made)[] }[] }[];
  };
  collaborationBenefits: { slug: string; tiers: Slugged[] }[];
}

/** Each filtered list of the answer, by the field it came from, flattened over its parents. */
function listsOf(data: EveryClaimList): Record<string, unknown[]> {
  return {
    'Tier.roles': data.tiers.flatMap((t) => t.roles),
    'Tier.responsibilities': data.tiers.flatMap((t) => t.responsibilities),
    'Tier.skills': data.tiers.flatMap((t) => t.skills),
    'Tier.attributes': data.tiers.flatMap((t) => t.attributes),
    'Tier.characteristics': data.tiers.flatMap((t) => t.characteristics),
    'Tier.collaborationBenefits': data.tiers.flatMap((t) => t.collaborationBenefits),
    'Role.tiers': data.roles.edges.flatMap((e) => e.node.tiers),
    'Role.peers': data.roles.edges.flatMap((e) => e.node.peers),
    'Responsibility.tiers': data.responsibilities.edges.flatMap((e) => e.node.tiers),
    'Skill.tiers': data.skills.edges.flatMap((e) => e.node.tiers),
    'Dimension.characteristics': data.dimensions.flatMap((d) => d.characteristics),
    'Source.dimensions': data.sources.flatMap((s) => s.dimensions),
    'Query.compare': data.compare.rows.flatMap((r) => r.cells.flatMap((c) => c.characteristics)),
    'CollaborationBenefit.tiers': data.collaborationBenefits.flatMap((b) => b.tiers),
  };
}

/** What each list says about how its claims were made (the lists whose items show it). */
function madeOf(data: EveryClaimList): Record<string, Made[]> {
  const made = (items: readonly Made[]) => items.map(({ method, confidence }) => ({ method, confidence }));
  return {
    Membership: made([
      ...data.tiers.flatMap((t) => t.roles),
      ...data.roles.edges.flatMap((e) => [...e.node.tiers, ...e.node.peers]),
    ]),
    ResponsibilityClaim: made([
      ...data.tiers.flatMap((t) => t.responsibilities),
      ...data.responsibilities.edges.flatMap((e) => e.node.tiers),
    ]),
    SkillClaim: made([
      ...data.tiers.flatMap((t) => t.skills),
      ...data.skills.edges.flatMap((e) => e.node.tiers),
    ]),
    AttributeClaim: made(data.tiers.flatMap((t) => t.attributes)),
    Characteristic: made([
      ...data.tiers.flatMap((t) => t.characteristics),
      ...data.dimensions.flatMap((d) => d.characteristics),
      ...data.compare.rows.flatMap((r) => r.cells.flatMap((c) => c.characteristics)),
    ]),
  };
}

describe('how each claim was made: method and confidence', () => {
  let api: SeededApi;
  let cypher: CypherExecutor;

  async function everyClaim(
    variables: { method?: string; minConfidence?: number } = {},
  ): Promise<EveryClaimList> {
    // In process, with the cost limit raised: this operation asks for every list at once.
    const result = await runOperation(api.driver, everyClaimList, variables, true);
    expect(result.errors).toBeUndefined();
    return result.data as unknown as EveryClaimList;
  }

  beforeAll(async () => {
    api = await startSeededApi();
    cypher = testCypher(api.driver);
    // The curated claims alone, whatever the seed may also extract from the bundled articles.
    await cypher.write('test.curatedOnly', "MATCH ()-[r]->() WHERE r.method = 'EXTRACTED' DELETE r");
    await cypher.write('test.curatedOnly', "MATCH (c:Characteristic {method: 'EXTRACTED'}) DETACH DELETE c");
  });
  afterAll(() => api.close());

  describe('on the seeded curated claims', () => {
    it('answers CURATED with confidence 1 on every kind of claim', async () => {
      const made = madeOf(await everyClaim());
      for (const [type, claims] of Object.entries(made)) {
        expect(claims.length, type).toBeGreaterThan(0);
        expect(new Set(claims.map((c) => `${c.method} ${c.confidence}`)), type).toEqual(
          new Set(['CURATED 1']),
        );
      }
    });

    it('gives empty lists for method EXTRACTED, and everything for CURATED or minConfidence 1', async () => {
      const all = await everyClaim();
      for (const [field, list] of Object.entries(listsOf(all))) expect(list.length, field).toBeGreaterThan(0);

      const extracted = await everyClaim({ method: 'EXTRACTED' });
      for (const [field, list] of Object.entries(listsOf(extracted))) expect(list, field).toEqual([]);
      // A comparison keeps no row for a dimension no characteristic is left on.
      expect(extracted.compare.rows).toEqual([]);

      expect(await everyClaim({ minConfidence: 1 })).toEqual(all);
      expect(await everyClaim({ method: 'CURATED', minConfidence: 0 })).toEqual(all);
    });

    it('reads claims and characteristics written without method and confidence as curated and fully confident', async () => {
      // As graphs seeded before these properties existed hold them.
      await cypher.write(
        'test.legacyClaims',
        "MATCH (:Role {id: 'Role:cfo'})-[m:MEMBER_OF]->() REMOVE m.method, m.confidence",
      );
      await cypher.write(
        'test.legacyClaims',
        "MATCH (t:Tier {id: 'Tier:senior-leadership'})-[h:HAS_CHARACTERISTIC]->(c) REMOVE h.method, h.confidence, c.method, c.confidence",
      );
      const query = `{
        role(slug: "cfo") { tiers { tier { slug } method confidence } }
        tier(slug: "senior-leadership") { characteristics { method confidence } }
      }`;
      type Legacy = { role: { tiers: ({ tier: Slugged } & Made)[] }; tier: { characteristics: Made[] } };
      const planned = await runOperation(api.driver, query, {}, true);
      expect(planned.errors).toBeUndefined();
      expect((await runOperation(api.driver, query, {}, false)).data).toEqual(planned.data);
      const data = planned.data as unknown as Legacy;
      expect(data.role.tiers.map((m) => m.tier.slug).sort()).toEqual([
        'senior-leadership',
        'senior-management',
      ]);
      expect(
        [...data.role.tiers, ...data.tier.characteristics].map(({ method, confidence }) => ({
          method,
          confidence,
        })),
      ).toEqual(
        Array.from({ length: 2 + data.tier.characteristics.length }, () => ({
          method: 'CURATED',
          confidence: 1,
        })),
      );
      expect(data.tier.characteristics.length).toBeGreaterThan(0);
    });

    it('refuses a minConfidence outside 0..1 with BAD_USER_INPUT saying what is allowed', async () => {
      const cases: [string, Record<string, unknown>][] = [
        [
          'query ($c: Float) { tier(slug: "senior-management") { roles(minConfidence: $c) { method } } }',
          { c: 1.5 },
        ],
        [
          'query ($c: Float) { tier(slug: "senior-management") { characteristics(minConfidence: $c) { method } } }',
          { c: -0.1 },
        ],
        ['query ($c: Float) { role(slug: "cfo") { peers(minConfidence: $c) { method } } }', { c: 1.5 }],
        [
          'query ($c: Float) { source(slug: "senior-leadership-vs-senior-management") { dimensions(minConfidence: $c) { slug } } }',
          { c: -0.1 },
        ],
        [
          'query ($c: Float) { compare(tiers: ["senior-leadership", "senior-management"], minConfidence: $c) { tiers { slug } } }',
          { c: 1.5 },
        ],
      ];
      for (const [query, variables] of cases) {
        const { errors } = await api.query(query, variables);
        expect(errors?.[0]?.extensions?.['code'], query).toBe('BAD_USER_INPUT');
        expect(errors?.[0]?.message).toBe(
          `minConfidence must be between 0 and 1 (1 keeps only fully confident claims), got ${String(variables['c'])}`,
        );
      }
      // An unknown method is refused by the schema itself.
      const unknown = await api.query(
        '{ tier(slug: "senior-management") { roles(method: GUESSED) { method } } }',
      );
      expect(unknown.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('with extracted claims written by this test', () => {
    const tag = 'claimMethods.int.test';

    beforeAll(async () => {
      // One extracted claim of every kind, on nodes the curated seed holds, as the extraction
      // writes them: `method` and `confidence` on each claim and on the characteristic.
      const rows = await cypher.write<{ written: number }>(
        'test.extractedClaims',
        `MATCH (cfo:Role {id: 'Role:cfo'}), (exec:Tier {id: 'Tier:executive-management'}), (lead:Tier {id: 'Tier:senior-leadership'}),
               (budgets:Responsibility {id: 'Responsibility:review-budgets-and-control-expenses'}),
               (planning:Skill {id: 'Skill:strategic-planning-skills'}), (external:Attribute {id: 'Attribute:scope-external'}),
               (style:Dimension {id: 'Dimension:leadership-style'}), (article:Source {slug: $second}),
               (bridging:CollaborationBenefit {id: 'CollaborationBenefit:bridging-strategy'})
         CREATE (cfo)-[:MEMBER_OF {source: $second, evidence: [$secondStatement], method: 'EXTRACTED', confidence: 0.72, writtenBy: $tag}]->(exec)
         CREATE (lead)-[:HAS_RESPONSIBILITY {source: $first, evidence: [$firstStatement], method: 'EXTRACTED', confidence: 0.55, writtenBy: $tag}]->(budgets)
         CREATE (lead)-[:REQUIRES_SKILL {source: $first, evidence: [$firstStatement], method: 'EXTRACTED', confidence: 0.4, writtenBy: $tag}]->(planning)
         CREATE (exec)-[:HAS_ATTRIBUTE {source: $second, evidence: [$secondStatement], method: 'EXTRACTED', confidence: 0.65, writtenBy: $tag}]->(external)
         CREATE (c:Characteristic {
           id: 'Characteristic:' + $characteristic, slug: $characteristic, name: 'Executive management: leadership style',
           summary: 'Leads teams day to day.', source: $second, tier: 'executive-management', dimension: 'leadership-style',
           sources: [$second], method: 'EXTRACTED', confidence: 0.6, writtenBy: $tag
         })
         CREATE (exec)-[:HAS_CHARACTERISTIC {source: $second, evidence: [$secondStatement], method: 'EXTRACTED', confidence: 0.6, writtenBy: $tag}]->(c)
         CREATE (c)-[:ON_DIMENSION {source: $second, evidence: [$secondStatement], method: 'EXTRACTED', confidence: 0.6, writtenBy: $tag}]->(style)
         CREATE (article)-[:COMPARES_ON {source: $second, evidence: [$secondStatement], method: 'EXTRACTED', confidence: 0.6, writtenBy: $tag}]->(style)
         CREATE (bridging)-[:BETWEEN {source: $first, evidence: [$firstStatement], method: 'EXTRACTED', confidence: 0.5, writtenBy: $tag}]->(exec)
         RETURN 1 AS written`,
        {
          first,
          second,
          tag,
          firstStatement: `Statement:${first}/primary-focus.1`,
          secondStatement: `Statement:${second}/definition.1`,
          characteristic: `executive-management--leadership-style--${second}`,
        },
      );
      expect(rows).toHaveLength(1);
    });

    afterAll(async () => {
      await cypher.write('test.extractedClaims.clean', 'MATCH ()-[r {writtenBy: $tag}]->() DELETE r', {
        tag,
      });
      await cypher.write(
        'test.extractedClaims.clean',
        'MATCH (c:Characteristic {writtenBy: $tag}) DETACH DELETE c',
        { tag },
      );
    });

    it('returns each extracted claim with its method and confidence, and method EXTRACTED keeps exactly those', async () => {
      const extracted = await everyClaim({ method: 'EXTRACTED' });
      const exec = extracted.tiers.find((t) => t.slug === 'executive-management');
      const lead = extracted.tiers.find((t) => t.slug === 'senior-leadership');
      expect(exec?.roles).toEqual([
        { role: { slug: 'cfo' }, source: { slug: second }, method: 'EXTRACTED', confidence: 0.72 },
      ]);
      expect(lead?.responsibilities).toEqual([
        {
          responsibility: { slug: 'review-budgets-and-control-expenses' },
          source: { slug: first },
          method: 'EXTRACTED',
          confidence: 0.55,
        },
      ]);
      expect(lead?.skills).toEqual([
        {
          skill: { slug: 'strategic-planning-skills' },
          source: { slug: first },
          method: 'EXTRACTED',
          confidence: 0.4,
        },
      ]);
      expect(exec?.attributes).toEqual([
        { value: 'external', source: { slug: second }, method: 'EXTRACTED', confidence: 0.65 },
      ]);
      const characteristic = {
        slug: `executive-management--leadership-style--${second}`,
        method: 'EXTRACTED',
        confidence: 0.6,
      };
      expect(exec?.characteristics).toEqual([characteristic]);
      expect(exec?.collaborationBenefits).toEqual([{ slug: 'bridging-strategy' }]);
      expect(extracted.roles.edges.find((e) => e.node.slug === 'cfo')?.node.tiers).toEqual([
        {
          tier: { slug: 'executive-management' },
          source: { slug: second },
          method: 'EXTRACTED',
          confidence: 0.72,
        },
      ]);
      expect(
        extracted.responsibilities.edges.flatMap((e) =>
          e.node.tiers.map((t) => [e.node.slug, t.tier.slug, t.confidence]),
        ),
      ).toEqual([['review-budgets-and-control-expenses', 'senior-leadership', 0.55]]);
      expect(
        extracted.skills.edges.flatMap((e) =>
          e.node.tiers.map((t) => [e.node.slug, t.tier.slug, t.confidence]),
        ),
      ).toEqual([['strategic-planning-skills', 'senior-leadership', 0.4]]);
      expect(extracted.dimensions.flatMap((d) => d.characteristics)).toEqual([characteristic]);
      expect(extracted.sources.map((s) => [s.slug, s.dimensions.map((d) => d.slug)])).toEqual([
        [first, []],
        [second, ['leadership-style']],
      ]);
      expect(extracted.compare.rows).toEqual([
        {
          dimension: { slug: 'leadership-style' },
          cells: [
            { tier: { slug: 'senior-leadership' }, characteristics: [] },
            { tier: { slug: 'senior-management' }, characteristics: [] },
            { tier: { slug: 'executive-management' }, characteristics: [characteristic] },
          ],
        },
      ]);
      expect(extracted.collaborationBenefits.flatMap((b) => b.tiers.map((t) => [b.slug, t.slug]))).toEqual([
        ['bridging-strategy', 'executive-management'],
      ]);
      // The CFO's peers by the extracted membership are members by curated claims: not both extracted.
      expect(extracted.roles.edges.flatMap((e) => e.node.peers)).toEqual([]);
    });

    it('lists extracted claims beside curated ones, and filters them out by method CURATED or a higher minConfidence', async () => {
      const all = await everyClaim();
      const curated = await everyClaim({ method: 'CURATED' });
      const confident = await everyClaim({ minConfidence: 0.7 });
      const members = (data: EveryClaimList) =>
        data.tiers
          .find((t) => t.slug === 'executive-management')
          ?.roles.map((m) => `${m.role.slug} ${m.method} ${m.confidence}`)
          .sort();
      expect(members(all)).toEqual([
        'cfo EXTRACTED 0.72',
        'department-head CURATED 1',
        'head-of-operations CURATED 1',
      ]);
      expect(members(curated)).toEqual(['department-head CURATED 1', 'head-of-operations CURATED 1']);
      expect(members(confident)).toEqual(members(all));
      expect(members(await everyClaim({ minConfidence: 0.73 }))).toEqual(members(curated));

      const count = (data: EveryClaimList) =>
        Object.values(listsOf(data)).reduce((n, list) => n + list.length, 0);
      expect(count(all)).toBeGreaterThan(count(curated));
      expect(await everyClaim({ minConfidence: 1 })).toEqual(curated);
      for (const made of Object.values(madeOf(curated)).flat())
        expect(made).toEqual({ method: 'CURATED', confidence: 1 });

      // A peer is listed when both memberships pass: by the extracted membership, with any method;
      // by curated ones only, not the members of executive management.
      const cfoPeers = (data: EveryClaimList) =>
        [
          ...new Set(data.roles.edges.find((e) => e.node.slug === 'cfo')?.node.peers.map((p) => p.role.slug)),
        ].sort();
      expect(cfoPeers(all)).toEqual(['ceo', 'coo', 'cto', 'department-head', 'head-of-operations']);
      expect(cfoPeers(confident)).toEqual(cfoPeers(all));
      expect(cfoPeers(curated)).toEqual(['ceo', 'coo', 'cto']);
      // A comparison keeps a dimension only while a characteristic is left on it.
      expect(all.compare.rows.map((r) => r.dimension.slug)).toContain('leadership-style');
      expect(
        curated.compare.rows
          .find((r) => r.dimension.slug === 'leadership-style')
          ?.cells.map((c) => c.characteristics.length),
      ).toEqual([1, 1, 0]);
    });

    it('answers alike planned and level by level, and filters what was fetched without another statement', async () => {
      const statements = new Set<number>();
      for (const variables of [
        {},
        { method: 'EXTRACTED' },
        { method: 'CURATED', minConfidence: 0.5 },
        { minConfidence: 0.6 },
      ]) {
        const planned = await runOperation(api.driver, everyClaimList, variables, true);
        const levels = await runOperation(api.driver, everyClaimList, variables, false);
        expect(planned.errors).toBeUndefined();
        expect(levels.errors).toBeUndefined();
        expect(planned.data, JSON.stringify(variables)).toEqual(levels.data);
        expect(planned.queries).toBeLessThan(levels.queries);
        statements.add(planned.queries);
      }
      // The filters change no statement: every variant sent as many as the unfiltered one.
      expect(statements.size).toBe(1);
      const node = await runOperation(
        api.driver,
        'query ($id: ID!) { node(id: $id) { ... on Role { tiers(method: EXTRACTED) { tier { slug } method confidence evidence { key } } } } }',
        { id: encodeId('Role:cfo') },
        true,
      );
      expect(node.queries).toBe(1);
      expect(node.data).toEqual({
        node: {
          tiers: [
            {
              tier: { slug: 'executive-management' },
              method: 'EXTRACTED',
              confidence: 0.72,
              evidence: [{ key: 'definition.1' }],
            },
          ],
        },
      });
    });
  });
});
