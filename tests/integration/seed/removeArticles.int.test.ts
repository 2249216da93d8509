import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphVersion } from '../../../src/data/graphVersion.ts';
import type { ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { removeArticles } from '../../../src/ingest/removeArticles.ts';
import { seedGraph } from '../../../src/ingest/seedArticles.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { graphSnapshot, snapshotDiff } from '../../support/graphSnapshot.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { countsOf, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const dev = join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev');
const extracted = (name: string): ArticleFiles => ({ article: join(dev, `${name}.txt`), annotations: null });
// Two extracted articles that share tiers (a board, executives) with each other and the bundled ones.
const board = extracted('board-of-directors-vs-executive-team');
const levels = extracted('levels-of-management');

/** The version's change record: which sources it changed and how. */
async function lastChange(driver: Driver) {
  const [row] = await testCypher(driver).read<{ slugs: string[]; changes: string[] }>(
    'test.lastChange',
    'MATCH (c:GraphChange) RETURN c.slugs AS slugs, c.changes AS changes ORDER BY c.seq DESC LIMIT 1',
  );
  return row;
}

describe('removing articles', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver.close();
  });

  it('leaves exactly the graph a load of the other articles leaves, counted and compared whole', async () => {
    await resetAndSeed(driver, [levels]);
    const withoutBoard = await graphSnapshot(driver);
    const withoutBoardCounts = await countsOf(driver);
    await resetAndSeed(driver, [board, levels]);
    const withBoard = await countsOf(driver);
    expect(withBoard).not.toEqual(withoutBoardCounts);
    const version = await readGraphVersion(testCypher(driver));
    const report = await removeArticles(testCypher(driver), ['board-of-directors-vs-executive-team']);
    expect(report.removed.map((s) => s.slug)).toEqual(['board-of-directors-vs-executive-team']);
    expect(report.removed[0]?.claims).toBeGreaterThan(0);
    expect(report.removed[0]?.entities).toBeGreaterThan(0);
    expect(await countsOf(driver)).toEqual(withoutBoardCounts);
    expect(snapshotDiff(await graphSnapshot(driver), withoutBoard)).toEqual({ missing: [], extra: [] });
    const [left] = await testCypher(driver).read<{ n: number }>(
      'test.left',
      `MATCH (n) WHERE n.source = $slug OR n.slug = $slug OR $slug IN coalesce(n.sources, []) RETURN count(n) AS n`,
      { slug: 'board-of-directors-vs-executive-team' },
    );
    expect(left?.n).toBe(0);
    expect(await readGraphVersion(testCypher(driver))).not.toBe(version);
    expect(await lastChange(driver)).toEqual({
      slugs: ['board-of-directors-vs-executive-team'],
      changes: ['REMOVED'],
    });
  });

  it('refuses unknown slugs and curated sources without leave, together, writing nothing', async () => {
    await resetAndSeed(driver);
    const before = await graphSnapshot(driver);
    const cli = runSeedCli(['--remove', 'no-such-article', 'senior-leadership-vs-senior-management']);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('2 sources cannot be removed');
    expect(cli.stderr).toContain(
      'no-such-article: the graph holds no source "no-such-article"; it holds: senior-',
    );
    expect(cli.stderr).toContain(
      'senior-leadership-vs-senior-management: "senior-leadership-vs-senior-management" has curated claims (from its annotations): pass --force',
    );
    expect(snapshotDiff(await graphSnapshot(driver), before)).toEqual({ missing: [], extra: [] });
    const bad = runSeedCli(['--remove', 'Not A Slug']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("a source's slug is its article's file name without .txt");
  });

  it('--dry-run says what would go and writes nothing; --force removes a curated source', async () => {
    await resetAndSeed(driver);
    const before = await graphSnapshot(driver);
    const version = await readGraphVersion(testCypher(driver));
    const slug = 'senior-leadership-vs-senior-management';
    const dry = runSeedCli(['--remove', slug, '--force', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      new RegExp(`would be removed: ${slug} \\(\\d+ sections, \\d+ statements, \\d+ claims`),
    );
    expect(snapshotDiff(await graphSnapshot(driver), before)).toEqual({ missing: [], extra: [] });
    expect(await readGraphVersion(testCypher(driver))).toBe(version);
    const real = runSeedCli(['--remove', slug, '--force']);
    expect(real.status, real.stderr).toBe(0);
    expect(real.stdout).toContain(`removed: ${slug}`);
    const [row] = await testCypher(driver).read<{ n: number }>(
      'test.gone',
      'MATCH (s:Source {slug: $slug}) RETURN count(s) AS n',
      { slug },
    );
    expect(row?.n).toBe(0);
  });

  // A ceiling, not a measure: four seed CLI processes, each starting Node and loading, on busy shared cores.
  it(
    '--prune removes the sources whose file left the folder, names them, and --dry-run only lists them',
    {
      timeout: 300_000,
    },
    async () => {
      await resetAndSeed(driver);
      const dir = mkdtempSync(join(tmpdir(), 'prune-'));
      try {
        for (const a of [board, levels]) cpSync(a.article, join(dir, a.article.split('/').at(-1) ?? ''));
        expect(runSeedCli(['--articles', dir]).status).toBe(0);
        const loaded = await graphSnapshot(driver);
        rmSync(join(dir, 'board-of-directors-vs-executive-team.txt'));
        const dry = runSeedCli(['--articles', dir, '--prune', '--dry-run']);
        expect(dry.status, dry.stderr).toBe(0);
        expect(dry.stdout).toContain(
          'would be removed, its file is gone: board-of-directors-vs-executive-team',
        );
        expect(dry.stdout).toContain('nothing was written');
        expect(snapshotDiff(await graphSnapshot(driver), loaded)).toEqual({ missing: [], extra: [] });
        const prune = runSeedCli(['--articles', dir, '--prune']);
        expect(prune.status, prune.stderr).toBe(0);
        expect(prune.stdout).toContain('removed, its file is gone: board-of-directors-vs-executive-team');
        // The bundled sources were not loaded from this folder: they stay.
        const sources = await testCypher(driver).read<{ slug: string }>(
          'test.sources',
          'MATCH (s:Source) RETURN s.slug AS slug ORDER BY slug',
        );
        expect(sources.map((s) => s.slug)).toEqual([
          'levels-of-management',
          'senior-leadership-vs-senior-management',
          'senior-management-vs-executive-management',
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('a removal and a load of the same article at once leave it wholly loaded or wholly gone', async () => {
    await resetAndSeed(driver, [board]);
    const loaded = await graphSnapshot(driver);
    await resetAndSeed(driver);
    const absent = await graphSnapshot(driver);
    for (let round = 0; round < 3; round += 1) {
      await seedGraph(testCypher(driver), [board]);
      await Promise.all([
        removeArticles(testCypher(driver), ['board-of-directors-vs-executive-team']).catch(() => null),
        seedGraph(testCypher(driver), [board]),
      ]);
      const now = await graphSnapshot(driver);
      const differences = [snapshotDiff(now, loaded), snapshotDiff(now, absent)];
      expect(differences.map((d) => d.missing.length + d.extra.length)).toContain(0);
    }
  });
});
