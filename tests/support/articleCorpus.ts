import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundledArticles, type ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { projectRoot } from '../../src/projectRoot.ts';

const fixtures = join(projectRoot, 'tests', 'fixtures');

/** Folders of articles of the genre kept for tests, each `NAME.txt` with `NAME.yaml` beside it when curated. */
const corpusFolders = [
  join(fixtures, 'extraction', 'dev'),
  join(fixtures, 'extraction', 'own'),
  join(fixtures, 'extraction', 'holdout'),
  join(fixtures, 'articles'),
  join(fixtures, 'corpus'),
];

function folderArticles(dir: string): ArticleFiles[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const annotations = join(dir, name.replace(/\.txt$/, '.yaml'));
      return { article: join(dir, name), annotations: existsSync(annotations) ? annotations : null };
    });
}

/**
 * Every real article the repository keeps: the two bundled ones (curated) and the test sets'
 * (the extraction sets' and the others', their claims extracted unless annotated), each slug
 * once, the bundled version first.
 */
export function articleCorpus(): ArticleFiles[] {
  const bySlug = new Map<string, ArticleFiles>();
  for (const files of [...bundledArticles(), ...corpusFolders.flatMap(folderArticles)]) {
    const slug = basename(files.article, '.txt');
    if (!bySlug.has(slug)) bySlug.set(slug, files);
  }
  return [...bySlug.values()];
}
