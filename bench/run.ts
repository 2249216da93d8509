// `npm run bench` (full: sizes S, M, L) and `npm run bench -- --quick` (size S, short windows,
// the CI smoke run). Each size gets its own managed Neo4j; the three contenders run as separate
// processes against it, answers are compared before any timing, then measured interleaved.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { readGraphCounts } from '../src/data/graphCounts.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { neo4jVersion } from '../src/db/neo4jVersion.ts';
import { projectRoot } from '../src/projectRoot.ts';
import { benchHome, obtainBenchDatabase, rememberLoad, waitForQuietDatabase } from './benchNeo4j.ts';
import { isObject, type Json } from './json.ts';
import { prepare, send, startContender, type RunningContender } from './contenders.ts';
import { median, singleClient, underLoad, type LoadSample, type SingleClientSample } from './measure.ts';
import {
  chooseTargets,
  contenderNames,
  operations,
  type ContenderName,
  type Operation,
} from './operations.ts';
import { figuresMarkdown, latencyChart } from './report.ts';
import type { BenchResults, ContenderFigures, OperationResult, ScaleResult } from './results.ts';
import { countRoundTrips } from './roundTrips.ts';
import { loadSynthetic } from './synthetic/loadSynthetic.ts';
import { parseScale, type Scale } from './synthetic/scale.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    out: { type: 'string' },
    rounds: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
  strict: true,
});
const quick = values.quick;
const settings = {
  quick,
  rounds: Number(values.rounds ?? (quick ? 1 : 3)),
  singleSeconds: quick ? 1 : 2,
  loadSeconds: quick ? 1 : 3,
  connections: 32,
};
const scales = (values.scales ?? (quick ? 'S' : 'S,M,L')).split(',').map(parseScale);
const outDir = resolve(
  values.out ?? (quick ? join(projectRoot, 'artifacts', 'bench-quick') : join(projectRoot, 'docs')),
);

const log = (line: string) => console.log(`[bench] ${line}`);

/** Each contender's answer, reduced to the common shape, must equal the floor's. */
async function assertSameAnswers(running: readonly RunningContender[], operation: Operation): Promise<void> {
  // One contender at a time, the floor first: on a freshly started database the first reads come
  // from disk, and three cold requests at once on a loaded machine can pass the API's request timeout.
  const answers: { name: ContenderName; value: Json }[] = [];
  for (const c of [...running].sort((a, b) => Number(b.name === 'floor') - Number(a.name === 'floor'))) {
    const body = await send(prepare(c, operation)).catch((error: unknown) => {
      throw new Error(`${operation.name}: ${c.name} failed: ${String(error)}`);
    });
    answers.push({ name: c.name, value: operation.normalise[c.name](body) });
  }
  const floor = answers.find((a) => a.name === 'floor');
  for (const answer of answers) {
    if (!isDeepStrictEqual(answer.value, floor?.value)) {
      throw new Error(
        `${operation.name}: ${answer.name} answers differently from the floor\n${answer.name}: ${JSON.stringify(answer.value).slice(0, 1500)}\n` +
          `floor: ${JSON.stringify(floor?.value).slice(0, 1500)}`,
      );
    }
  }
  const size = JSON.stringify(floor?.value).length;
  if (size < 3) throw new Error(`${operation.name}: the answer is empty, the targets found nothing`);
}

/** Rotates the contender order each round (A B C, B C A, ...) so no one always goes first. */
function rotation<T>(items: readonly T[], round: number): T[] {
  return items.map((_, i) => items[(i + round) % items.length]).filter((x): x is T => x !== undefined);
}

async function measureScale(scale: Scale): Promise<ScaleResult> {
  const config = loadConfig();
  log(`size ${scale.name}: starting its Neo4j`);
  const database = await obtainBenchDatabase(config, scale.name, scale.targetNodes);
  const driver = createDriver({ uri: database.uri, auth: undefined });
  const running: RunningContender[] = [];
  try {
    const cypher = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: 600_000 });
    const load = rememberLoad(database.home, await loadSynthetic(cypher, scale, (line) => log(line)));
    log(
      `size ${scale.name}: ${load.nodes} nodes, ${load.relationships} relationships` +
        (load.reused ? ' (loaded earlier)' : `, ${Math.round(load.rate)} per second`),
    );
    const targets = await chooseTargets(cypher);
    const ops = operations(targets);
    // The graph's counts, which our server reads (within 2 s) to cost whole-graph fields, read
    // once here first: a Neo4j just started plans its first statements slowly on a busy machine.
    await readGraphCounts(cypher);

    for (const name of contenderNames) running.push(await startContender(name, database.uri));
    log('answers: comparing every operation across the contenders');
    for (const op of ops) await assertSameAnswers(running, op);
    const roundTrips = await countRoundTrips(database.uri, ops);

    log('warm-up');
    for (const op of ops) for (const c of running) await singleClient(prepare(c, op), quick ? 0.3 : 1);

    const loadBefore = loadavg();
    const single = new Map<string, SingleClientSample[]>();
    const loaded = new Map<string, LoadSample[]>();
    const key = (op: Operation, c: ContenderName) => `${op.name}|${c}`;
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const op of ops) {
        for (const c of rotation(running, round)) {
          const sample = await singleClient(prepare(c, op), settings.singleSeconds);
          single.set(key(op, c.name), [...(single.get(key(op, c.name)) ?? []), sample]);
        }
        for (const c of rotation(running, round)) {
          const sample = await underLoad(
            prepare(c, op),
            settings.connections,
            settings.loadSeconds,
            c.pid,
            database.pid,
          );
          loaded.set(key(op, c.name), [...(loaded.get(key(op, c.name)) ?? []), sample]);
          // Requests still running in Neo4j when the window closes would slow the next window.
          await waitForQuietDatabase(driver);
        }
        log(`round ${round + 1}/${settings.rounds}: ${op.name} done`);
      }
    }
    const loadAfter = loadavg();

    const results: OperationResult[] = ops.map((op) => {
      const figures = (c: ContenderName): ContenderFigures => {
        const s = single.get(key(op, c)) ?? [];
        const l = loaded.get(key(op, c)) ?? [];
        const cpu = (pick: (x: LoadSample) => number | null) => {
          const known = l.map(pick).filter((v): v is number => v !== null);
          return known.length === 0 ? null : median(known);
        };
        return {
          p50: median(s.map((x) => x.p50)),
          p99: median(s.map((x) => x.p99)),
          throughput: median(l.map((x) => x.throughput)),
          p99At32: median(l.map((x) => x.p99)),
          failures: l.reduce((sum, x) => sum + x.failures, 0),
          roundTrips: roundTrips[op.name]?.[c] ?? Number.NaN,
          serverCpuMs: cpu((x) => x.serverCpuMs),
          databaseCpuMs: cpu((x) => x.databaseCpuMs),
        };
      };
      return {
        name: op.name,
        description: op.description,
        nested: op.nested,
        point: op.point,
        contenders: { ours: figures('ours'), library: figures('library'), floor: figures('floor') },
      };
    });
    return {
      scale: scale.name,
      load,
      targets,
      loadAverage: { before: loadBefore, after: loadAfter },
      measuredAt: new Date().toISOString(),
      operations: results,
    };
  } finally {
    for (const c of running) await c.stop();
    await driver.close();
    await database.release();
  }
}

// Results files are ours; this checks they have the shape this version writes before reusing them.
function isBenchResults(value: unknown): value is BenchResults {
  return (
    isObject(value) &&
    Array.isArray(value['scales']) &&
    value['scales'].every(
      (s) =>
        isObject(s) &&
        typeof s['scale'] === 'string' &&
        isObject(s['load']) &&
        Array.isArray(s['operations']),
    )
  );
}

function previousSettings(file: string): BenchResults['settings'] | null {
  if (!existsSync(file)) return null;
  const previous: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return isBenchResults(previous) ? previous.settings : null;
}

/** Earlier sizes stay in the results when a run measures only some (`--scales L`). */
function previousScales(file: string): ScaleResult[] {
  if (!existsSync(file)) return [];
  const previous: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return isBenchResults(previous) ? previous.scales : [];
}

function writeOutputs(results: BenchResults): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'benchmarks.svg'), latencyChart(results));
  const markdownFile = join(outDir, 'benchmarks.md');
  const figures = `<!-- figures:start (written by npm run bench) -->\n${figuresMarkdown(results)}\n<!-- figures:end -->`;
  const existing = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '';
  const markdown = /<!-- figures:start[\s\S]*<!-- figures:end -->/.test(existing)
    ? existing.replace(/<!-- figures:start[\s\S]*<!-- figures:end -->/, figures)
    : `# Benchmarks\n\n${figures}\n`;
  writeFileSync(markdownFile, markdown);
}

async function main(): Promise<void> {
  const jsonFile = join(outDir, 'benchmarks.json');
  const earlier = previousScales(jsonFile);
  // --report-only rewrites the page and chart from the JSON, measuring nothing.
  if (values['report-only']) {
    writeResults(earlier, []);
    return;
  }
  const measured: ScaleResult[] = [];
  // Written after every size, so a size that fails keeps the ones measured before it.
  for (const scale of scales) {
    measured.push(await measureScale(scale));
    writeResults(earlier, measured);
  }
}

function writeResults(earlier: ScaleResult[], measured: ScaleResult[]): void {
  const jsonFile = join(outDir, 'benchmarks.json');
  const kept = earlier
    .filter((s) => !measured.some((m) => m.scale === s.scale))
    .map((s) => ({ ...s, load: rememberLoad(benchHome(s.scale), { ...s.load, reused: true }) }));
  const all = [...kept, ...measured].sort((a, b) => a.load.nodes - b.load.nodes);
  const cpu = cpus();
  const results: BenchResults = {
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      neo4j: neo4jVersion(),
      platform: `${process.platform} ${process.arch}`,
    },
    settings: values['report-only'] ? (previousSettings(jsonFile) ?? settings) : settings,
    scales: all,
  };
  writeOutputs(results);
  log(`wrote ${join(outDir, 'benchmarks.md')}, benchmarks.json and benchmarks.svg`);
}

main().catch((error: unknown) => {
  console.error(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
