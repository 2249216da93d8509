import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText, writeArticles, type GeneratedArticle } from '../../../bench/articles/generate.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { countsOf, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

/** `npm run seed -- --articles DIR ...` as a user runs it. */
function seedFolder(dir: string, ...args: string[]) {
  return runSeedCli(['--articles', dir, ...args]);
}

describe('loading a folder of articles', () => {
  let driver: Driver;
  let dir: string;
  let articles: GeneratedArticle[];
  const slugs = () => articles.map((a) => a.slug);

  const sources = async () =>
    testCypher(driver).read<{ slug: string; sha256: string; statements: number }>(
      'test',
      `MATCH (s:Source) WHERE s.slug IN $slugs
       RETURN s.slug AS slug, s.sha256 AS sha256, COUNT { (s)-[:HAS_SECTION]->()-[:HAS_STATEMENT]->() } AS statements ORDER BY slug`,
      { slugs: slugs() },
    );

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    dir = mkdtempSync(join(tmpdir(), 'article-folder-'));
    articles = writeArticles(dir, 5);
    writeFileSync(join(dir, 'README.md'), 'Not an article: listed as ignored.\n');
  });
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it('loads every article of the folder, two to a transaction, with their extracted claims', async () => {
    const cli = seedFolder(dir, '--batch-size', '2');
    expect(cli.stderr).toContain('write 5/5 articles');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('ignored (not NAME.txt, nor NAME.yaml beside one): README.md');
    expect(cli.stdout).toMatch(
      /^5 articles: 5 loaded, 0 unchanged, 0 failed in [\d.]+ s \([\d.]+ articles\/s; reading [\d.]+ s, writing [\d.]+ s\); graph now \d+ nodes, \d+ relationships$/m,
    );
    const loaded = await sources();
    expect(loaded.map((s) => s.slug)).toEqual([...slugs()].sort());
    for (const source of loaded) expect(source.statements).toBeGreaterThan(15);
    expect((await countsOf(driver)).nodes.get('Source')).toBe(7);
    const [claims] = await testCypher(driver).read<{ n: number }>(
      'test',
      'MATCH ()-[c:HAS_RESPONSIBILITY]->() WHERE c.source IN $slugs RETURN count(c) AS n',
      { slugs: slugs() },
    );
    expect(claims?.n).toBeGreaterThan(0);
  });

  it('skips every article on a second run, as none changed', async () => {
    const before = await countsOf(driver);
    const cli = seedFolder(dir);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^5 articles: 0 loaded, 5 unchanged, 0 failed in /m);
    expect(await countsOf(driver)).toEqual(before);
  });

  it('reloads only the article that changed, leaving nothing of its old version', async () => {
    const [revisedArticle] = articles;
    if (!revisedArticle) throw new Error('no article generated');
    const before = await sources();
    const oldIntro = articleText(revisedArticle.index)
      .split('\n')
      .find((line) => line.startsWith('People often confuse'));
    writeFileSync(join(dir, `${revisedArticle.slug}.txt`), articleText(revisedArticle.index, undefined, 1));

    const cli = seedFolder(dir);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^5 articles: 1 loaded, 4 unchanged, 0 failed in /m);
    const after = await sources();
    const changed = after.filter((s, i) => s.sha256 !== before[i]?.sha256).map((s) => s.slug);
    expect(changed).toEqual([revisedArticle.slug]);
    expect(after.map((s) => s.statements)).toEqual(before.map((s) => s.statements));

    const intros = await testCypher(driver).read<{ text: string }>(
      'test',
      `MATCH (s:Statement {source: $slug}) WHERE s.text STARTS WITH 'People often confuse' RETURN s.text AS text`,
      { slug: revisedArticle.slug },
    );
    expect(intros.map((s) => s.text)).toHaveLength(1);
    expect(intros[0]?.text).toContain('Revised in edition 1');
    expect(intros[0]?.text).not.toBe(oldIntro);
    const [old] = await testCypher(driver).read<{ n: number }>(
      'test',
      'MATCH (s:Statement {text: $text}) RETURN count(s) AS n',
      { text: oldIntro },
    );
    expect(old?.n).toBe(0);
  });

  it('names every bad file with what is allowed, and writes nothing, not even the good changes', async () => {
    const before = await countsOf(driver);
    const beforeSources = await sources();
    const [, changedArticle] = articles;
    if (!changedArticle) throw new Error('no article generated');
    writeFileSync(join(dir, `${changedArticle.slug}.txt`), articleText(changedArticle.index, undefined, 2));
    writeFileSync(join(dir, 'Board vs Staff.txt'), articleText(0));
    writeFileSync(join(dir, 'empty-article.txt'), '  \n');
    try {
      const cli = seedFolder(dir);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain('Seed failed, nothing was written: 2 article files cannot be loaded:');
      expect(cli.stderr).toMatch(
        /Board vs Staff\.txt: not an article file name: an article is a UTF-8 text file named in kebab-case with the \.txt extension, such as my-new-article\.txt/,
      );
      expect(cli.stderr).toMatch(/empty-article\.txt: the file is empty/);
      expect(await countsOf(driver)).toEqual(before);
      expect(await sources()).toEqual(beforeSources);
    } finally {
      rmSync(join(dir, 'Board vs Staff.txt'));
      rmSync(join(dir, 'empty-article.txt'));
    }
  });
});
