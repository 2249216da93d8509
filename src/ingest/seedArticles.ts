import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CypherExecutor } from '../db/cypher.ts';
import type { Logger } from '../logger.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import {
  bundledArticles,
  loadArticle,
  loadCatalogue,
  type ArticleFiles,
  type LoadedArticle,
} from './loadArticle.ts';
import { decodeArticle } from './clean/articleText.ts';
import { catalogueWith } from './annotations.ts';
import type { GraphPlan } from './plan/graphPlan.ts';
import { catalogueWithGraph } from './knownEntities.ts';
import { ensureSchema, graphCounts, writePlans, type GraphCounts } from './write/writeGraph.ts';

/** What one article put in the graph. */
export interface ArticleSummary {
  slug: string;
  sections: number;
  statements: number;
  claims: number;
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
  /** From the first file read to the last commit. */
  seconds: number;
  /** Of which reading, parsing and resolving (the rest is writing, schema check included). */
  readSeconds: number;
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

/** The files of an article folder: its articles with their annotations, and what is not read. */
export interface ArticleFolder {
  articles: ArticleFiles[];
  /** Files that are neither a `.txt` article nor the `.yaml` annotations beside one. */
  ignored: string[];
}

/**
 * Lists a folder (not its subfolders): every `*.txt` is an article (a badly named one is reported
 * when it is read), `NAME.yaml` beside `NAME.txt` holds its annotations, hidden files are skipped
 * and anything else (a README, gold files) is returned as ignored.
 */
export function articleFolder(dir: string): ArticleFolder {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`${dir}: cannot list the article folder (${errorCode(error)})`, { cause: error });
  }
  const articleNames = new Set(names.filter((name) => /\.txt$/i.test(name)));
  const articles: ArticleFiles[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    if (articleNames.has(name)) {
      const yaml = name.replace(/\.txt$/i, '.yaml');
      articles.push({ article: join(dir, name), annotations: names.includes(yaml) ? join(dir, yaml) : null });
    } else if (!(name.endsWith('.yaml') && articleNames.has(name.replace(/\.yaml$/, '.txt')))) {
      ignored.push(name);
    }
  }
  return { articles, ignored };
}

const articleFileName = /^[a-z0-9]+(-[a-z0-9]+)*\.txt$/;
export const allowedArticleFiles =
  'an article is a UTF-8 text file named in kebab-case with the .txt extension, such as my-new-article.txt ' +
  '(lowercase letters, digits, single hyphens), with its annotations, if any, in my-new-article.yaml beside it';

interface ArticleOnDisk {
  files: ArticleFiles;
  slug: string;
  sha256: string;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : String(error);
}

/** Checks an article file's name and reads it for its hash; the message says what is wrong. */
function readArticleFile(files: ArticleFiles): ArticleOnDisk {
  const name = basename(files.article);
  if (!articleFileName.test(name)) throw new Error(`not an article file name: ${allowedArticleFiles}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(files.article);
  } catch (error) {
    const code = errorCode(error);
    throw new Error(code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`, { cause: error });
  }
  const raw = decodeArticle(bytes, files.encoding);
  // Hashed as loadArticle hashes it for the Source node, so the two compare equal.
  return { files, slug: name.replace(/\.txt$/, ''), sha256: createHash('sha256').update(raw).digest('hex') };
}

// The stored hash of each source among the slugs.
const storedHashesQuery = 'MATCH (s:Source) WHERE s.slug IN $slugs RETURN s.slug AS slug, s.sha256 AS sha256';

async function storedHashes(cypher: CypherExecutor, slugs: string[]): Promise<Map<string, string>> {
  const rows = await cypher.read<{ slug: string; sha256: string | null }>(
    'seed.storedHashes',
    storedHashesQuery,
    { slugs },
  );
  return new Map(rows.flatMap((row) => (row.sha256 ? [[row.slug, row.sha256] as const] : [])));
}

function shownPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}

interface ReadyArticle {
  file: string;
  plan: GraphPlan;
  summary: ArticleSummary;
}

function summarise({ parsed, plan }: Pick<LoadedArticle, 'parsed' | 'plan'>): ArticleSummary {
  return {
    slug: parsed.slug,
    sections: parsed.sections.length,
    statements: parsed.statements.length,
    claims: plan.relationships.filter((r) => Array.isArray(r.props['evidence'])).length,
  };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Loads article files into the graph. Every file is read, parsed and resolved first (one whose
 * hash the graph already holds is skipped with `skipUnchanged`; one with annotations is always
 * reloaded, since the hash covers only the article), and every bad file is reported together in
 * `ArticleProblems` before the database is written. Then the articles are written `batchSize` to
 * a transaction, each replacing its source's previous version, so every article is at all times
 * either wholly its old version or wholly its new one.
 */
export async function seedArticles(
  cypher: CypherExecutor,
  files: readonly ArticleFiles[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const {
    skipUnchanged = false,
    batchSize = Number.POSITIVE_INFINITY,
    isolateFailures = false,
    onProgress = () => undefined,
  } = options;
  const started = performance.now();
  const problems: ArticleProblem[] = [];
  const onDisk: ArticleOnDisk[] = [];
  for (const file of files) {
    try {
      onDisk.push(readArticleFile(file));
    } catch (error) {
      problems.push({
        file: shownPath(file.article),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const stored = skipUnchanged
    ? await storedHashes(
        cypher,
        onDisk.map((a) => a.slug),
      )
    : new Map<string, string>();

  // Entities earlier articles brought in, in the graph or earlier in this run, are joined rather than made again.
  let catalogue = await catalogueWithGraph(cypher, loadCatalogue());
  // Only what the write needs is kept: a thousand parsed articles and extractions weigh.
  const loaded: ReadyArticle[] = [];
  const unchanged: string[] = [];
  let done = problems.length;
  for (const article of onDisk) {
    if (article.files.annotations === null && stored.get(article.slug) === article.sha256) {
      unchanged.push(article.slug);
    } else {
      try {
        const { parsed, plan, extraction } = loadArticle(article.files, catalogue);
        catalogue = catalogueWith(catalogue, extraction?.annotations.entities);
        loaded.push({ file: article.files.article, plan, summary: summarise({ parsed, plan }) });
      } catch (error) {
        problems.push({
          file: shownPath(article.files.article),
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    done += 1;
    onProgress({ stage: 'read', done, total: files.length });
  }
  if (problems.length > 0) throw new ArticleProblems(problems);
  const readSeconds = (performance.now() - started) / 1000;

  if (loaded.length === 0) {
    return {
      articles: [],
      unchanged,
      failed: [],
      seconds: readSeconds,
      readSeconds,
      counts: await graphCounts(cypher),
    };
  }
  onProgress({ stage: 'write', done: 0, total: loaded.length, written: [] });
  await ensureSchema(cypher);
  const written: ArticleSummary[] = [];
  const failed: ArticleProblem[] = [];
  const writeBatch = async (batch: readonly ReadyArticle[]): Promise<void> => {
    await cypher.inTransaction('WRITE', 'seed.articles', (tx) =>
      writePlans(
        tx,
        batch.map((article) => article.plan),
      ),
    );
  };
  for (const batch of batches(loaded, Math.max(1, batchSize))) {
    const committed: ArticleSummary[] = [];
    try {
      await writeBatch(batch);
      committed.push(...batch.map((article) => article.summary));
    } catch (error) {
      if (!isolateFailures) throw error;
      if (isDatabaseUnavailable(error)) throw new SeedInterrupted(written.length, loaded.length, error);
      for (const article of batch) {
        try {
          await writeBatch([article]);
          committed.push(article.summary);
        } catch (articleError) {
          if (isDatabaseUnavailable(articleError))
            throw new SeedInterrupted(written.length + committed.length, loaded.length, articleError);
          failed.push({
            file: shownPath(article.file),
            message: articleError instanceof Error ? articleError.message : String(articleError),
          });
        }
      }
    }
    written.push(...committed);
    onProgress({
      stage: 'write',
      done: written.length + failed.length,
      total: loaded.length,
      written: committed,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return { articles: written, unchanged, failed, seconds, readSeconds, counts: await graphCounts(cypher) };
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
): Promise<SeedReport> {
  return seedArticles(cypher, files, {
    onProgress: (event) => {
      if (event.stage !== 'write') return;
      for (const a of event.written)
        progress(
          `  ${a.slug}: ${a.sections} sections, ${a.statements} statements, ${a.claims} sourced claims`,
        );
    },
  });
}

/** Whether any article has been loaded (the server seeds an empty database on start). */
export async function hasSources(cypher: CypherExecutor): Promise<boolean> {
  const rows = await cypher.read<{ found: boolean }>(
    'hasSources',
    'RETURN EXISTS { MATCH (:Source) } AS found',
  );
  return rows[0]?.found ?? false;
}

/** What `npm start` does first: seed the bundled articles into an empty database, and only then. */
export async function seedIfEmpty(cypher: CypherExecutor, log: Logger): Promise<SeedReport | null> {
  if (await hasSources(cypher)) {
    log.info('database already holds sources: not seeding');
    return null;
  }
  log.info('database is empty: seeding the bundled articles');
  const report = await seedGraph(cypher, bundledArticles(), (line) => log.info(line.trim()));
  log.info({ nodes: report.counts.nodes }, 'seeded');
  return report;
}

/**
 * `seedIfEmpty`, retried every few seconds while the database is unavailable. Resolves true once
 * the graph is seeded (or already was), false when stopped or after one failed attempt with
 * `firstAttemptOnly`. A bad article or annotation is not retried: it is logged as an error.
 */
export async function seedWhenAvailable(
  cypher: CypherExecutor,
  log: Logger,
  signal: AbortSignal,
  { firstAttemptOnly = false, retryMs = 3_000 }: { firstAttemptOnly?: boolean; retryMs?: number } = {},
): Promise<boolean> {
  while (!signal.aborted) {
    try {
      await seedIfEmpty(cypher, log);
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        log.error({ err: error }, 'seeding failed');
        return false;
      }
      if (firstAttemptOnly) {
        log.warn('database unavailable: starting without it; seeding when it answers');
        return false;
      }
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, retryMs).unref());
  }
  return false;
}
