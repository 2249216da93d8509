// `npm run bench:cpu -- --scale S --operation tierOverview [--contender ours] [--connections 8]
// [--seconds 20]`: our server (or another contender) in its own process under `node --cpu-prof`,
// sent one benchmark operation by autocannon, then stopped; prints where its CPU time went (by
// package and by function, bench/cpuProfileSummary.ts) and the profile's path, which opens in
// Chrome DevTools or speedscope as a flame graph.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { obtainBenchDatabase } from './benchNeo4j.ts';
import { prepare, send, startContender } from './contenders.ts';
import { summariseProfile } from './cpuProfileSummary.ts';
import { chooseTargets, contenderNames, operations } from './operations.ts';
import { parseScale } from './synthetic/scale.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    scale: { type: 'string', default: 'S' },
    operation: { type: 'string', default: 'tierOverview' },
    contender: { type: 'string', default: 'ours' },
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '20' },
  },
  strict: true,
});
const contender = contenderNames.find((name) => name === values.contender);
if (!contender) throw new Error(`--contender must be one of ${contenderNames.join(', ')}`);
const scale = parseScale(values.scale);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await obtainBenchDatabase(config, scale.name, scale.targetNodes);
const plain = createDriver({ uri: database.uri, auth: undefined });
const dir = mkdtempSync(join(tmpdir(), 'cpu-profile-'));
try {
  const targets = await chooseTargets(new CypherExecutor(plain, { database: 'neo4j', timeoutMs: 60_000 }));
  const operation = operations(targets).find((o) => o.name === values.operation);
  if (!operation) throw new Error(`no benchmark operation ${values.operation}`);
  // The profile covers the process from its start; only the samples under load are summarised.
  const spawnedAt = performance.now();
  const running = await startContender(contender, database.uri, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let loadFromMs = 0;
  try {
    const request = prepare(running, operation);
    await send(request); // its answer must be whole before anything is timed
    loadFromMs = Math.round(performance.now() - spawnedAt);
    const result = await autocannon({
      url: request.url,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
    });
    console.log(
      `${operation.name} on ${contender} at ${values.connections} connections: ${result.requests.total} requests, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, ${result.errors + result.non2xx} errors\n`,
    );
  } finally {
    await running.stop();
  }
  // The main thread's profile is the largest (workers, such as tsx's, write their own).
  const [file] = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  if (!file) throw new Error(`the contender wrote no profile in ${dir}`);
  console.log(`Profile: ${join(dir, file)}\n`);
  summariseProfile(join(dir, file), 25, loadFromMs);
} finally {
  await plain.close();
  await database.release();
}
