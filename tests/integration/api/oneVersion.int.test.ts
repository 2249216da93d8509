import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/db/driver.ts';
import type { ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { seedArticles } from '../../../src/ingest/seedArticles.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { boltGate } from '../../support/boltGate.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDatabase, testDriver } from '../../support/testDatabase.ts';

// A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
const patient = { NEO4J_QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' };

const slug = 'executive-management-in-practice';
const fixture = join(projectRoot, 'tests', 'fixtures', 'articles', `${slug}.txt`);

/**
 * Two versions of one article, both without annotations (claims extracted): the second has one
 * more responsibility bullet, so one more statement and more claims. An answer that mixes the
 * statements of one with the claims of the other matches neither.
 */
function articleVersions(): { a: ArticleFiles; b: ArticleFiles; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'one-version-'));
  const text = readFileSync(fixture, 'utf8');
  const extra = text.replace(
    '  • Reporting progress on those targets to the CFO every month.\n',
    '  • Reporting progress on those targets to the CFO every month.\n  • Approving the hiring plan of every department.\n',
  );
  if (extra === text) throw new Error('the fixture article changed: the extra bullet has no place');
  const version = (name: string, content: string): ArticleFiles => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, `${slug}.txt`), content);
    return { article: join(dir, name, `${slug}.txt`), annotations: null };
  };
  return { a: version('a', text), b: version('b', extra), dir };
}

const perSource = `{ stats { perSource { source { slug } statements claims { type count } methods { method count } } } }`;
const tiersOfSource = `{ tiers(filter: { source: "${slug}" }) { slug roles(source: "${slug}") { role { slug } } } }`;

interface Versions {
  a: unknown;
  b: unknown;
}

describe('every answer is read from one version of the graph', () => {
  let driver: Driver;
  let server: RunningServer;
  let files: ReturnType<typeof articleVersions>;
  const load = (article: ArticleFiles) => seedArticles(testCypher(driver), [article]);
  const ask = async (url: string, query: string) => {
    const { status, body } = await postGraphQL(url, query);
    return { status, body };
  };

  beforeAll(async () => {
    driver = testDriver();
    files = articleVersions();
    await resetAndSeed(driver, [files.a]);
    server = await startTestServer(driver, patient);
  });
  afterAll(async () => {
    await server.stop();
    await resetAndSeed(driver);
    await driver.close();
    rmSync(files.dir, { recursive: true, force: true });
  });

  /** The answers to each query on each version, read while nothing is loading; version a is left loaded. */
  async function quietAnswers(queries: readonly string[]): Promise<Versions[]> {
    const answersNow = () => Promise.all(queries.map(async (query) => (await ask(server.url, query)).body));
    await load(files.b);
    const b = await answersNow();
    await load(files.a);
    const a = await answersNow();
    return queries.map((_, i) => ({ a: a[i], b: b[i] }));
  }

  it('a load committed between two statements of one request: the answer is wholly one version', async () => {
    const [expected] = await quietAnswers([perSource]);
    if (!expected) throw new Error('no answers');
    expect(expected.a).not.toEqual(expected.b);
    // The request's second statement (its claims per source) is held until a load of version b commits.
    const gate = await boltGate(testDatabase().uri, 'stats.claims');
    const gatedDriver = createDriver({ uri: gate.uri, auth: driverAuth() });
    const gatedServer = await startTestServer(gatedDriver, patient);
    try {
      const answer = ask(gatedServer.url, perSource);
      await gate.held;
      await load(files.b);
      gate.release();
      const { status, body } = await answer;
      expect(status).toBe(200);
      expect(body).toEqual(expected.b);
    } finally {
      await gatedServer.stop();
      await gatedDriver.close();
      await gate.close();
    }
  });

  // Its length is the reloads' (about a second each, much more on a loaded machine), not a guess.
  const clients = 12;
  it(
    'reloads while many clients read: every answer is one version, none an error',
    { timeout: 600_000 },
    async () => {
      const operations = [perSource, tiersOfSource];
      const expected = await quietAnswers(operations);
      let loading = true;
      const reloads = (async () => {
        try {
          for (let round = 0; round < 4; round += 1) await load(round % 2 === 0 ? files.b : files.a);
        } finally {
          loading = false;
        }
      })();
      const answers: { operation: number; status: number; body: unknown }[] = [];
      // Each client asks again as soon as it has its answer, until the last reload has committed.
      const client = async (index: number) => {
        for (let n = 0; loading || n === 0; n += 1) {
          const operation = (index + n) % operations.length;
          answers.push({ operation, ...(await ask(server.url, operations[operation]!)) });
        }
      };
      await Promise.all([reloads, ...Array.from({ length: clients }, (_, i) => client(i))]);
      expect(answers.length).toBeGreaterThanOrEqual(clients);
      const wrong = answers.filter(
        ({ operation, status, body }) =>
          status !== 200 || (!equal(body, expected[operation]!.a) && !equal(body, expected[operation]!.b)),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('while a change is committing, a request waits for it; a marker left by a dead writer is ignored', async () => {
    const cypher = testCypher(driver);
    await cypher.write('test.marker', "CREATE (:GraphWrite {token: 'test', at: datetime()})");
    // Read straight from the graph (whole-graph statistics may come from the answers already shared
    // for the version the request read, which a commit in flight cannot have touched).
    const during = await ask(server.url, tiersOfSource);
    expect(during.status).toBe(503);
    expect(JSON.stringify(during.body)).toContain('SERVICE_UNAVAILABLE');
    await cypher.write(
      'test.marker',
      "MATCH (w:GraphWrite {token: 'test'}) SET w.at = datetime() - duration({minutes: 5})",
    );
    const stale = await ask(server.url, tiersOfSource);
    expect(stale.status).toBe(200);
    await cypher.write('test.marker', "MATCH (w:GraphWrite {token: 'test'}) DELETE w");
  });
});

const equal = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

function driverAuth() {
  const db = testDatabase();
  return db.password === null ? undefined : neo4j.auth.basic(db.username, db.password);
}
