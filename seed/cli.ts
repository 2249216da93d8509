import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../src/config.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { ManagedNeo4jError } from '../src/db/managed/errors.ts';
import { resolveNeo4jTarget } from '../src/db/neo4jTarget.ts';
import { createLogger } from '../src/logger.ts';
import { bundledArticles, loadArticle, loadCatalogue, type ArticleFiles } from '../src/ingest/loadArticle.ts';
import { draftAnnotations } from '../src/ingest/extract/draft.ts';
import { AnnotationError } from '../src/ingest/annotations.ts';
import { articleEncodings, ArticleTextError, type ArticleEncoding } from '../src/ingest/clean/articleText.ts';
import { defaultReadLimits, parseSize, shownSize, type ReadLimits } from '../src/ingest/readLimits.ts';
import type { GraphCounts } from '../src/data/graphCounts.ts';
import {
  articleFolder,
  ArticleProblems,
  defaultBatchSize,
  seedArticles,
  SeedInterrupted,
  seedGraph,
  type ArticleFolder,
  type SeedProgress,
  type SeedReport,
} from '../src/ingest/seedArticles.ts';

const usage = `usage: npm run seed [-- --article FILE [--annotations FILE | --draft FILE] | --articles DIR [--batch-size N] [--force]]
                   [--max-article-size SIZE] [--max-run-size SIZE] [--max-statements N]

  (no options)     load the bundled articles in seed/articles/ with their annotations
  --article        add or replace one more article of the same plain-text shape; without
                   --annotations its claims are extracted from the text
  --annotations    its curated claims (YAML, same schema as seed/annotations/*.yaml)
  --encoding       the article files' text encoding when not UTF-8 (${articleEncodings.join(', ')})
  --draft          do not load: write what extraction finds in the article as an annotations file
                   to review and then load with --annotations (needs no database)
  --articles       load every NAME.txt in DIR (not its subfolders), with NAME.yaml beside it as its
                   annotations when present; an article whose file the graph already holds
                   (same sha256) is skipped, unless it has annotations; other files are ignored
  --batch-size     articles per write transaction with --articles (default ${defaultBatchSize})
  --force          with --articles, reload unchanged articles too (after a pipeline change); with
                   either, let an article without annotations replace one whose claims are curated
  --max-article-size  largest article or annotation file read (default ${shownSize(defaultReadLimits.maxArticleBytes)}; 512KB, 4MB, ...)
  --max-run-size   largest total of the article files of one run (default ${shownSize(defaultReadLimits.maxRunBytes)})
  --max-statements most statements one article may have (default ${defaultReadLimits.maxStatements})
  Only regular files are read (a link is followed and what it leads to checked).`;

/** What the command line asks for, and the bounds of what it reads. */
type Work =
  | { kind: 'files'; files: ArticleFiles[]; force?: boolean }
  | { kind: 'draft'; files: ArticleFiles; draft: string }
  | { kind: 'folder'; dir: string; folder: ArticleFolder; batchSize: number; force: boolean };
type Plan = Work & { limits: ReadLimits };

/** `--max-article-size`, `--max-run-size`, `--max-statements`, each checked, over the defaults. */
function chosenLimits(values: {
  'max-article-size'?: string | undefined;
  'max-run-size'?: string | undefined;
  'max-statements'?: string | undefined;
}): ReadLimits {
  const size = (option: 'max-article-size' | 'max-run-size', fallback: number) => {
    const given = values[option];
    if (given === undefined) return fallback;
    const bytes = parseSize(given);
    if (bytes === null) throw new Error(`--${option} must be a size such as 2MB, 512KB or 1GB\n${usage}`);
    return bytes;
  };
  const statements = Number(values['max-statements'] ?? defaultReadLimits.maxStatements);
  if (!Number.isInteger(statements) || statements < 1)
    throw new Error(`--max-statements must be a whole number of at least 1\n${usage}`);
  return {
    maxArticleBytes: size('max-article-size', defaultReadLimits.maxArticleBytes),
    maxRunBytes: size('max-run-size', defaultReadLimits.maxRunBytes),
    maxStatements: statements,
  };
}

function chosenPlan(argv: string[]): Plan {
  const { values } = parseArgs({ args: argv, options: cliOptions, strict: true });
  return { ...plannedWork(values), limits: chosenLimits(values) };
}

const cliOptions = {
  article: { type: 'string' },
  annotations: { type: 'string' },
  draft: { type: 'string' },
  encoding: { type: 'string' },
  articles: { type: 'string' },
  'batch-size': { type: 'string' },
  force: { type: 'boolean' },
  'max-article-size': { type: 'string' },
  'max-run-size': { type: 'string' },
  'max-statements': { type: 'string' },
  help: { type: 'boolean' },
} as const;

type CliValues = ReturnType<typeof parseArgs<{ options: typeof cliOptions }>>['values'];

function plannedWork(values: CliValues): Work {
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (values.annotations && !values.article) throw new Error(`--annotations needs --article\n${usage}`);
  const encoding = chosenEncoding(values.encoding);
  if (encoding && !values.article && values.articles === undefined)
    throw new Error(`--encoding goes with --article or --articles\n${usage}`);
  const withEncoding = (files: ArticleFiles): ArticleFiles => (encoding ? { ...files, encoding } : files);
  if (values.draft !== undefined) {
    if (!values.article) throw new Error(`--draft needs --article\n${usage}`);
    if (values.annotations)
      throw new Error(`--draft writes annotations; it cannot take --annotations too\n${usage}`);
    return {
      kind: 'draft',
      files: withEncoding({ article: resolve(values.article), annotations: null }),
      draft: resolve(values.draft),
    };
  }
  if (values.articles !== undefined) {
    if (values.article) throw new Error(`--articles and --article cannot be combined\n${usage}`);
    return folderPlan(values.articles, values['batch-size'], values.force ?? false, withEncoding);
  }
  if (values['batch-size'] !== undefined) throw new Error(`--batch-size goes with --articles\n${usage}`);
  if (values.force && !values.article) throw new Error(`--force goes with --article or --articles\n${usage}`);
  if (!values.article) return { kind: 'files', files: bundledArticles() };
  return {
    kind: 'files',
    force: values.force ?? false,
    files: [
      withEncoding({
        article: resolve(values.article),
        annotations: values.annotations ? resolve(values.annotations) : null,
      }),
    ],
  };
}

/** `--articles DIR [--batch-size N] [--force]`. */
function folderPlan(
  articles: string,
  batchSizeOption: string | undefined,
  force: boolean,
  withEncoding: (files: ArticleFiles) => ArticleFiles,
): Work {
  const batchSize = Number(batchSizeOption ?? defaultBatchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch-size must be a whole number of at least 1\n${usage}`);
  const dir = resolve(articles);
  const folder = articleFolder(dir);
  return {
    kind: 'folder',
    dir,
    folder: { ...folder, articles: folder.articles.map(withEncoding) },
    batchSize,
    force,
  };
}

function chosenEncoding(value: string | undefined): ArticleEncoding | null {
  if (value === undefined) return null;
  const known = articleEncodings.find((e) => e === value.toLowerCase());
  if (!known)
    throw new Error(
      `--encoding ${value} is not one this loader reads; use one of ${articleEncodings.join(', ')}`,
    );
  return known;
}

function printCounts(counts: GraphCounts): void {
  const rows = (counts: ReadonlyMap<string, number>) =>
    [...counts]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, count]) => `    ${name.padEnd(22)} ${String(count).padStart(5)}`)
      .join('\n');
  console.log(
    `Graph now holds:\n  nodes\n${rows(counts.nodes)}\n  relationships\n${rows(counts.relationships)}`,
  );
}

function printWarnings(warnings: readonly { file: string; message: string }[]): void {
  for (const warning of warnings) console.error(`  warning: ${warning.file}: ${warning.message}`);
}

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** `1000 articles: 998 loaded, 2 unchanged, 0 failed in 58.3 s (17.1 articles/s); graph now ...` */
function summaryLine(report: SeedReport): string {
  const count = report.articles.length + report.unchanged.length + report.failed.length;
  const rate = count / Math.max(report.seconds, 0.001);
  return (
    `${count} articles: ${report.articles.length} loaded, ${report.unchanged.length} unchanged, ${report.failed.length} failed ` +
    `in ${report.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s; reading ${report.readSeconds.toFixed(1)} s, ` +
    `writing ${(report.seconds - report.readSeconds).toFixed(1)} s); ` +
    `graph now ${total(report.counts.nodes)} nodes, ${total(report.counts.relationships)} relationships`
  );
}

const stageNames = { read: 'read ', write: 'write' } as const;

/**
 * Progress on stderr: a bar per stage on a terminal, else a line per tenth of each stage (so a
 * log file gets a few lines, not a thousand).
 */
function progressReporter(): { onProgress: (progress: SeedProgress) => void; stop: () => void } {
  const stream = process.stderr;
  let bar: SingleBar | null = null;
  let stage: SeedProgress['stage'] | null = null;
  let lastTenth = -1;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  const onProgress = (progress: SeedProgress) => {
    if (progress.stage !== stage) {
      stop();
      stage = progress.stage;
      lastTenth = -1;
      if (stream.isTTY) {
        bar = new SingleBar(
          {
            stream,
            format: `${stageNames[progress.stage]} {bar} {value}/{total} articles | {duration_formatted} | ETA {eta_formatted}`,
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(progress.total, 0);
      }
    }
    if (bar) {
      bar.update(progress.done);
      return;
    }
    const tenth = Math.floor((progress.done * 10) / Math.max(progress.total, 1));
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`${stageNames[progress.stage]} ${progress.done}/${progress.total} articles\n`);
    }
  };
  return { onProgress, stop };
}

/** What extraction finds in one article, written as annotations for a curator; the database is not touched. */
function writeDraft(files: ArticleFiles, draft: string, limits: ReadLimits): void {
  const { article } = files;
  const { extraction, warnings } = loadArticle(files, loadCatalogue(), limits);
  printWarnings(warnings.map((message) => ({ file: article, message })));
  if (!extraction) throw new Error(`${article}: nothing was extracted`);
  writeFileSync(draft, draftAnnotations(extraction, basename(article)));
  if (extraction.noClaims) console.warn(`warning: ${basename(article)}: ${extraction.noClaims}`);
  const { annotations } = extraction;
  const items = (lists: typeof annotations.responsibilities) =>
    lists.reduce((n, list) => n + list.items.length, 0);
  const tiers = new Set(
    [...annotations.memberships, ...annotations.responsibilities, ...annotations.skills].map(
      (claim) => claim.tier,
    ),
  );
  console.log(
    `Wrote ${draft}: ${tiers.size} tiers, ` +
      `${annotations.memberships.reduce((n, m) => n + m.roles.length, 0)} role placements, ${items(annotations.responsibilities)} responsibilities, ` +
      `${items(annotations.skills)} skills, ${annotations.dimensions.length} dimensions. Review it, then load it with --article ${article} --annotations ${draft}`,
  );
}

async function main(): Promise<void> {
  const plan = chosenPlan(process.argv.slice(2));
  if (plan.kind === 'draft') {
    writeDraft(plan.files, plan.draft, plan.limits);
    return;
  }
  const config = loadConfig();
  const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const target = await resolveNeo4jTarget(config, log);
  const driver = createDriver(target, log);
  try {
    const cypher = new CypherExecutor(driver, { database: target.database, timeoutMs: 120_000 });
    if (plan.kind === 'files') {
      console.log(`Seeding ${target.uri} (${target.origin}) with ${plan.files.length} article(s):`);
      const report = await seedGraph(cypher, plan.files, (line) => console.log(line), {
        limits: plan.limits,
        replaceCurated: plan.force ?? false,
      });
      printWarnings(report.warnings);
      printCounts(report.counts);
      return;
    }
    const { folder } = plan;
    console.log(
      `Seeding ${target.uri} (${target.origin}) from ${plan.dir}: ${folder.articles.length} article file(s)`,
    );
    if (folder.ignored.length > 0)
      console.log(`  ignored (not NAME.txt, nor NAME.yaml beside one): ${folder.ignored.join(', ')}`);
    const progress = progressReporter();
    let report: SeedReport;
    try {
      report = await seedArticles(cypher, folder.articles, {
        skipUnchanged: !plan.force,
        batchSize: plan.batchSize,
        isolateFailures: true,
        onProgress: progress.onProgress,
        limits: plan.limits,
        replaceCurated: plan.force,
      });
    } finally {
      progress.stop();
    }
    printWarnings(report.warnings);
    for (const failure of report.failed) console.error(`  failed: ${failure.file}: ${failure.message}`);
    for (const article of report.articles)
      for (const note of article.notes) console.log(`  ${article.slug}: ${note}`);
    for (const a of report.articles) if (a.warning) console.warn(`  warning: ${a.slug}: ${a.warning}`);
    console.log(summaryLine(report));
    if (report.failed.length > 0) process.exitCode = 1;
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ArticleProblems ||
    error instanceof AnnotationError ||
    error instanceof ArticleTextError ||
    error instanceof ConfigError ||
    error instanceof ManagedNeo4jError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof SeedInterrupted
      ? `Seed stopped: ${message}`
      : `Seed failed, nothing was written: ${message}`,
  );
  if (!known && error instanceof Error && process.env['LOG_LEVEL'] === 'debug') console.error(error.stack);
  process.exit(1);
});
