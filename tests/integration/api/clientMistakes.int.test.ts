import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/createServer.ts';
import { sha256 } from '../../../src/server/operationManifest.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { testConfig, testDriver } from '../../support/testDatabase.ts';

describe('client mistakes', () => {
  let driver: Driver;
  let server: RunningServer;
  const logLines: { level: number; text: string }[] = [];
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
          const { level } = JSON.parse(text) as { level: number };
          logLines.push({ level, text });
        }
        done();
      },
    });
    server = await startServer({ config: testConfig(), driver, log: pino({ level: 'trace' }, sink) });
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  const post = async (body: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      status: response.status,
      code: json.errors?.[0]?.extensions?.code,
      message: json.errors?.[0]?.message,
    };
  };

  it('answer 400 with a code saying what is wrong, and are not logged as errors', async () => {
    const query = '{ tiers { slug } }';
    const otherHash = sha256('{ roles { totalCount } }');
    // Each of these was answered "Internal server error" and logged at error level with a stack.
    expect(
      await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: otherHash } } }),
    ).toEqual({
      status: 400,
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message:
        'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: hash exactly the query text (UTF-8), in lowercase hex.',
    });
    expect(
      await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } }),
    ).toEqual({
      status: 400,
      code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
      message: 'Persisted query version 2 is not supported: send version 1.',
    });
    expect(await post({ query, extensions: { persistedQuery: 'x' } })).toMatchObject({
      status: 400,
      code: 'PERSISTED_QUERY_INVALID',
    });
    expect(
      await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    ).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_INVALID' });
    expect(await post({ query: 'mutation { x }' })).toEqual({
      status: 400,
      code: 'OPERATION_NOT_SUPPORTED',
      message: 'This API has no mutation operations; it answers query and subscription operations only.',
    });
    expect(await post({ query: 'subscription { graphChanged { version } }' })).toEqual({
      status: 400,
      code: 'OPERATION_NOT_SUPPORTED',
      message:
        'Subscriptions are served over GraphQL over SSE at /graphql/stream (POST with Accept: text/event-stream), not here.',
    });
    // Over GET too.
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 2, sha256Hash: sha256(query) } }),
    );
    const get = await fetch(`${server.url}?query=${encodeURIComponent(query)}&extensions=${extensions}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(400);
    expect(await get.json()).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' } }],
    });

    const errorsLogged = logLines.filter((line) => line.level >= 50 || line.text.includes('"stack"'));
    expect(errorsLogged).toEqual([]);
  });

  it('leave well-formed persisted queries working', async () => {
    const query = '{ tiers { slug } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    expect((await post({ query, extensions: { persistedQuery } })).status).toBe(200);
    // The hash alone now finds the registered query.
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery } }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { tiers: unknown[] } }).data.tiers).toHaveLength(3);
    // An unknown hash is Apollo's own PERSISTED_QUERY_NOT_FOUND, which clients answer by sending the text.
    expect(
      await post({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ sources { slug } }') } },
      }),
    ).toMatchObject({
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
  });
});
