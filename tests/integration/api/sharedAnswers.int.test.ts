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
import { boltGate, type BoltGate } from '../../support/boltGate.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDatabase, testDriver } from '../../support/testDatabase.ts';

// A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
const patient = { NEO4J_QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' };

const slug = 'executive-management-in-practice';
const fixture = join(projectRoot, 'tests', 'fixtures', 'articles', `${slug}.txt`);

/** Two versions of one article: the second has one more responsibility bullet, so more claims. */
function articleVersions(): { a: ArticleFiles; b: ArticleFiles; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shared-answers-'));
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

// Whole-graph answers, each read by one statement whose transaction names it (the gate's marker).
const facetsQuery = `{ facets(by: [SOURCE, LABEL], first: 500) { values { key value } count } }`;
const perSourceQuery = `{ stats { perSource { source { slug } statements claims { type count } } } }`;

const driverAuth = () => {
  const db = testDatabase();
  return db.password === null ? undefined : neo4j.auth.basic(db.username, db.password);
};

describe('whole-graph answers are computed once per graph version', () => {
  let driver: Driver;
  let files: ReturnType<typeof articleVersions>;
  let gate: BoltGate;
  let gatedDriver: Driver;
  // Two servers with their own shared answers, as two API processes have: one counted at the gate.
  let counted: RunningServer;
  let other: RunningServer;
  const load = (article: ArticleFiles) => seedArticles(testCypher(driver), [article]);
  const ask = async (server: RunningServer, query: string) => {
    const { status, body } = await postGraphQL(server.url, query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    driver = testDriver();
    files = articleVersions();
    await resetAndSeed(driver, [files.a]);
    // Every facets statement is counted; each is held until the gate is released (once).
    gate = await boltGate(testDatabase().uri, 'facets', { every: true });
    gatedDriver = createDriver({ uri: gate.uri, auth: driverAuth() });
    counted = await startTestServer(gatedDriver, patient);
    other = await startTestServer(driver, patient);
  });
  afterAll(async () => {
    await counted.stop();
    await other.stop();
    await gatedDriver.close();
    await gate.close();
    await resetAndSeed(driver);
    await driver.close();
    rmSync(files.dir, { recursive: true, force: true });
  });

  it('many concurrent first requests on a new version run the statement once; a load changes the answer in every server', async () => {
    const onA = await ask(other, facetsQuery);
    // A new version: nothing is shared for it yet in either server.
    await load(files.b);
    const clients = 16;
    let arrived = 0;
    const allArrived = new Promise<void>((resolvePromise) => {
      counted.httpServer.on('request', () => {
        arrived += 1;
        if (arrived === clients) resolvePromise();
      });
    });
    const answers = Promise.all(Array.from({ length: clients }, () => ask(counted, facetsQuery)));
    // The first statement is held until every request has reached the server, so that they ask for
    // the answer while it is being computed.
    await Promise.all([gate.held, allArrived]);
    gate.release();
    const onB = await answers;
    expect(gate.heldCount()).toBe(1);
    for (const answer of onB) expect(answer).toEqual(onB[0]);
    // The load changed the answer, and the other server, which had the old one, sees it too.
    expect(onB[0]).not.toEqual(onA);
    expect(await ask(other, facetsQuery)).toEqual(onB[0]);

    // Asked again on the same version: served from the shared answer, no statement.
    expect(await ask(counted, facetsQuery)).toEqual(onB[0]);
    expect(gate.heldCount()).toBe(1);

    // Back to the first version: computed once more, and the same as before in both servers.
    await load(files.a);
    expect(await ask(counted, facetsQuery)).toEqual(onA);
    expect(await ask(other, facetsQuery)).toEqual(onA);
    expect(gate.heldCount()).toBe(2);
  });

  it('a load changes the per-source statistics seen by both servers', async () => {
    const before = await ask(other, perSourceQuery);
    expect(await ask(counted, perSourceQuery)).toEqual(before);
    await load(files.b);
    const after = await ask(counted, perSourceQuery);
    expect(after).not.toEqual(before);
    expect(await ask(other, perSourceQuery)).toEqual(after);
  });
});
