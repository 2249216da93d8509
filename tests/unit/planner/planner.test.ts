import { describe, expect, it } from 'vitest';
import { compiledCypher } from './compiledCypher.ts';

// Operations in, the Cypher and parameters their root fields compile to out, as the Neo4j GraphQL
// Library's TCK tests do: each root field one statement, every hop the resolvers below will follow
// inside it. The snapshots change only when the planner's output does; the integration tests
// (tests/integration/api/roundTrips.int.test.ts) show the answers do not.
describe('compiled Cypher of planned operations', () => {
  it('a tier by slug: its members by one source (a parameter), their tier back from the near end, and what the same source says about it', async () => {
    const statements = await compiledCypher(
      `query ($source: String) {
        tier(slug: "senior-management") {
          slug
          roles(source: $source) { role { slug } tier { responsibilities { responsibility { name } } } source { title } evidence { text } }
        }
      }`,
      { source: 'first-article' },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.params).toEqual({ dbId: 'Tier:senior-management', p_prefetch3: 'first-article' });
    expect(statements).toMatchSnapshot();
  });

  it('under a row cap: every list fetched at most one row past the cap, and a node over it sent as its count alone', async () => {
    const [statement] = await compiledCypher(
      `{ role(slug: "cfo") { peers { role { slug } tier { slug } evidence { text } } } }`,
      {},
      { maxRows: 100 },
    );
    expect(statement?.params).toMatchObject({ p_listCap: 101, p_maxRows: 100 });
    // Each COLLECT (the role's tiers, their members, the members' evidence) stops at the cap.
    const collects = statement?.query.match(/COLLECT \{/g)?.length ?? 0;
    const capped = statement?.query.match(/ LIMIT \$p_listCap \}/g)?.length ?? 0;
    expect(collects).toBeGreaterThanOrEqual(3);
    expect(capped).toBe(collects);
    expect(statement?.query).toContain(
      'CASE WHEN p_whole[0] > $p_maxRows THEN [p_whole[0]] ELSE p_whole END',
    );
    expect(statement).toMatchSnapshot();
  });

  it('a role: its peers (its tiers, then their members by the same source as each membership)', async () => {
    const statements = await compiledCypher(
      `{ role(slug: "cfo") { peers { role { slug } tier { slug } } } }`,
    );
    expect(statements).toMatchSnapshot();
  });

  it('a responsibility: the roles of the tiers that hold it, the second hop scoped by the first claim', async () => {
    const statements = await compiledCypher(
      `{ responsibility: responsibilities(first: 2) { edges { node { slug roles(minConfidence: 0.5) { role { slug } tier { slug } method } } } } }`,
    );
    expect(statements[0]?.query).toContain('MATCH (x)<-[p_r1:HAS_RESPONSIBILITY]-(p_b2:Tier)');
    expect(statements[0]?.query).toContain(
      'MATCH (p_b2)<-[p_r3:MEMBER_OF]-(p_b4:Role) WHERE p_r3.source = p_r1.source',
    );
    expect(statements).toMatchSnapshot();
  });

  it('characteristics: references by property, evidence scoped by the characteristic own source', async () => {
    const statements = await compiledCypher(`{
      tiers { characteristics { tier { slug } dimension { slug } source { slug } evidence { key section { name } } } }
    }`);
    expect(statements).toMatchSnapshot();
  });

  it('a source: its own dimensions (scoped by its slug), sections, statements and what they mention (any label)', async () => {
    const statements = await compiledCypher(`{
      source(slug: "first-article") { title dimensions { slug } sections { statements { key mentions { id } } } }
    }`);
    expect(statements).toMatchSnapshot();
  });

  it('a comparison: one statement with three projections kept apart by their namespaces', async () => {
    const statements = await compiledCypher(`{
      compare(tiers: ["senior-leadership", "senior-management"]) {
        tiers { slug roles { role { slug } } }
        rows { dimension { slug } cells { characteristics { summary evidence { text } } } }
      }
    }`);
    expect(statements).toHaveLength(1);
    expect(statements).toMatchSnapshot();
  });
});
