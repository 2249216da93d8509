// `npm run bench:cost -- --scale S|M`: the cost model against the work Neo4j does. For each
// whole-graph field, the database hits its estimate predicts beside those PROFILE measures for
// the statements our server sends; for each dashboard example, its estimated cost beside its
// measured hits. Writes docs/cost-model.md (and .json, keeping the sizes measured before).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema, getOperationAST, Kind, parse, visit, type FieldNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { readGraphCounts, nodesOf, relationshipsOf } from '../src/data/graphCounts.ts';
import { CypherExecutor } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { loadTypeDefs } from '../src/graphql/typeDefs.ts';
import { createLogger } from '../src/logger.ts';
import { projectRoot } from '../src/projectRoot.ts';
import { createApollo, createContext } from '../src/server/createServer.ts';
import {
  dbHitsPerCostUnit,
  estimateCost,
  wholeGraphCoordinates,
  wholeGraphReads,
} from '../src/server/operationCost.ts';
import { obtainBenchDatabase } from './benchNeo4j.ts';
import { isObject } from './json.ts';
import { loadSynthetic } from './synthetic/loadSynthetic.ts';
import { parseScale } from './synthetic/scale.ts';

interface Captured {
  query: string;
  params: Record<string, unknown>;
}

/** Records every statement sent through `driver` as an auto-commit read (how our reads run). */
function captureReads(driver: Driver): Captured[] {
  const captured: Captured[] = [];
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session = openSession(config);
    const run = session.run.bind(session);
    session.run = ((query: string, params?: Record<string, unknown>, transactionConfig?: unknown) => {
      if (typeof query === 'string' && isObject(params)) captured.push({ query, params: { ...params } });
      return run(query, params, transactionConfig as never);
    }) as typeof session.run;
    return session;
  };
  return captured;
}

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}
const totalHits = (plan: PlanNode): number =>
  plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);

interface FieldRow {
  field: string;
  estimatedHits: number;
  measuredHits: number;
  cost: number;
}
interface OperationRow {
  operation: string;
  cost: number;
  measuredHits: number;
}
interface ScaleRow {
  scale: string;
  nodes: number;
  relationships: number;
  measuredAt: string;
  fields: FieldRow[];
  operations: OperationRow[];
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scale: { type: 'string', default: 'S' } },
  strict: true,
});
const scale = parseScale(values.scale);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await obtainBenchDatabase(config, scale.name, scale.targetNodes);
const auth =
  config.neo4j.uri && config.neo4j.password !== undefined
    ? neo4j.auth.basic(config.neo4j.username, config.neo4j.password)
    : undefined;
const appConfig = loadConfig({
  NEO4J_URI: database.uri,
  NEO4J_DATABASE: config.neo4j.database,
  LOG_LEVEL: 'silent',
  NEO4J_QUERY_TIMEOUT_MS: '600000',
  MAX_COST: '10000000',
  MAX_ROWS_PER_REQUEST: '10000000',
});
const driver = createDriver({ uri: database.uri, auth });
const plain = createDriver({ uri: database.uri, auth });
try {
  const cypher = new CypherExecutor(plain, { database: config.neo4j.database, timeoutMs: 600_000 });
  await loadSynthetic(cypher, scale, (line) => console.log(line));
  const counts = await readGraphCounts(cypher);
  // The two tiers holding the most: the case the overlap estimate must cover.
  const busiest = await cypher.read<{ slug: string }>(
    'cost.busiest',
    'MATCH (t:Tier) RETURN t.slug AS slug ORDER BY COUNT { (t)--() } DESC, t.slug LIMIT 2',
  );
  const probes: { field: string; name?: string; args: Record<string, unknown>; query: string }[] = [
    { field: 'Stats.nodes', args: {}, query: '{ stats { nodes { count } } }' },
    { field: 'Stats.relationships', args: {}, query: '{ stats { relationships { count } } }' },
    { field: 'Stats.perSource', args: {}, query: '{ stats { perSource { statements } } }' },
    {
      field: 'Stats.overlap',
      args: {},
      query: `{ stats { overlap(tiers: ${JSON.stringify(busiest.map((t) => t.slug))}) { rolesJaccard } } }`,
    },
    {
      field: 'Stats.mostConnected',
      args: { first: 50 },
      query: '{ stats { mostConnected(first: 50) { degree } } }',
    },
    { field: 'Stats.coverage', args: {}, query: '{ stats { coverage { claims } } }' },
    { field: 'Health.nodeCounts', args: {}, query: '{ health { nodeCounts { count } } }' },
    { field: 'Query.disagreements', args: {}, query: '{ disagreements { subject } }' },
    { field: 'Query.levelCoverage', args: {}, query: '{ levelCoverage { sources } }' },
    {
      field: 'Stats.overlap',
      name: 'Stats.overlap (soft fields)',
      args: {},
      query: `{ stats { overlap(tiers: ${JSON.stringify(busiest.map((t) => t.slug))}) { rolesJaccard softResponsibilitiesJaccard } } }`,
    },
    {
      field: 'Query.facets',
      args: { by: ['SOURCE', 'TIER'] },
      query: '{ facets(by: [SOURCE, TIER]) { count } }',
    },
    {
      field: 'Query.facets',
      name: 'Query.facets (by ATTRIBUTE)',
      args: { by: ['ATTRIBUTE'] },
      query: '{ facets(by: [ATTRIBUTE]) { count } }',
    },
    {
      field: 'Query.gap',
      args: {},
      query: `{ gap(from: { tier: ${JSON.stringify(busiest[1]?.slug)} }, to: { tier: ${JSON.stringify(busiest[0]?.slug)} }) { minScore } }`,
    },
  ];
  const missing = wholeGraphCoordinates.filter((coordinate) => !probes.some((p) => p.field === coordinate));
  if (missing.length > 0) throw new Error(`no probe for ${missing.join(', ')}`);

  const schema = buildSchema(loadTypeDefs());
  const costOf = (query: string, operationName?: string): number => {
    const document = parse(query);
    const operation = getOperationAST(document, operationName);
    if (!operation) throw new Error(`no operation ${operationName ?? ''}`);
    const estimate = estimateCost({ schema, document, operation, variables: {}, counts });
    if (estimate.kind !== 'costed') throw new Error(`${operationName ?? query} could not be costed`);
    return estimate.cost;
  };

  const captured = captureReads(driver);
  const apollo = createApollo({ config: appConfig, driver: plain, log: createLogger(appConfig) });
  await apollo.start();
  // The database hits of every statement `query` makes our server send, each re-run under PROFILE.
  const measure = async (query: string, operationName?: string): Promise<number> => {
    captured.length = 0;
    const response = await apollo.executeOperation(
      { query, ...(operationName ? { operationName } : {}) },
      { contextValue: createContext({ config: appConfig, driver, log: createLogger(appConfig) }) },
    );
    if (response.body.kind === 'single' && response.body.singleResult.errors) {
      throw new Error(`${operationName ?? query}: ${JSON.stringify(response.body.singleResult.errors)}`);
    }
    let hits = 0;
    for (const { query: statement, params } of [...captured]) {
      const session = plain.session({
        database: config.neo4j.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const plan = (await session.run(`PROFILE ${statement}`, params)).summary.profile;
        hits += plan ? totalHits(plan) : 0;
      } finally {
        await session.close();
      }
    }
    return hits;
  };

  // The field node a probe selects, for estimates that depend on its selection.
  const fieldNode = (query: string, coordinate: string): FieldNode | undefined => {
    const name = coordinate.slice(coordinate.indexOf('.') + 1);
    let found: FieldNode | undefined;
    visit(parse(query), {
      Field(node) {
        if (!found && node.name.value === name) found = node;
      },
    });
    return found;
  };
  const fields: FieldRow[] = [];
  for (const probe of probes) {
    const estimatedHits =
      wholeGraphReads(probe.field, probe.args, counts, fieldNode(probe.query, probe.field))?.dbHits ??
      Number.NaN;
    fields.push({
      field: probe.name ?? probe.field,
      estimatedHits: Math.round(estimatedHits),
      measuredHits: await measure(probe.query),
      cost: costOf(probe.query),
    });
    console.log(
      `${probe.name ?? probe.field}: estimated ${Math.round(estimatedHits)} db hits, measured ${fields.at(-1)?.measuredHits ?? 0}`,
    );
  }
  const operations: OperationRow[] = [];
  const examples = join(projectRoot, 'docs', 'examples');
  for (const file of readdirSync(examples)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(examples, file), 'utf8');
    for (const definition of parse(text).definitions) {
      // The examples' ids name nodes of the seeded articles; the synthetic graph has others.
      if (
        definition.kind !== Kind.OPERATION_DEFINITION ||
        !definition.name ||
        ['Neighborhood', 'Path'].includes(definition.name.value)
      )
        continue;
      const name = definition.name.value;
      operations.push({ operation: name, cost: costOf(text, name), measuredHits: await measure(text, name) });
      console.log(
        `${name}: cost ${operations.at(-1)?.cost ?? 0}, measured ${operations.at(-1)?.measuredHits ?? 0} db hits`,
      );
    }
  }
  await apollo.stop();

  const row: ScaleRow = {
    scale: scale.name,
    nodes: nodesOf(counts),
    relationships: relationshipsOf(counts),
    measuredAt: new Date().toISOString(),
    fields,
    operations,
  };
  const jsonFile = join(projectRoot, 'docs', 'cost-model.json');
  const earlier: ScaleRow[] = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as { scales: ScaleRow[] }).scales
    : [];
  const scales = [...earlier.filter((s) => s.scale !== row.scale), row].sort((a, b) => a.nodes - b.nodes);
  writeFileSync(jsonFile, `${JSON.stringify({ scales }, null, 2)}\n`);
  writeFileSync(join(projectRoot, 'docs', 'cost-model.md'), markdown(scales));
  console.log('wrote docs/cost-model.md and docs/cost-model.json');
} finally {
  await driver.close();
  await plain.close();
  await database.release();
}

function markdown(scales: ScaleRow[]): string {
  const ratio = (estimated: number, measured: number) =>
    measured === 0 ? 'n/a' : (estimated / measured).toFixed(2);
  const sections = scales.map((s) =>
    [
      `## Size ${s.scale}: ${s.nodes.toLocaleString('en')} nodes, ${s.relationships.toLocaleString('en')} relationships`,
      '',
      `Measured ${s.measuredAt}.`,
      '',
      '| whole-graph field | estimated db hits | measured db hits | estimated / measured | cost of the field alone |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...s.fields.map(
        (f) =>
          `| ${f.field} | ${f.estimatedHits.toLocaleString('en')} | ${f.measuredHits.toLocaleString('en')} | ${ratio(f.estimatedHits, f.measuredHits)} | ${f.cost.toLocaleString('en')} |`,
      ),
      '',
      '| dashboard example | estimated cost | measured db hits | db hits per unit of cost |',
      '| --- | ---: | ---: | ---: |',
      ...s.operations.map(
        (o) =>
          `| ${o.operation} | ${o.cost.toLocaleString('en')} | ${o.measuredHits.toLocaleString('en')} | ${(o.measuredHits / o.cost).toFixed(1)} |`,
      ),
      '',
    ].join('\n'),
  );
  return [
    '# Cost model against measured work',
    '',
    `Each whole-graph field (analytics, health's node counts, disagreements) is costed by the database hits it is estimated to make Neo4j do, computed from the graph's counts (read from the count store), at ${dbHitsPerCostUnit} hits per unit of cost: the rate measured on the dashboard examples that list and nest. Measured here: the hits \`PROFILE\` reports for the statements our server sends, on the synthetic graph of each size (\`npm run seed:synthetic\`), the overlap between the two busiest tiers. The examples' costs use the same counts; Neighborhood and Path are left out (their default ids name nodes of the seeded articles).`,
    '',
    "Facets are measured grouped by source and tier, and by attribute (which reads the tiers' attributes); the gap between the two busiest tiers, for every source; the overlap with a soft field selected, which reads the tiers' claims with their evidence and the similar pairs between them in one statement. The synthetic graph has no `SIMILAR_TO` relationships (the write stage of articles computes them, and the synthetic loader writes the graph directly), so the estimates' terms for similar pairs were measured on the seeded articles instead: there (20 pairs) the soft overlap of senior leadership and senior management is estimated at 1,180 hits and makes 1,182, facets by source and tier 1,371 and 1,214, by attribute 1,458 and 1,472, the gap from senior management to senior leadership 3,743 and 1,020, and from department head to CEO 3,743 and 1,646 (on a graph of three tiers every tier is a busy one).",
    '',
    "Lists without a page size elsewhere (a tier's roles, a role's tiers, evidence) are still assumed to hold 10 items whatever the graph's size, so the examples that nest them make Neo4j do more hits per unit of cost on a larger graph. A list whose length an argument above it fixes holds as many as the argument names: a comparison has one tier, and each row one cell, per tier asked, one row per dimension named, and one characteristic per cell when a source is named.",
    '',
    'Reproduce with `npm run bench:cost -- --scale S` (and `M`); with `NEO4J_URI` set it measures that database, loading the synthetic graph into it first.',
    '',
    ...sections,
  ].join('\n');
}
