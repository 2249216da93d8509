import { bundledArticles, loadArticle, loadCatalogue } from '../../src/ingest/loadArticle.ts';
import type { Catalogue } from '../../src/ingest/annotations.ts';
import { answerFromPlan } from './answer.ts';
import { goldFromCurated, layouts, readGoldFolder, type Layout } from './gold.ts';
import { addInto, emptyScore, scoreArticle, type Gold, type Score } from './score.ts';

export interface ArticleResult {
  slug: string;
  layout: Layout;
  score: Score;
  /** Milliseconds to read, clean, parse, extract and resolve the article (no database). */
  ms: number;
}

export interface SetResult {
  name: string;
  articles: ArticleResult[];
  total: Score;
}

function scoreOne(
  { slug, article, gold, layout }: { slug: string; article: string; gold: Gold; layout: Layout },
  catalogue: Catalogue,
): ArticleResult {
  const started = performance.now();
  const { plan } = loadArticle({ article, annotations: null }, catalogue);
  const ms = performance.now() - started;
  return { slug, layout, score: scoreArticle(gold, answerFromPlan(plan)), ms };
}

let warm = false;
// The first extraction in a process loads compromise's lexicon; time articles after that.
function warmUp(catalogue: Catalogue): void {
  if (warm) return;
  warm = true;
  for (const files of bundledArticles())
    loadArticle({ article: files.article, annotations: null }, catalogue);
}

function collect(name: string, articles: ArticleResult[]): SetResult {
  const total = emptyScore();
  for (const a of articles) addInto(total, a.score);
  return { name, articles, total };
}

/** Extraction alone on a folder of articles with gold files. */
export function evaluateFolder(name: string, dir: string, catalogue = loadCatalogue()): SetResult {
  warmUp(catalogue);
  return collect(
    name,
    readGoldFolder(dir).map((found) => scoreOne(found, catalogue)),
  );
}

/** Extraction alone on the bundled articles, scored against what their curated annotations say. */
export function evaluateSeeds(catalogue = loadCatalogue()): SetResult {
  return collect(
    'seed articles against their curated annotations',
    bundledArticles().flatMap((files) => {
      if (!files.annotations) return [];
      const gold = goldFromCurated(loadArticle(files, catalogue).plan);
      const slug = files.article
        .split('/')
        .at(-1)!
        .replace(/\.txt$/, '');
      return [scoreOne({ slug, article: files.article, gold, layout: 'familiar' }, catalogue)];
    }),
  );
}

/** The articles of several sets pooled by layout: one score per layout that has articles. */
export function byLayout(sets: readonly SetResult[]): { layout: Layout; articles: number; total: Score }[] {
  return layouts.flatMap((layout) => {
    const articles = sets.flatMap((set) => set.articles.filter((a) => a.layout === layout));
    if (articles.length === 0) return [];
    const total = emptyScore();
    for (const a of articles) addInto(total, a.score);
    return [{ layout, articles: articles.length, total }];
  });
}
