// `npm run bench:articles`: how fast a folder of generated articles is read, parsed and resolved
// (per article), loaded into a scratch Neo4j (batch sizes compared, then the chosen one timed),
// and re-loaded incrementally (nothing changed; ten files changed). Writes docs/articles-benchmark.md.
// `npm run bench:articles -- --generate DIR --count N` only writes the articles; `-- --large-only`
// only times parsing one large article (up to 1 MB) and prints its table; `-- --one-article` only loads the folder
// once and times loading, replacing and removing one article more, and rewrites that section of the document;
// `-- --write-stages` loads the folder (skipping what the graph holds unchanged) and times stages of writing 100 more
// articles in transactions rolled back, rewriting that section.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { obtainManagedNeo4j } from '../../src/db/managed/managedNeo4j.ts';
import { readInstanceState } from '../../src/db/managed/instanceState.ts';
import { neo4jVersion } from '../../src/db/neo4jVersion.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { bundledArticles, loadArticle, loadCatalogue } from '../../src/ingest/loadArticle.ts';
import {
  articleFolder,
  defaultBatchSize,
  seedArticles,
  seedGraph,
  type SeedReport,
} from '../../src/ingest/seedArticles.ts';
import { median, percentile } from '../measure.ts';
import { defaultSeed, reviseArticle, writeArticles, type GeneratedArticle } from './generate.ts';
import { largeArticleTable, timeLargeArticles } from './largeArticle.ts';
import { oneArticleSection, timeOneArticle, type OneArticleRound } from './oneArticle.ts';
import { timeWriteStages, writeStagesTable } from './writeStages.ts';

const usage = `usage: npm run bench:articles [-- --count N --rounds R --batch-sizes 10,25,50,100,250 --sweep-rounds R --out FILE]
       npm run bench:articles -- --generate DIR [--count N] [--seed S]
       npm run bench:articles -- --large-only [--rounds R]
       npm run bench:articles -- --one-article [--count N --rounds R --reuse]
       npm run bench:articles -- --write-stages [--count N --rounds R]`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    generate: { type: 'string' },
    'large-only': { type: 'boolean' },
    'one-article': { type: 'boolean' },
    'write-stages': { type: 'boolean' },
    reuse: { type: 'boolean' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(defaultSeed) },
    rounds: { type: 'string', default: '3' },
    'sweep-rounds': { type: 'string', default: '2' },
    'batch-sizes': { type: 'string', default: '10,25,50,100,250' },
    out: { type: 'string', default: join(projectRoot, 'docs', 'articles-benchmark.md') },
    help: { type: 'boolean' },
  },
  strict: true,
});
const count = Number(values.count);
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const sweepRounds = Number(values['sweep-rounds']);
const batchSizes = values['batch-sizes'].split(',').map(Number);
const changedPerRerun = 10;
const log = (line: string) => console.log(`[bench:articles] ${line}`);
/** Sizes of the one large article parsed, up to 1 MB. */
const largeSizes = [256, 512, 1024].map((kb) => kb * 1024);

/** The benchmark's own Neo4j, apart from the developer's and the tests'. */
const home = join(projectRoot, '.neo4j', 'bench', 'articles');

/** Empties the database in chunks (relationships first, so each chunk stays small), keeping the schema. */
async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** The graph as a fresh user's is before the folder: empty but for the bundled articles. */
async function freshGraph(driver: Driver, cypher: CypherExecutor): Promise<void> {
  await emptyDatabase(driver);
  await seedGraph(cypher, bundledArticles());
}

function timeParsing(dir: string): { medianMs: number; p95Ms: number }[] {
  const catalogue = loadCatalogue();
  const { articles } = articleFolder(dir);
  const results: { medianMs: number; p95Ms: number }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const times = articles.map((files) => {
      const started = performance.now();
      loadArticle(files, catalogue);
      return performance.now() - started;
    });
    times.sort((a, b) => a - b);
    results.push({ medianMs: percentile(times, 50), p95Ms: percentile(times, 95) });
    log(
      `parse round ${round + 1}: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms per article`,
    );
  }
  return results;
}

interface LoadRound {
  batchSize: number;
  first: SeedReport;
  unchanged: SeedReport;
  changed: SeedReport;
}

/** A row of the load table: medians over the rounds. */
function loadRow(run: string, written: string, reports: readonly SeedReport[]): string {
  const seconds = median(reports.map((r) => r.seconds));
  const reading = median(reports.map((r) => r.readSeconds));
  return `| ${run} | ${written} | ${seconds.toFixed(seconds < 10 ? 2 : 1)} | ${reading.toFixed(seconds < 10 ? 2 : 1)} | ${(count / seconds).toFixed(1)} |`;
}

const writeSeconds = (report: SeedReport) => report.seconds - report.readSeconds;
const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

async function main(): Promise<void> {
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.generate) {
    const written = writeArticles(resolve(values.generate), count, seed);
    console.log(`${written.length} articles written to ${resolve(values.generate)} (seed ${seed})`);
    return;
  }
  if (values['large-only']) {
    console.log(largeArticleTable(timeLargeArticles(largeSizes, rounds)));
    return;
  }
  if (values['write-stages']) {
    await writeStagesOnly();
    return;
  }
  if (values['one-article']) {
    await oneArticleOnly();
    return;
  }

  const loadAtStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  const dir = join(projectRoot, 'artifacts', 'bench-articles', `articles-${count}`);
  rmSync(dir, { recursive: true, force: true });
  const generated: GeneratedArticle[] = writeArticles(dir, count, seed);
  log(`${generated.length} articles generated in ${dir}`);
  const parsing = timeParsing(dir);
  const large = timeLargeArticles(largeSizes, rounds);
  log(`large article parsed:\n${largeArticleTable(large)}`);

  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  // A home left by an earlier run is started anew and emptied, never reused as it was.
  if (!readInstanceState(home)) rmSync(home, { recursive: true, force: true });
  const database = await obtainManagedNeo4j({ ...config.managed, home });
  const driver = createDriver({ uri: database.uri, auth: undefined });
  const cypher = new CypherExecutor(driver, { database: 'neo4j', timeoutMs: 600_000 });
  const { articles } = articleFolder(dir);
  const load = (batchSize: number) =>
    seedArticles(cypher, articles, { skipUnchanged: true, batchSize, isolateFailures: true });
  const sweep: { batchSize: number; writeSeconds: number | null; error?: string }[] = [];
  const sweepOf = (batchSize: number) => sweep.filter((s) => s.batchSize === batchSize);
  const measured: LoadRound[] = [];
  const oneRounds: OneArticleRound[] = [];
  try {
    log(
      `Neo4j ${neo4jVersion()} at ${database.uri} (heap ${config.managed.heap}, page cache ${config.managed.pageCache})`,
    );
    await freshGraph(driver, cypher); // warms the JVM and creates the schema before any timing
    // Sizes interleaved round by round, so a busy spell of the machine does not fall on one size only.
    for (let round = 0; round < sweepRounds; round += 1) {
      for (const batchSize of batchSizes) {
        await freshGraph(driver, cypher);
        try {
          const report = await load(batchSize);
          sweep.push({ batchSize, writeSeconds: writeSeconds(report) });
          log(
            `batch size ${batchSize}: first load ${report.seconds.toFixed(1)} s, of which writing ${writeSeconds(report).toFixed(1)} s`,
          );
        } catch (error) {
          // A batch too large for the transaction memory of the heap fails: a figure too.
          sweep.push({
            batchSize,
            writeSeconds: null,
            error: error instanceof Error ? error.message.split('\n')[0] : String(error),
          });
          log(`batch size ${batchSize}: failed: ${sweep.at(-1)?.error ?? ''}`);
        }
      }
    }
    let revision = 0;
    for (let round = 0; round < rounds; round += 1) {
      await freshGraph(driver, cypher);
      const first = await load(defaultBatchSize);
      const unchanged = await load(defaultBatchSize);
      revision += 1;
      for (const article of generated.slice(round * changedPerRerun, (round + 1) * changedPerRerun))
        reviseArticle(dir, article, revision, seed);
      const changed = await load(defaultBatchSize);
      if (
        first.articles.length !== count ||
        unchanged.unchanged.length !== count ||
        changed.articles.length !== changedPerRerun
      ) {
        throw new Error(
          `unexpected counts: ${first.articles.length} loaded first, ${unchanged.unchanged.length} unchanged, ${changed.articles.length} reloaded`,
        );
      }
      measured.push({ batchSize: defaultBatchSize, first, unchanged, changed });
      oneRounds.push(await timeOneArticle(cypher, join(dir, '..', 'one-article'), count, seed, round));
      log(
        `round ${round + 1}: first load ${first.seconds.toFixed(1)} s, unchanged re-run ${unchanged.seconds.toFixed(2)} s, ` +
          `${changedPerRerun} changed ${changed.seconds.toFixed(2)} s`,
      );
    }
  } finally {
    await driver.close();
    await database.release();
  }

  const last = measured.at(-1);
  const markdown = `# Loading a folder of articles

\`npm run bench:articles\` generates ${count} articles of the "A vs B" genre (\`bench/articles/generate.ts\`, seed ${seed}: the
shape of the extraction development set, with column lines, headings, bullets, numbered lists, dimension bullets, flattened
tables, scraping noise and page furniture), then measures what \`npm run seed -- --articles DIR\` does with them, in process
(\`seedArticles\`, without Node's start-up and the connection, 1 to 2 s more for the command).

Measured ${new Date().toISOString()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other
workers and noisy; load average at the start ${loadAtStart}, at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      ' / ',
    )}. Neo4j ${neo4jVersion()} Community, managed, heap ${config.managed.heap}, page cache ${config.managed.pageCache}
(the defaults of \`npm run db:start\`), over loopback. Figures are medians of ${rounds} rounds.

## Read, parse and resolve, per article

What happens before any write, \`loadArticle\`: reading the file, parsing and cleaning it, extracting its claims (the
generated articles have no annotations) and resolving them, timed per article over the ${count} files, in one thread:

| | median of rounds |
| --- | ---: |
| median ms per article | ${median(parsing.map((p) => p.medianMs)).toFixed(2)} |
| p95 ms per article | ${median(parsing.map((p) => p.p95Ms)).toFixed(2)} |

## One large article

\`parseArticle\` alone on one generated article of 256 KB to 1 MB (\`bench/articles/largeArticle.ts\`: sections of a
heading, a paragraph and two bullets), its heading repeated in every section or every heading distinct; medians of ${rounds}
rounds. Parsing grows with the article's size: the time per 100 KB stays about flat, repeated headings or not.

${largeArticleTable(large)}

## Batch size

Articles per write transaction: the time spent writing (schema check included, reading excluded) in a first load of the
${count} articles into a graph holding only the bundled articles; ${sweepRounds} rounds, the sizes interleaved in each:

| batch size | transactions | write seconds per round | best | articles written/s (best) |
| ---: | ---: | ---: | ---: | ---: |
${batchSizes
  .map((batchSize) => {
    const runs = sweepOf(batchSize);
    const times = runs.flatMap((r) => (r.writeSeconds === null ? [] : [r.writeSeconds]));
    const shown = runs
      .map((r) => (r.writeSeconds === null ? `failed (${r.error ?? ''})` : r.writeSeconds.toFixed(1)))
      .join(', ');
    // The best of the rounds: on a shared machine the slower ones measure the neighbours too.
    const mid = times.length > 0 ? Math.min(...times) : null;
    return `| ${batchSize} | ${Math.ceil(count / batchSize)} | ${shown} | ${mid === null ? '' : mid.toFixed(1)} | ${mid === null ? '' : (count / mid).toFixed(1)} |`;
  })
  .join('\n')}

Each transaction has a fixed cost besides its articles (a statement per node label and relationship type, and the
clean-up of entities left without evidence, which scans every entity of the graph), so fewer transactions load faster
until the batches are large enough for that cost to vanish; larger ones gain nothing and hold more of Neo4j's transaction
memory (by default 70% of the heap for all transactions together). The default is ${defaultBatchSize} (\`--batch-size\` changes it).

## Loading and re-loading the folder (batch size ${defaultBatchSize})

| run | articles written | seconds | of which reading | articles of the folder/s |
| --- | ---: | ---: | ---: | ---: |
${loadRow(
  `first load of ${count}`,
  String(count),
  measured.map((m) => m.first),
)}
${loadRow(
  'again, nothing changed',
  `0 (${count} unchanged)`,
  measured.map((m) => m.unchanged),
)}
${loadRow(
  `again, ${changedPerRerun} files changed`,
  String(changedPerRerun),
  measured.map((m) => m.changed),
)}

Per round (first / unchanged / changed, seconds): ${measured.map((m) => `${m.first.seconds.toFixed(1)} / ${m.unchanged.seconds.toFixed(2)} / ${m.changed.seconds.toFixed(2)}`).join('; ')}.
Reading (\`loadArticle\` on every file) is ${last ? ((100 * median(measured.map((m) => m.first.readSeconds))) / median(measured.map((m) => m.first.seconds))).toFixed(0) : '?'}% of a first load; writing is the rest.
Graph after the load: ${last ? `${total(last.changed.counts.nodes)} nodes, ${total(last.changed.counts.relationships)} relationships` : 'n/a'}.
A re-run reads and hashes every file and asks the graph for the stored hashes in one query; only changed files are parsed.

${oneArticleSection(count, oneRounds)}`;
  writeFileSync(values.out, markdown);
  log(`wrote ${values.out}`);
}

/** `--one-article`: the folder loaded once, then one article more timed; its section of the document rewritten. */
async function oneArticleOnly(): Promise<void> {
  const dir = join(projectRoot, 'artifacts', 'bench-articles', `articles-${count}`);
  rmSync(dir, { recursive: true, force: true });
  writeArticles(dir, count, seed);
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  if (!readInstanceState(home)) rmSync(home, { recursive: true, force: true });
  const database = await obtainManagedNeo4j({ ...config.managed, home });
  const driver = createDriver({ uri: database.uri, auth: undefined });
  const cypher = new CypherExecutor(driver, { database: 'neo4j', timeoutMs: 600_000 });
  const oneRounds: OneArticleRound[] = [];
  try {
    // --reuse keeps a graph that holds the folder already: its unchanged files are skipped.
    if (!values.reuse) await freshGraph(driver, cypher);
    const first = await seedArticles(cypher, articleFolder(dir).articles, {
      batchSize: defaultBatchSize,
      replaceCurated: true,
      skipUnchanged: values.reuse ?? false,
    });
    log(`${first.articles.length} articles loaded in ${first.seconds.toFixed(1)} s`);
    for (let round = 0; round < rounds; round += 1) {
      oneRounds.push(await timeOneArticle(cypher, join(dir, '..', 'one-article'), count, seed, round));
      log(`round ${round + 1}: ${JSON.stringify(oneRounds.at(-1))}`);
    }
  } finally {
    await driver.close();
    await database.release();
  }
  const section = `${oneArticleSection(count, oneRounds)}
Measured ${new Date().toISOString()} (\`npm run bench:articles -- --one-article\`), load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}.
`;
  replaceSection('## One article among', section);
  log(`wrote ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(
    `bench:articles failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});

/** Rewrites the document's section starting with `heading` (or adds it at the end). */
function replaceSection(heading: string, section: string): void {
  const document = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
  const start = document.indexOf(heading);
  const end = start < 0 ? -1 : document.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${document.trimEnd()}\n\n${section}`
      : `${document.slice(0, start)}${section}${end < 0 ? '' : document.slice(end + 1)}`;
  writeFileSync(values.out, updated);
  log(`wrote ${values.out}`);
}

/** `--write-stages`: the folder loaded (what the graph holds unchanged is skipped), then stages timed. */
async function writeStagesOnly(): Promise<void> {
  const dir = join(projectRoot, 'artifacts', 'bench-articles', `articles-${count}`);
  writeArticles(dir, count, seed);
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const database = await obtainManagedNeo4j({ ...config.managed, home });
  const driver = createDriver({ uri: database.uri, auth: undefined });
  const cypher = new CypherExecutor(driver, { database: 'neo4j', timeoutMs: 600_000 });
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  try {
    const loaded = await seedArticles(cypher, articleFolder(dir).articles, {
      batchSize: defaultBatchSize,
      replaceCurated: true,
      skipUnchanged: true,
    });
    log(`${loaded.articles.length} articles loaded, ${loaded.unchanged.length} held already`);
    const extra = 100;
    const stages = await timeWriteStages(
      driver,
      cypher,
      join(dir, '..', 'write-stages'),
      count,
      extra,
      rounds,
    );
    if (!stages.every((r) => r.sameMentions)) throw new Error('the two ways of linking mentions differ');
    replaceSection(
      '## Stages of a write',
      `## Stages of a write

A batch of ${extra} more generated articles written on top of the ${count} loaded (\`--write-stages\`), in transactions
rolled back so the graph stays as loaded: the same batch's mentions linked the current way and the former way, in
alternating order, and the similarity of the kinds it touches recomputed, ${rounds} rounds. Both ways left the same
mentions in every round.

${writeStagesTable(stages)}

Measured ${new Date().toISOString()} on ${cpus().length} cores, shared with other workers and noisy; load average at
the start ${loadAtStart}, at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}.
`,
    );
  } finally {
    await driver.close();
    await database.release();
  }
}
