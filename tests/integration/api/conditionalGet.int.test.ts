import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { readManifest } from '../../../src/server/operationManifest.ts';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver.ts';
import { seedArticles } from '../../../src/ingest/seedArticles.ts';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { boltGate } from '../../support/boltGate.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { seedCliCommand } from '../../support/seedCli.ts';
import { postGraphQL, startTestServer, testDatabase, testDriver } from '../../support/testDatabase.ts';

// A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
const patient = { NEO4J_QUERY_TIMEOUT_MS: '60000' };

const manifest = readManifest(join(projectRoot, 'docs', 'examples', 'persisted-operations.json'));
const hashOf = (name: string) => {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`no operation ${name} in the manifest`);
  return operation.id;
};

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** A dashboard's GET: the operation by its manifest hash, with the header CSRF prevention asks for. */
async function getByHash(
  url: string,
  name: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<Answer> {
  const query = new URLSearchParams({
    operationName: name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(name) } }),
  });
  const response = await fetch(`${url}?${query.toString()}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * `npm run seed -- --article FILE`, as a person runs it, in its own process; asynchronously, so
 * the server in this process keeps answering meanwhile.
 */
function seedArticle(file: string) {
  const command = seedCliCommand(['--article', file]);
  return promisify(execFile)(command.file, command.args, command.options);
}

const sourceSlugs = (body: string) =>
  (
    JSON.parse(body) as { data: { stats: { perSource: { source: { slug: string } }[] } } }
  ).data.stats.perSource
    .map((s) => s.source.slug)
    .sort();

describe('conditional GETs of persisted operations', () => {
  let driver: Driver;
  let server: RunningServer;
  let first: Answer;

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    server = await startTestServer(driver, patient);
  });
  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  it('answers a GET by hash with the data, a public max-age, an ETag and the graph version', async () => {
    first = await getByHash(server.url, 'DashboardStats');
    expect(first.status, first.body).toBe(200);
    expect(sourceSlugs(first.body)).toEqual([
      'senior-leadership-vs-senior-management',
      'senior-management-vs-executive-management',
    ]);
    expect(first.headers.get('cache-control')).toBe('max-age=5, public');
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    const { body } = await postGraphQL<{ health: { graphVersion: string } }>(
      server.url,
      '{ health { graphVersion } }',
    );
    expect(body.data?.health.graphVersion).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get('x-graph-version')).toBe(body.data?.health.graphVersion);
  });

  it('answers 304 to If-None-Match on an unchanged graph, reading only the version from Neo4j', async () => {
    const sessions = vi.spyOn(driver, 'session');
    const again = await getByHash(
      server.url,
      'DashboardStats',
      {},
      {
        'apollo-require-preflight': 'true',
        'if-none-match': first.headers.get('etag') ?? '',
      },
    );
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('cache-control')).toBe('max-age=5, public');
    expect(sessions).toHaveBeenCalledTimes(1);
    sessions.mockClear();
    // Without If-None-Match the operation runs: the version read and the statistics' reads.
    expect((await getByHash(server.url, 'DashboardStats')).status).toBe(200);
    expect(sessions.mock.calls.length).toBeGreaterThan(1);
    sessions.mockRestore();
  });

  it('gives other variables another ETag, and a tag of other variables no 304', async () => {
    const narrowed = await getByHash(server.url, 'DashboardStats', {
      source: 'senior-management-vs-executive-management',
    });
    expect(narrowed.status).toBe(200);
    expect(narrowed.headers.get('etag')).not.toBe(first.headers.get('etag'));
    const crossed = await getByHash(
      server.url,
      'DashboardStats',
      { source: 'senior-management-vs-executive-management' },
      { 'apollo-require-preflight': 'true', 'if-none-match': first.headers.get('etag') ?? '' },
    );
    expect(crossed.status).toBe(200);
  });

  it('keys the tag by every parameter Apollo reads: 1,000 others before `variables` change nothing', async () => {
    // Express's query parser keeps the first 1,000 parameters; Apollo reads the whole query string.
    const padded = async (source: string, headers: Record<string, string> = {}) => {
      const query = new URLSearchParams(
        Array.from({ length: 1_000 }, (_, i): [string, string] => [`p${i}`, 'x']),
      );
      query.append('operationName', 'DashboardStats');
      query.append(
        'extensions',
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf('DashboardStats') } }),
      );
      query.append('variables', JSON.stringify({ source }));
      const response = await fetch(`${server.url}?${query.toString()}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
      return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
    };
    const one = await padded('senior-leadership-vs-senior-management');
    const other = await padded('senior-management-vs-executive-management');
    expect([one.status, other.status]).toEqual([200, 200]);
    expect(one.body).not.toBe(other.body);
    expect(one.etag).not.toBeNull();
    expect(one.etag).not.toBe(other.etag);
    const crossed = await padded('senior-leadership-vs-senior-management', {
      'if-none-match': other.etag ?? '',
    });
    expect(crossed.status).toBe(200);
    expect(crossed.body).toBe(one.body);
  });

  it('says that a GET of /graphql varies by Accept: the same URL is the playground for a browser', async () => {
    const answer = await getByHash(server.url, 'DashboardStats');
    expect(answer.headers.get('vary')?.split(/,\s*/)).toContain('Accept');
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('vary')?.split(/,\s*/)).toContain('Accept');
  });

  it('does not answer 304 to a GET that CSRF prevention refuses', async () => {
    const refused = await getByHash(
      server.url,
      'DashboardStats',
      {},
      {
        'if-none-match': first.headers.get('etag') ?? '',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.get('etag')).toBeNull();
  });

  it('puts no caching headers on errors, nor on health', async () => {
    const bad = await getByHash(server.url, 'DashboardStats', {
      tiers: ['nowhere', 'senior-management'],
    });
    expect(JSON.parse(bad.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(bad.headers.get('etag')).toBeNull();
    expect(bad.headers.get('cache-control')).toBe('no-store');
    const health = await fetch(`${server.url}?query=${encodeURIComponent('{ health { graphVersion } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(health.status).toBe(200);
    expect(health.headers.get('etag')).toBeNull();
    expect(health.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 200 with a new ETag and the new data right after npm run seed -- --article', async () => {
    await seedArticle(
      join(projectRoot, 'tests', 'fixtures', 'articles', 'executive-management-in-practice.txt'),
    );
    const after = await getByHash(
      server.url,
      'DashboardStats',
      {},
      {
        'apollo-require-preflight': 'true',
        'if-none-match': first.headers.get('etag') ?? '',
      },
    );
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(after.headers.get('x-graph-version')).not.toBe(first.headers.get('x-graph-version'));
    expect(sourceSlugs(after.body)).toContain('executive-management-in-practice');
  });
});

describe('the ETag of an answer read after a load committed', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(async () => {
    await resetAndSeed(driver);
    await driver?.close();
  });

  it('names the version the answer was read from, not the one read before the request ran', async () => {
    // The request's statement (the only one sent with this text) is held until a load commits.
    const text = 'senior';
    const gate = await boltGate(testDatabase().uri, text);
    const gatedDriver = createDriver({ uri: gate.uri, auth: driverAuth() });
    const gatedServer = await startTestServer(gatedDriver, patient);
    const get = async (url: string) => {
      const response = await fetch(
        `${url}?query=${encodeURIComponent(`{ tiers(filter: { text: "${text}" }) { slug } }`)}`,
        {
          headers: { 'apollo-require-preflight': 'true' },
        },
      );
      return { status: response.status, headers: response.headers, body: await response.text() };
    };
    try {
      const answer = get(gatedServer.url);
      await gate.held;
      await seedArticles(testCypher(driver), [
        {
          article: join(projectRoot, 'tests', 'fixtures', 'articles', 'executive-management-in-practice.txt'),
          annotations: null,
        },
      ]);
      gate.release();
      const gated = await answer;
      // The same operation asked again, on the version now loaded, with nothing in between.
      const after = await get(gatedServer.url);
      expect([gated.status, after.status]).toEqual([200, 200]);
      expect(gated.body).toBe(after.body);
      expect(gated.headers.get('x-graph-version')).toBe(await currentVersion(driver));
      expect(gated.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
      expect(gated.headers.get('etag')).toBe(after.headers.get('etag'));
    } finally {
      await gatedServer.stop();
      await gatedDriver.close();
      await gate.close();
    }
  });
});

async function currentVersion(driver: Driver): Promise<string | undefined> {
  const [row] = await testCypher(driver).read<{ version: string }>(
    'test.version',
    "MATCH (v:GraphVersion {key: 'graph'}) RETURN v.version AS version",
  );
  return row?.version;
}

function driverAuth() {
  const db = testDatabase();
  return db.password === null ? undefined : neo4j.auth.basic(db.username, db.password);
}

describe('GETs by hash in manifest-only mode', () => {
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    server = await startTestServer(driver, { ...patient, PERSISTED_QUERIES: 'manifest-only' });
  });
  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  it('runs a manifest operation named only by its hash, and refuses any other hash', async () => {
    const answer = await getByHash(server.url, 'Disagreements', { about: 'senior-management' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Members of Senior management');
    const query = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }),
    });
    const unknown = await fetch(`${server.url}?${query.toString()}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('PERSISTED_QUERY_NOT_IN_MANIFEST');
  });
});
