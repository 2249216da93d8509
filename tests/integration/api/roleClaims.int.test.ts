import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runOperation } from '../../support/inProcess.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const advert = 'head-of-finance-job-description';
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
});
