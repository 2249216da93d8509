import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const advert = 'head-of-finance-job-description';
// A page with a section per C-suite role, loaded as extraction reads it (no annotations).
const cSuite = 'the-c-suite-explained';
const fixtures = join(projectRoot, 'tests', 'fixtures');

// What the advert's curated annotations say of the Head of Finance itself and of the roles around it.
const roleQuery = `query ($source: String) {
  role(slug: "head-of-finance") {
    responsibilities(source: $source) { responsibility { name } source { slug } method confidence evidence { text } }
    skills(source: $source, minConfidence: 1) { skill { name } }
    directReports(source: $source) { role { slug } evidence { text } }
    tiers(source: $source) { tier { slug } }
  }
  cfo: role(slug: "cfo") { reportsTo(source: $source) { role { slug } source { slug } method } }
  roles(first: 50, filter: { source: $source }) { edges { node { slug } } }
}`;

const chartQuery = `query ($source: String, $root: String) {
  reportingLines(source: $source, root: $root) {
    source { slug } root { slug }
    lines { role { slug } manager { slug } depth method evidence { text } }
  }
}`;

interface RoleAnswer {
  role: {
    responsibilities: {
      responsibility: { name: string };
      source: { slug: string };
      method: string;
      evidence: { text: string }[];
    }[];
    skills: { skill: { name: string } }[];
    directReports: { role: { slug: string }; evidence: { text: string }[] }[];
    tiers: { tier: { slug: string } }[];
  };
  cfo: { reportsTo: { role: { slug: string }; source: { slug: string }; method: string }[] };
  roles: { edges: { node: { slug: string } }[] };
}

interface Chart {
  source: { slug: string };
  root: { slug: string };
  lines: { role: { slug: string }; manager: { slug: string }; depth: number; evidence: { text: string }[] }[];
}

describe('claims about a role itself', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver, [
      {
        article: join(fixtures, 'extraction', 'roles-dev', `${advert}.txt`),
        annotations: join(fixtures, 'roles', `${advert}.yaml`),
      },
      { article: join(fixtures, 'extraction', 'roles-dev', `${cSuite}.txt`), annotations: null },
    ]);
  });
  afterAll(() => driver.close());

  it('lists the role’s own duties, skills and reports, each with its source and evidence, planned or not', async () => {
    const planned = await runOperation(driver, roleQuery, { source: advert }, true);
    const unplanned = await runOperation(driver, roleQuery, { source: advert }, false);
    expect(planned.errors).toBeUndefined();
    expect(planned.data).toEqual(unplanned.data);
    const answer = planned.data as unknown as RoleAnswer;
    expect(answer.role.responsibilities).toHaveLength(10);
    const close = answer.role.responsibilities.find((c) =>
      c.responsibility.name.startsWith('Lead the month-end'),
    );
    expect(close?.source.slug).toBe(advert);
    expect(close?.method).toBe('CURATED');
    expect(close?.evidence.map((e) => e.text)).toEqual([
      'Lead the month-end, quarter-end and year-end close and produce accurate management accounts',
    ]);
    expect(answer.role.skills.map((c) => c.skill.name)).toContain('Advanced Excel skills');
    expect(answer.role.directReports.map((c) => c.role.slug).sort()).toEqual([
      'financial-controller',
      'fpa-manager',
      'payroll-manager',
    ]);
    expect(answer.role.directReports[0]?.evidence[0]?.text).toContain('will report to you');
    // Its tier is a claim apart: the role's own duties are not its tier's.
    expect(answer.role.tiers.map((m) => m.tier.slug)).toEqual(['senior-management-team']);
    expect(answer.cfo.reportsTo).toEqual([
      { role: { slug: 'managing-director' }, source: { slug: advert }, method: 'CURATED' },
    ]);
    // Every role the advert makes a claim about, the managing director (only a manager) included.
    expect(answer.roles.edges.map((e) => e.node.slug)).toEqual(
      expect.arrayContaining([
        'head-of-finance',
        'managing-director',
        'payroll-manager',
        'cfo',
        'head-of-sales',
      ]),
    );
  });

  it('answers the org chart of each source in one statement, a chart per top role', async () => {
    const { data, errors, queries } = await runOperation(driver, chartQuery, { source: advert }, true);
    expect(errors).toBeUndefined();
    expect(queries).toBe(1);
    const charts = (data as unknown as { reportingLines: Chart[] }).reportingLines;
    expect(charts.map((c) => c.root.slug).sort()).toEqual(['head-of-finance', 'managing-director']);
    const finance = charts.find((c) => c.root.slug === 'head-of-finance');
    expect(finance?.lines.map((l) => [l.role.slug, l.manager.slug, l.depth])).toEqual([
      ['fpa-manager', 'head-of-finance', 1],
      ['financial-controller', 'head-of-finance', 1],
      ['payroll-manager', 'head-of-finance', 1],
    ]);
    expect(finance?.lines[0]?.evidence[0]?.text).toContain('will report to you');
    const seeds = await runOperation(
      driver,
      chartQuery,
      { source: 'senior-leadership-vs-senior-management' },
      true,
    );
    expect((seeds.data as unknown as { reportingLines: Chart[] }).reportingLines).toEqual([]);
  });

  it('tells, in a gap between two roles, what each holds itself from what it holds through its tier', async () => {
    const gapQuery = `query ($from: TierOrRoleRef!, $to: TierOrRoleRef!, $source: String) {
      gap(from: $from, to: $to, source: $source) {
        bySource {
          source { slug }
          responsibilities {
            fromOnly { name through role { slug } tier { slug } evidence { text } }
            toOnly { name through role { slug } tier { slug } }
            shared { to { name through role { slug } } }
          }
        }
      }
    }`;
    type Item = {
      name: string;
      through: string;
      role: { slug: string } | null;
      tier: { slug: string } | null;
      evidence?: { text: string }[];
    };
    type Gap = {
      gap: {
        bySource: {
          source: { slug: string };
          responsibilities: { fromOnly: Item[]; toOnly: Item[]; shared: { to: Item }[] };
        }[];
      };
    };
    const own = await runOperation(
      driver,
      gapQuery,
      { from: { role: 'cfo' }, to: { role: 'coo' }, source: cSuite },
      true,
    );
    expect(own.errors).toBeUndefined();
    const [page] = (own.data as unknown as Gap).gap.bySource;
    expect(page?.source.slug).toBe(cSuite);
    // The page gives each chief its own duties and places neither in a tier.
    const cfoOnly = page?.responsibilities.fromOnly ?? [];
    expect(cfoOnly.map((c) => c.name)).toContain("managing the company's cash and debt");
    expect(cfoOnly.every((c) => c.through === 'OWN' && c.role?.slug === 'cfo' && c.tier === null)).toBe(true);
    expect(cfoOnly[0]?.evidence?.[0]?.text).toMatch(/CFO/);
    // The COO's own duties, apart or counted as shared with a similar CFO duty.
    const coo = [
      ...(page?.responsibilities.toOnly ?? []),
      ...(page?.responsibilities.shared ?? []).map((m) => m.to),
    ];
    expect(coo.map((c) => c.name)).toContain('runs the day-to-day business');
    expect(coo.every((c) => c.through === 'OWN' && c.role?.slug === 'coo')).toBe(true);
    // Where a source only places roles in tiers, their claims come through the tier.
    const seed = 'senior-leadership-vs-senior-management';
    const tiers = await runOperation(
      driver,
      gapQuery,
      { from: { role: 'department-head' }, to: { role: 'ceo' }, source: seed },
      true,
    );
    const [bySeed] = (tiers.data as unknown as Gap).gap.bySource;
    expect(bySeed?.responsibilities.toOnly.length).toBeGreaterThan(0);
    expect(
      bySeed?.responsibilities.toOnly.every(
        (c) => c.through === 'TIER' && c.role === null && c.tier !== null,
      ),
    ).toBe(true);
  });

  it('tells, for a responsibility, the roles that hold it themselves from those that hold it through a tier, in one statement', async () => {
    const seed = 'senior-leadership-vs-senior-management';
    const query = `query ($advert: String, $seed: String) {
      role(slug: "head-of-finance") {
        responsibilities(source: $advert) {
          responsibility {
            slug
            roleClaims { role { slug } through tier { slug } source { slug } method evidence { text } }
            ownOnly: roleClaims(through: OWN) { role { slug } }
          }
        }
      }
      tier(slug: "senior-leadership") {
        responsibilities(source: $seed) {
          responsibility {
            roleClaims(source: $seed) { role { slug } through tier { slug } source { slug } }
            viaTier: roleClaims(source: $seed, through: TIER) { role { slug } tier { slug } }
            roles(source: $seed) { role { slug } tier { slug } }
          }
        }
      }
    }`;
    type Holding = {
      role: { slug: string };
      through?: string;
      tier: { slug: string } | null;
      source?: { slug: string };
    };
    type Answer = {
      role: {
        responsibilities: {
          responsibility: {
            slug: string;
            roleClaims: (Holding & { evidence: { text: string }[] })[];
            ownOnly: Holding[];
          };
        }[];
      };
      tier: {
        responsibilities: {
          responsibility: { roleClaims: Holding[]; viaTier: Holding[]; roles: Holding[] };
        }[];
      };
    };
    const variables = { advert, seed };
    const planned = await runOperation(driver, query, variables, true);
    const unplanned = await runOperation(driver, query, variables, false);
    expect(planned.errors).toBeUndefined();
    // One statement per root field.
    expect(planned.queries).toBe(2);
    expect(planned.data).toEqual(unplanned.data);
    const answer = planned.data as unknown as Answer;
    // The advert gives the head of finance its duties itself: each duty's roles say so.
    const close = answer.role.responsibilities.find((c) =>
      c.responsibility.slug.startsWith('lead-the-month-end'),
    );
    expect(close?.responsibility.roleClaims).toEqual([
      {
        role: { slug: 'head-of-finance' },
        through: 'OWN',
        tier: null,
        source: { slug: advert },
        method: 'CURATED',
        evidence: [
          {
            text: 'Lead the month-end, quarter-end and year-end close and produce accurate management accounts',
          },
        ],
      },
    ]);
    expect(close?.responsibility.ownOnly).toEqual([{ role: { slug: 'head-of-finance' } }]);
    // A seed article gives duties to tiers only: their roles hold them through the tier, as `roles` lists them.
    const held = answer.tier.responsibilities.map((c) => c.responsibility);
    expect(held.length).toBeGreaterThan(0);
    for (const item of held) {
      expect(item.roleClaims.length).toBeGreaterThan(0);
      expect(
        item.roleClaims.every((h) => h.through === 'TIER' && h.tier !== null && h.source?.slug === seed),
      ).toBe(true);
      expect(item.viaTier).toEqual(item.roles);
    }
  });
});
