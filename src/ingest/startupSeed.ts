import type { CypherExecutor } from '../db/cypher.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Logger } from '../logger.ts';
import { bundledArticles } from './loadArticle.ts';
import { seedGraph, type SeedReport } from './seedArticles.ts';

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
  log.info({ nodes: Object.fromEntries(report.counts.nodes) }, 'seeded');
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
