import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { bundledArticles, loadArticle, loadCatalogue } from '../../../src/ingest/loadArticle.ts';
import { nodeId } from '../../../src/data/model.ts';
import { writePlans } from '../../../src/ingest/write/writeGraph.ts';
import { seedGraph } from '../../../src/ingest/seedArticles.ts';
import { seedIfEmpty } from '../../../src/ingest/startupSeed.ts';
import { testDriver } from '../../support/testDatabase.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { countsOf, resetAndSeed, testCypher } from '../../support/seededGraph.ts';

const fixtures = join(projectRoot, 'tests', 'fixtures');
const thirdArticle = join(fixtures, 'articles', 'executive-management-in-practice.txt');
const thirdAnnotations = join(fixtures, 'executive-management-in-practice.yaml');
const brokenAnnotations = join(fixtures, 'executive-management-in-practice.broken.yaml');

describe('loading articles', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver.close());

  it('is idempotent: seeding twice gives the same counts and no duplicates', async () => {
    const before = await countsOf(driver);
    const cli = runSeedCli([]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('senior-leadership-vs-senior-management: 9 sections, 34 statements');
    expect(cli.stdout).toContain('senior-management-vs-executive-management: 9 sections, 24 statements');
    expect(cli.stdout).toMatch(/Statement\s+58/);
    expect(await countsOf(driver)).toEqual(before);
    const [dupes] = await testCypher(driver).read<{ n: number }>(
      'test',
      'MATCH (a:Responsibility), (b:Responsibility) WHERE a.name = b.name AND elementId(a) < elementId(b) RETURN count(*) AS n',
    );
    expect(dupes?.n).toBe(0);
  });

  it('rejects a broken annotation file with its line, and changes nothing', async () => {
    const before = await countsOf(driver);
    const cli = runSeedCli(['--article', thirdArticle, '--annotations', brokenAnnotations]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('Seed failed, nothing was written:');
    expect(cli.stderr).toMatch(
      /executive-management-in-practice\.broken\.yaml:8: quote not found in executive-management-in-practice: "executive management includes the board of directors"/,
    );
    expect(await countsOf(driver)).toEqual(before);
  });

  it('rolls back the whole transaction when a write fails part-way', async () => {
    const before = await countsOf(driver);
    const { plan } = loadArticle({ article: thirdArticle, annotations: thirdAnnotations }, loadCatalogue());
    // A second node claiming an existing tier's slug breaks the uniqueness constraint late in the write.
    plan.nodes.push({
      label: 'Tier',
      id: nodeId('Tier', 'impostor'),
      props: { slug: 'senior-leadership', name: 'Impostor' },
    });
    const error = await testCypher(driver)
      .inTransaction('WRITE', 'test.partial', (tx) => writePlans(tx, [plan]))
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /already exists with label `Tier` and property `slug` = 'senior-leadership'/,
    );
    expect(await countsOf(driver)).toEqual(before);
  });

  it('adds a third article without annotations: its text, mentions of known entities, and the claims extraction reads', async () => {
    const cli = runSeedCli(['--article', thirdArticle]);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(
      /executive-management-in-practice: 4 sections, 6 statements, \d+ sourced claims/,
    );
    const cypher = testCypher(driver);
    const mentions = await cypher.read<{ entity: string }>(
      'test',
      `MATCH (:Source {slug: 'executive-management-in-practice'})-[:HAS_SECTION]->()-[:HAS_STATEMENT]->(s)-[:MENTIONS]->(e)
       RETURN DISTINCT e.slug AS entity ORDER BY entity`,
    );
    expect(mentions.map((m) => m.entity)).toEqual([
      'ceo',
      'cfo',
      'department-head',
      'executive-management',
      'responsibilities',
      'vice-president',
    ]);
    // What the curators annotated for this article (tests/fixtures/executive-management-in-practice.yaml), read from its text.
    const claims = await cypher.read<{ claim: string; method: string }>(
      'test',
      `MATCH (a)-[c {source: 'executive-management-in-practice'}]->(b) WHERE c.evidence IS NOT NULL AND type(c) IN ['MEMBER_OF', 'HAS_RESPONSIBILITY']
       RETURN type(c) + ' ' + a.slug + ' ' + b.slug AS claim, c.method AS method ORDER BY claim`,
    );
    expect(claims).toEqual(
      [
        'HAS_RESPONSIBILITY executive-management reporting-progress-on-those-targets-to-the-cfo-every-month',
        'HAS_RESPONSIBILITY executive-management translating-the-annual-budget-into-quarterly-departmental-targets',
        'MEMBER_OF department-head executive-management',
        'MEMBER_OF vice-president executive-management',
      ].map((claim) => ({ claim, method: 'EXTRACTED' })),
    );
  });

  it('adds its claims when given annotations, leaving the other sources as they were', async () => {
    const cypher = testCypher(driver);
    const report = await seedGraph(cypher, [{ article: thirdArticle, annotations: thirdAnnotations }]);
    expect(report.counts.nodes.get('Source')).toBe(3);
    const members = await cypher.read<{ source: string; roles: string[] }>(
      'test',
      `MATCH (r:Role)-[m:MEMBER_OF]->(:Tier {slug: 'executive-management'})
       WITH m.source AS source, r.slug AS role ORDER BY role
       RETURN source, collect(role) AS roles ORDER BY source`,
    );
    expect(members).toEqual([
      { source: 'executive-management-in-practice', roles: ['department-head', 'vice-president'] },
      {
        source: 'senior-management-vs-executive-management',
        roles: ['department-head', 'head-of-operations'],
      },
    ]);
    const [budget] = await cypher.read<{ tier: string; evidence: string }>(
      'test',
      `MATCH (t:Tier)-[h:HAS_RESPONSIBILITY]->(r:Responsibility {slug: 'translating-the-annual-budget-into-quarterly-departmental-targets'})
       MATCH (r)-[:EVIDENCED_BY]->(s:Statement {source: 'executive-management-in-practice'}) WHERE s.kind = 'bullet'
       RETURN t.slug AS tier, s.text AS evidence`,
    );
    expect(budget).toEqual({
      tier: 'executive-management',
      evidence: 'Translating the annual budget into quarterly departmental targets.',
    });

    // Reseeding the bundled articles keeps the third source: each load replaces only its own sources.
    await seedGraph(cypher, bundledArticles());
    expect((await countsOf(driver)).nodes.get('Source')).toBe(3);
  });

  it('seeds on start only when the database is empty', async () => {
    const cypher = testCypher(driver);
    const log = createLogger({ logLevel: 'silent', env: 'test' });
    expect(await seedIfEmpty(cypher, log)).toBeNull();
    await cypher.write('test.reset', 'MATCH (n) DETACH DELETE n');
    const report = await seedIfEmpty(cypher, log);
    expect(report?.articles.map((a) => a.slug)).toEqual([
      'senior-leadership-vs-senior-management',
      'senior-management-vs-executive-management',
    ]);
    expect(report?.counts.nodes.get('Statement')).toBe(58);
  });
});
