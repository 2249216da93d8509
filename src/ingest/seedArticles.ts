import type { CypherExecutor } from '../db/cypher.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { readGraphCounts, type GraphCounts } from '../data/graphCounts.ts';
import { changeGraph } from '../data/graphVersion.ts';
import { catalogueWith } from './annotations.ts';
import { readArticleFile, shownPath, type ArticleOnDisk } from './articleFolder.ts';
import { catalogueWithGraph } from './knownEntities.ts';
import { loadArticle, loadCatalogue, type ArticleFiles, type LoadedArticle } from './loadArticle.ts';
import type { GraphPlan } from './plan/graphPlan.ts';
import { planWrite } from './plan/writeBatch.ts';
import {
  defaultReadLimits,
  isOutOfTransactionMemory,
  outOfTransactionMemory,
  regularFileSize,
  shownSize,
  type ReadLimits,
} from './readLimits.ts';
import { ensureSchema } from './write/schema.ts';
import { writeBatch } from './write/writeGraph.ts';

export { articleFolder, allowedArticleFiles, type ArticleFolder } from './articleFolder.ts';

/** What one article put in the graph. */
export interface ArticleSummary {
  slug: string;
  sections: number;
  statements: number;
  claims: number;
  /** What the load reports about it without refusing it (tiers it could not place on the ladder). */
  notes: string[];
  /** Why a page with content was loaded without claims (extraction found none), if it was. */
  warning?: string;
}

/** An article file that could not be loaded, and why. */
export interface ArticleProblem {
  file: string;
  message: string;
}

export interface SeedReport {
  /** The articles written, in the order given. */
  articles: ArticleSummary[];
  /** Slugs skipped because their file is the version the graph already holds. */
  unchanged: string[];
  /** Articles whose write failed: each is still in its previous version (or absent). */
  failed: ArticleProblem[];
  /** What was loaded but looks wrong: names of mixed or unexpected scripts (nameScripts.ts). */
  warnings: ArticleProblem[];
  /** From the first file read to the last commit. */
  seconds: number;
  /** Of which reading, parsing and resolving (the rest is writing, schema check included). */
  readSeconds: number;
  /** Nodes per label and relationships per type once the load is done (the data layer's counts). */
  counts: GraphCounts;
}

export type SeedProgress =
  /** Read, parsed and resolved (or found unchanged): `done` of `total` files. */
  | { stage: 'read'; done: number; total: number }
  /** A write transaction committed: `done` of `total` articles to write, `written` in it. */
  | { stage: 'write'; done: number; total: number; written: ArticleSummary[] };

export interface SeedOptions {
  /** Skip, without parsing it, an article whose file has the sha256 its Source node stores. */
  skipUnchanged?: boolean;
  /** Articles per write transaction (each article lies whole in one); default: all in one. */
  batchSize?: number;
  /**
   * When a batch's write fails for a reason other than the database being unavailable, write its
   * articles one per transaction so one bad article fails alone; otherwise the error is thrown.
   */
  isolateFailures?: boolean;
  /** Called outside any transaction function, so a retried transaction never reports twice. */
  onProgress?: (progress: SeedProgress) => void;
  /** What the loader agrees to read (readLimits.ts); default: `defaultReadLimits`. */
  limits?: ReadLimits;
  /** Let an article without annotations replace a source whose claims were curated. */
  replaceCurated?: boolean;
}

/**
 * Articles per transaction for a folder. Each transaction has a fixed cost (its statements per
 * label and type, and the entity clean-up over the whole graph), so fewer transactions load
 * faster, up to about this size (docs/articles-benchmark.md); larger ones gain nothing and hold
 * more of Neo4j's transaction memory.
 */
export const defaultBatchSize = 100;

/** Every problem with the given article files, found before anything was written. */
export class ArticleProblems extends Error {
  readonly problems: ArticleProblem[];

  constructor(problems: ArticleProblem[]) {
    const count = problems.length === 1 ? '1 article file' : `${problems.length} article files`;
    super(`${count} cannot be loaded:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
    this.name = 'ArticleProblems';
    this.problems = problems;
  }
}

/** The database failed part-way through a batched load: the batches committed before it stay. */
export class SeedInterrupted extends Error {
  readonly written: number;

  constructor(written: number, total: number, cause: unknown) {
    super(
      `the database failed after ${written} of ${total} articles were written (each article is whole, old or new); ` +
        `run again to load the rest: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'SeedInterrupted';
    this.written = written;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Why a write failed, in words: Neo4j's own message, but for its transaction memory running out. */
const writeFailure = (error: unknown) =>
  isOutOfTransactionMemory(error) ? outOfTransactionMemory : messageOf(error);

/** The run's files are larger together than a run may read: refused before any is read. */
function checkRunSize(files: readonly ArticleFiles[], limits: ReadLimits): void {
  const sized = files.map((f) => ({ file: f.article, bytes: regularFileSize(f.article) }));
  const total = sized.reduce((sum, f) => sum + f.bytes, 0);
  if (total <= limits.maxRunBytes) return;
  const largest = [...sized]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((f) => `${shownPath(f.file)} (${shownSize(f.bytes)})`);
  throw new ArticleProblems([
    {
      file: `the ${files.length} article files`,
      message:
        `${shownSize(total)} together, more than the ${shownSize(limits.maxRunBytes)} one run may read ` +
        `(--max-run-size): load them in several runs, or raise the limit; the largest: ${largest.join(', ')}`,
    },
  ]);
}

/** What the graph holds of a source: the hash of its text and how its claims came in. */
interface StoredSource {
  sha256: string | null;
  method: string | null;
}

// The stored hash and claim method of each source among the slugs.
const storedSourcesQuery =
  'MATCH (s:Source) WHERE s.slug IN $slugs RETURN s.slug AS slug, s.sha256 AS sha256, s.method AS method';

async function storedSources(cypher: CypherExecutor, slugs: string[]): Promise<Map<string, StoredSource>> {
  const rows = await cypher.read<{ slug: string } & StoredSource>('seed.storedSources', storedSourcesQuery, {
    slugs,
  });
  return new Map(rows.map((row) => [row.slug, { sha256: row.sha256, method: row.method }]));
}

/**
 * Why an article file may not replace what the graph holds, or null: a source whose claims were
 * curated (from annotations) is replaced by one without annotations, whose claims extraction would
 * read, only when asked (`replaceCurated`, the CLI's --force).
 */
function curatedReplaced(article: ArticleOnDisk, stored: StoredSource | undefined): string | null {
  if (article.files.annotations !== null || stored?.method !== 'CURATED') return null;
  return (
    `the graph holds "${article.slug}" with curated claims (from its annotations), and this file comes without ` +
    'annotations: loading it would replace them with claims extracted from the text. Put its annotations ' +
    `beside it (${article.slug}.yaml) or give them with --annotations, or pass --force to replace them`
  );
}

/** An article read, parsed and resolved: only what the write needs (a thousand parsed articles weigh). */
interface ReadyArticle {
  file: string;
  plan: GraphPlan;
  summary: ArticleSummary;
}

function summarise({
  parsed,
  plan,
  extraction,
}: Pick<LoadedArticle, 'parsed' | 'plan' | 'extraction'>): ArticleSummary {
  return {
    slug: parsed.slug,
    sections: parsed.sections.length,
    statements: parsed.statements.length,
    claims: plan.relationships.filter((r) => Array.isArray(r.props['evidence'])).length,
    notes: plan.notes ?? [],
    ...(extraction?.noClaims ? { warning: extraction.noClaims } : {}),
  };
}

interface ReadArticles {
  ready: ReadyArticle[];
  unchanged: string[];
  warnings: ArticleProblem[];
}

/**
 * Every file read, cleaned, parsed and resolved, none written: an unchanged one (same hash as its
 * Source node, no annotations) is skipped with `skipUnchanged`, and every bad file is reported
 * together in `ArticleProblems`. Entities earlier articles brought in, in the graph or earlier in
 * this run, are joined rather than made again.
 */
async function readArticles(
  cypher: CypherExecutor,
  files: readonly ArticleFiles[],
  {
    skipUnchanged = false,
    onProgress = () => undefined,
    limits = defaultReadLimits,
    replaceCurated = false,
  }: SeedOptions,
): Promise<ReadArticles> {
  checkRunSize(files, limits);
  const problems: ArticleProblem[] = [];
  const onDisk: ArticleOnDisk[] = [];
  for (const file of files) {
    try {
      onDisk.push(readArticleFile(file, limits));
    } catch (error) {
      problems.push({ file: shownPath(file.article), message: messageOf(error) });
    }
  }
  const stored = await storedSources(
    cypher,
    onDisk.map((a) => a.slug),
  );
  let catalogue = await catalogueWithGraph(cypher, loadCatalogue());
  const ready: ReadyArticle[] = [];
  const unchanged: string[] = [];
  const warnings: ArticleProblem[] = [];
  let done = problems.length;
  for (const article of onDisk) {
    const held = stored.get(article.slug);
    const refusal = replaceCurated ? null : curatedReplaced(article, held);
    if (skipUnchanged && article.files.annotations === null && held?.sha256 === article.sha256) {
      unchanged.push(article.slug);
    } else if (refusal) {
      problems.push({ file: shownPath(article.files.article), message: refusal });
    } else {
      try {
        const loaded = loadArticle(article.files, catalogue, limits);
        catalogue = catalogueWith(catalogue, loaded.extraction?.annotations.entities);
        const file = shownPath(article.files.article);
        warnings.push(...loaded.warnings.map((message) => ({ file, message })));
        ready.push({ file: article.files.article, plan: loaded.plan, summary: summarise(loaded) });
      } catch (error) {
        problems.push({ file: shownPath(article.files.article), message: messageOf(error) });
      }
    }
    done += 1;
    onProgress({ stage: 'read', done, total: files.length });
  }
  if (problems.length > 0) throw new ArticleProblems(problems);
  return { ready, unchanged, warnings };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Writes the articles `batchSize` to a transaction; a batch's write is planned before its
 * transaction opens, and progress is reported only after its commit, never inside the
 * transaction function the driver may retry. A batch that fails is written again one article per
 * transaction with `isolateFailures`, so only a bad article fails.
 */
async function writeArticles(
  cypher: CypherExecutor,
  ready: readonly ReadyArticle[],
  {
    batchSize = Number.POSITIVE_INFINITY,
    isolateFailures = false,
    onProgress = () => undefined,
  }: SeedOptions,
): Promise<{ written: ArticleSummary[]; failed: ArticleProblem[] }> {
  const written: ArticleSummary[] = [];
  const failed: ArticleProblem[] = [];
  const write = async (articles: readonly ReadyArticle[]): Promise<void> => {
    const batch = planWrite(articles.map((article) => article.plan));
    await changeGraph(cypher, 'seed.articles', (tx) => writeBatch(tx, batch));
  };
  onProgress({ stage: 'write', done: 0, total: ready.length, written: [] });
  await ensureSchema(cypher);
  for (const batch of batches(ready, Math.max(1, batchSize))) {
    const committed: ArticleSummary[] = [];
    try {
      await write(batch);
      committed.push(...batch.map((article) => article.summary));
    } catch (error) {
      if (!isolateFailures && isOutOfTransactionMemory(error))
        throw new ArticleProblems(
          batch.map((a) => ({ file: shownPath(a.file), message: writeFailure(error) })),
        );
      if (!isolateFailures) throw error;
      if (isDatabaseUnavailable(error)) throw new SeedInterrupted(written.length, ready.length, error);
      for (const article of batch) {
        try {
          await write([article]);
          committed.push(article.summary);
        } catch (articleError) {
          if (isDatabaseUnavailable(articleError))
            throw new SeedInterrupted(written.length + committed.length, ready.length, articleError);
          failed.push({ file: shownPath(article.file), message: writeFailure(articleError) });
        }
      }
    }
    written.push(...committed);
    onProgress({
      stage: 'write',
      done: written.length + failed.length,
      total: ready.length,
      written: committed,
    });
  }
  return { written, failed };
}

/**
 * Loads article files into the graph: every file is read, parsed and resolved first, and every
 * bad file reported together in `ArticleProblems` before the database is written; then the
 * articles are written `batchSize` to a transaction, each replacing its source's previous
 * version, so every article is at all times either wholly its old version or wholly its new one.
 */
export async function seedArticles(
  cypher: CypherExecutor,
  files: readonly ArticleFiles[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now();
  const { ready, unchanged, warnings } = await readArticles(cypher, files, options);
  const readSeconds = (performance.now() - started) / 1000;
  const { written, failed } =
    ready.length === 0 ? { written: [], failed: [] } : await writeArticles(cypher, ready, options);
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: written,
    unchanged,
    failed,
    warnings,
    seconds,
    readSeconds,
    counts: await readGraphCounts(cypher),
  };
}

/**
 * Loads the given articles all-or-nothing: parsed and resolved first (a bad annotation fails
 * here, before the database is touched), then written in one transaction that replaces each
 * source's previous version, so a failure leaves the database as it was. `progress` gets a line
 * per article once the transaction has committed.
 */
export async function seedGraph(
  cypher: CypherExecutor,
  files: readonly ArticleFiles[],
  progress: (line: string) => void = () => undefined,
  options: Pick<SeedOptions, 'limits' | 'replaceCurated'> = {},
): Promise<SeedReport> {
  return seedArticles(cypher, files, {
    ...options,
    onProgress: (event) => {
      if (event.stage !== 'write') return;
      for (const a of event.written) {
        progress(
          `  ${a.slug}: ${a.sections} sections, ${a.statements} statements, ${a.claims} sourced claims` +
            (a.warning ? `\n  warning: ${a.slug}: ${a.warning}` : ''),
        );
        for (const note of a.notes) progress(`    ${note}`);
      }
    },
  });
}
