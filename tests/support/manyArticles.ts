import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { writeArticles } from '../../bench/articles/generate.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { bundledArticles, type ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { seedArticles } from '../../src/ingest/seedArticles.ts';
import { testCypher } from './seededGraph.ts';

const fixtureFolders = ['dev', 'holdout', 'own'].map((folder) =>
  join(projectRoot, 'tests', 'fixtures', 'extraction', folder),
);

/** The extraction fixtures' articles, each loaded without annotations (its claims extracted). */
export function fixtureArticles(): ArticleFiles[] {
  return fixtureFolders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ article: join(folder, name), annotations: null })),
  );
}

const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.txt$/, '');

/**
 * Brings the test graph to `total` articles: the bundled two, then the extraction fixtures, then
 * as many of the benchmark's generated articles as are missing (those whose slug is taken are
 * skipped), loaded as `npm run seed -- --articles` loads a folder.
 */
export async function seedUpTo(driver: Driver, total: number): Promise<void> {
  const wanted = [...bundledArticles(), ...fixtureArticles()];
  const taken = new Set(wanted.map((files) => slugOf(files.article)));
  const dir = mkdtempSync(join(tmpdir(), 'org-graph-articles-'));
  try {
    const generated = writeArticles(dir, Math.max(0, total - wanted.length) * 2 + 10)
      .filter((article) => !taken.has(article.slug))
      .map((article) => ({ article: join(dir, `${article.slug}.txt`), annotations: null }));
    const files = [...wanted, ...generated].slice(0, total);
    await seedArticles(testCypher(driver), files, { skipUnchanged: true, batchSize: 100 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
