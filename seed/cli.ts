import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { ManagedNeo4jError } from '../src/db/managed/errors.ts';
import { resolveNeo4jTarget } from '../src/db/neo4jTarget.ts';
import { createLogger } from '../src/logger.ts';
import { bundledArticles, type ArticleFiles } from './loadArticle.ts';
import { AnnotationError } from './pipeline/annotations.ts';
import { seedGraph, type SeedReport } from './seedGraph.ts';

const usage = `usage: npm run seed [-- --article path/to/article.txt [--annotations path/to/annotations.yaml]]

  (no options)     load the bundled articles in seed/articles/ with their annotations
  --article        add or replace one more article of the same plain-text shape
  --annotations    its curated claims (YAML, same schema as seed/annotations/*.yaml)`;

function chosenArticles(argv: string[]): ArticleFiles[] {
  const { values } = parseArgs({
    args: argv,
    options: { article: { type: 'string' }, annotations: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (values.annotations && !values.article) throw new Error(`--annotations needs --article\n${usage}`);
  if (!values.article) return bundledArticles();
  return [{ article: resolve(values.article), annotations: values.annotations ? resolve(values.annotations) : null }];
}

function printReport(report: SeedReport): void {
  const rows = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([name, count]) => `    ${name.padEnd(22)} ${String(count).padStart(5)}`)
      .join('\n');
  console.log(`Graph now holds:\n  nodes\n${rows(report.counts.nodes)}\n  relationships\n${rows(report.counts.relationships)}`);
}

async function main(): Promise<void> {
  const files = chosenArticles(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const target = await resolveNeo4jTarget(config, log);
  const driver = createDriver(target, log);
  try {
    const cypher = new CypherExecutor(driver, { database: target.database, timeoutMs: 120_000 });
    console.log(`Seeding ${target.uri} (${target.origin}) with ${files.length} article(s):`);
    const report = await seedGraph(cypher, files, (line) => console.log(line));
    printReport(report);
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof AnnotationError || error instanceof ConfigError || error instanceof ManagedNeo4jError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Seed failed, nothing was written: ${message}`);
  if (!known && error instanceof Error && process.env['LOG_LEVEL'] === 'debug') console.error(error.stack);
  process.exit(1);
});
