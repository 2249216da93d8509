import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../src/config.ts';
import { obtainManagedNeo4j } from '../src/db/managed/managedNeo4j.ts';
import { projectRoot } from '../src/projectRoot.ts';
import { field, num } from './json.ts';
import type { LoadReport } from './synthetic/loadSynthetic.ts';

export const pluginsDir = join(projectRoot, 'bench', '.plugins');

/** Heap and page cache per graph size: the whole store fits the page cache, as in production. */
function memoryFor(targetNodes: number): { heap: string; pageCache: string } {
  if (targetNodes <= 20_000) return { heap: '1g', pageCache: '256m' };
  if (targetNodes <= 200_000) return { heap: '1g', pageCache: '1g' };
  return { heap: '3g', pageCache: '3g' };
}

/**
 * APOC core (which @neo4j/graphql needs) copied from Maven Central into bench/.plugins by
 * bench/apoc/pom.xml; only the benchmark's Neo4j loads it.
 */
export async function ensureApoc(): Promise<void> {
  if (existsSync(pluginsDir) && readdirSync(pluginsDir).some((f) => f.startsWith('apoc-core-'))) return;
  const status = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn('mvn', ['-B', '-q', '-f', join(projectRoot, 'bench', 'apoc', 'pom.xml'), 'package'], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', resolvePromise);
  });
  if (status !== 0)
    throw new Error(`Maven could not fetch APOC core into ${pluginsDir} (exit ${String(status)})`);
}

export interface BenchDatabase {
  uri: string;
  /** The JVM's pid when it is local (its CPU time is measured); null for NEO4J_URI. */
  pid: number | null;
  owned: boolean;
  /**
   * The managed home this size's graph lives in, where its load record is kept; null for
   * NEO4J_URI, a database the benchmark does not own and keeps no record of.
   */
  home: string | null;
  release(): Promise<void>;
}

/**
 * The benchmark's own managed Neo4j, one home per graph size (.neo4j/bench/<size>), so a size
 * loaded once is reused by later runs and the developer's and tests' databases are never touched.
 * NEO4J_URI, when set, is used instead (it must have APOC core for the @neo4j/graphql contender).
 */
export function benchHome(scaleName: string): string {
  return join(projectRoot, '.neo4j', 'bench', scaleName);
}

export async function obtainBenchDatabase(
  config: Config,
  scaleName: string,
  targetNodes: number,
): Promise<BenchDatabase> {
  if (config.neo4j.uri)
    return { uri: config.neo4j.uri, pid: null, owned: false, home: null, release: () => Promise.resolve() };
  await ensureApoc();
  const home = benchHome(scaleName);
  const managed = await obtainManagedNeo4j({
    ...config.managed,
    ...memoryFor(targetNodes),
    home,
    plugins: pluginsDir,
  });
  return { uri: managed.uri, pid: managed.pid, owned: managed.owned, home, release: () => managed.release() };
}

/**
 * The load time and rate of a size are measured when it is loaded (by `seed:synthetic` or the
 * bench) and kept in its home, so runs that reuse the loaded graph still report them. A graph
 * without a home of ours (NEO4J_URI) is reported as measured, and nothing is kept.
 */
export function rememberLoad(home: string | null, report: LoadReport): LoadReport {
  if (home === null) return report;
  const file = join(home, 'load.json');
  if (!report.reused) {
    writeFileSync(file, JSON.stringify(report));
    return report;
  }
  if (!existsSync(file)) return report;
  const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return { ...report, seconds: num(field(saved, 'seconds')), rate: num(field(saved, 'rate')) };
}

/**
 * Waits (at most `timeoutMs`) until Neo4j runs no transaction but this check: requests a
 * contender left running when a load window closed would otherwise slow the next window.
 */
export async function waitForQuietDatabase(driver: Driver, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
    );
    const busy = Number(records[0]?.get('busy') ?? 0);
    if (busy === 0 || Date.now() > deadline) return;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
}
