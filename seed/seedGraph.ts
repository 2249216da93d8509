import type { CypherExecutor } from '../src/db/cypher.ts';
import type { Logger } from '../src/logger.ts';
import { isDatabaseUnavailable } from '../src/db/unavailable.ts';
import { bundledArticles, loadArticle, loadCatalogue, type ArticleFiles, type LoadedArticle } from './loadArticle.ts';
import { ensureSchema, graphCounts, writePlans, type GraphCounts } from './pipeline/writeGraph.ts';

export interface SeedReport {
  articles: { slug: string; sections: number; statements: number; claims: number }[];
  counts: GraphCounts;
}

/**
 * Loads articles into the graph atomically: all of them are parsed and resolved first (a bad
 * annotation fails here, before the database is touched), then written in one transaction that
 * replaces each source's previous version, so a failure leaves the database as it was.
 */
export async function seedGraph(
  cypher: CypherExecutor,
  files: readonly ArticleFiles[],
  progress: (line: string) => void = () => undefined,
): Promise<SeedReport> {
  const catalogue = loadCatalogue();
  const loaded: LoadedArticle[] = files.map((file) => loadArticle(file, catalogue));
  await ensureSchema(cypher);
  const articles = loaded.map(({ parsed, plan }) => ({
    slug: parsed.slug,
    sections: parsed.sections.length,
    statements: parsed.statements.length,
    claims: plan.relationships.filter((r) => Array.isArray(r.props['evidence'])).length,
  }));
  await cypher.inTransaction('WRITE', 'seed', async (tx) => {
    for (const article of articles) {
      progress(`  ${article.slug}: ${article.sections} sections, ${article.statements} statements, ${article.claims} sourced claims`);
    }
    await writePlans(tx, loaded.map((l) => l.plan));
  });
  return { articles, counts: await graphCounts(cypher) };
}

/** Whether any article has been loaded (the server seeds an empty database on start). */
export async function hasSources(cypher: CypherExecutor): Promise<boolean> {
  const rows = await cypher.read<{ found: boolean }>('hasSources', 'RETURN EXISTS { MATCH (:Source) } AS found');
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
