import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { CypherExecutor } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { obtainBenchDatabase, rememberLoad } from '../benchNeo4j.ts';
import { loadSynthetic } from './loadSynthetic.ts';
import { parseScale } from './scale.ts';

const usage = `usage: npm run seed:synthetic -- --scale S|M|L|<nodes>

  Replaces the graph with a deterministic synthetic graph of the seeded graph's shape:
  S ~ 10k nodes, M ~ 100k, L ~ 1M (or a node count such as 250k). Without NEO4J_URI it loads
  the benchmark's managed Neo4j for that size (.neo4j/bench/<size>), which \`npm run bench\` reuses.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { scale: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help || !values.scale) {
    console.log(usage);
    process.exit(values.help ? 0 : 1);
  }
  const scale = parseScale(values.scale);
  const config = loadConfig();
  const database = await obtainBenchDatabase(config, scale.name, scale.targetNodes);
  const auth =
    config.neo4j.uri && config.neo4j.password !== undefined
      ? neo4j.auth.basic(config.neo4j.username, config.neo4j.password)
      : undefined;
  const driver = createDriver({ uri: database.uri, auth });
  try {
    const cypher = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: 600_000 });
    console.log(
      `Loading the ${scale.name} synthetic graph (${scale.articles} articles) into ${database.uri}`,
    );
    const report = rememberLoad(
      database.home,
      await loadSynthetic(cypher, scale, (line) => console.log(line)),
    );
    console.log(
      `${report.nodes} nodes, ${report.relationships} relationships` +
        (report.reused
          ? ' (already loaded)'
          : ` in ${report.seconds.toFixed(1)} s: ${Math.round(report.rate)} nodes+relationships/s`),
    );
  } finally {
    await driver.close();
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(`Synthetic load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
