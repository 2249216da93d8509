import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const second = 'senior-management-vs-executive-management';

interface Membership {
  role: { slug: string };
  tier: { slug: string };
  source: { slug: string };
  method: string;
}

// Fields added as one entry of the relation fields and the SDL: the roles of the tiers that hold a
// responsibility, or require a skill, each by the same source as the tier's claim.
const rolesOfResponsibility = `query ($source: String) {
  responsibilities(first: 5, filter: { text: "budgets" }) {
    edges { node { slug roles(source: $source) { role { slug } tier { slug } source { slug } method } } }
  }
  skills(first: 50) {
    edges { node { slug tiers { tier { slug } source { slug } } roles { role { slug } tier { slug } source { slug } method } } }
  }
  tiers { slug roles { role { slug } source { slug } } }
}`;

interface Answer {
  responsibilities: { edges: { node: { slug: string; roles: Membership[] } }[] };
  skills: {
    edges: {
      node: {
        slug: string;
        tiers: { tier: { slug: string }; source: { slug: string } }[];
        roles: Membership[];
      };
    }[];
  };
  tiers: { slug: string; roles: { role: { slug: string }; source: { slug: string } }[] }[];
}

const key = (m: Membership) => `${m.tier.slug} ${m.role.slug} ${m.source.slug}`;

describe('roles of a responsibility and of a skill', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  it('are the members each source places in the tiers it says hold it, planned or not', async () => {
    const planned = await runOperation(driver, rolesOfResponsibility, {}, true);
    const levels = await runOperation(driver, rolesOfResponsibility, {}, false);
    expect(planned.errors).toBeUndefined();
    expect(planned.queries).toBe(3);
    expect(planned.data).toEqual(levels.data);
    const answer = planned.data as unknown as Answer;

    // "Review budgets and control expenses" is senior management's by the second article, which
    // puts the C-suite there; the first article's senior managers (department heads) are not its.
    const [budgets] = answer.responsibilities.edges;
    expect(budgets?.node.slug).toBe('review-budgets-and-control-expenses');
    expect(budgets?.node.roles.map(key).sort()).toEqual([
      `senior-management ceo ${second}`,
      `senior-management cfo ${second}`,
      `senior-management coo ${second}`,
      `senior-management cto ${second}`,
    ]);
    expect(budgets?.node.roles.every((m) => m.method === 'CURATED')).toBe(true);

    // Every skill's roles: for each tier claim, that tier's members by the same source.
    const members = new Map(answer.tiers.map((t) => [t.slug, t.roles]));
    for (const { node } of answer.skills.edges) {
      const expected = node.tiers.flatMap(({ tier, source }) =>
        (members.get(tier.slug) ?? [])
          .filter((m) => m.source.slug === source.slug)
          .map((m) => `${tier.slug} ${m.role.slug} ${source.slug}`),
      );
      expect(node.roles.map(key).sort()).toEqual(expected.sort());
    }
    expect(answer.skills.edges.some(({ node }) => node.roles.length > 0)).toBe(true);
  });

  it('keep only the tiers of the source asked', async () => {
    const first = await runOperation(
      driver,
      rolesOfResponsibility,
      { source: 'senior-leadership-vs-senior-management' },
      true,
    );
    expect(first.errors).toBeUndefined();
    const [budgets] = (first.data as unknown as Answer).responsibilities.edges;
    expect(budgets?.node.roles).toEqual([]);
  });
});
