import { getIntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDriver } from '../../support/testDatabase.ts';

describe('limits applied before execution', () => {
  let driver: Driver;
  let server: RunningServer;
  let strict: RunningServer;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    server = await startTestServer(driver);
    strict = await startTestServer(driver, { MAX_ROWS_PER_REQUEST: '100', MAX_BODY_BYTES: '2000' });
  });
  afterAll(async () => {
    await server.stop();
    await strict.stop();
    await driver.close();
  });

  const errorOf = async (url: string, query: string) => {
    const { status, body } = await postGraphQL(url, query);
    return { status, code: body.errors?.[0]?.extensions?.['code'], message: body.errors?.[0]?.message };
  };

  it('refuses too deep a query, naming the limit', async () => {
    expect(
      await errorOf(
        server.url,
        `{ role(slug: "cfo") { tiers { tier { roles { role { tiers { tier { roles { role { tiers { tier { roles { role { tiers { tier { name } } } } } } } } } } } } } } } }`,
      ),
    ).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Syntax Error: Query depth limit of 15 exceeded, found 16.',
    });
  });

  it('limits the depth of introspection too, including through a fragment named __schema', async () => {
    const deepIntrospection = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } } } }`;
    const viaFragment = `{ role(slug: "cfo") { tiers { tier { roles { role { ...__schema } } } } } }
      fragment __schema on Role { tiers { tier { roles { role { tiers { tier { roles { role { tiers { tier { roles { role { name } } } } } } } } } } } } }`;
    for (const query of [deepIntrospection, viaFragment]) {
      const { status, message } = await errorOf(server.url, query);
      expect(status).toBe(400);
      expect(message).toMatch(/^Syntax Error: Query depth limit of 15 exceeded, found \d+\.$/);
    }
    // The playground's own introspection query still passes.
    const { status, body } = await postGraphQL<{ __schema: { queryType: { name: string } } }>(
      server.url,
      getIntrospectionQuery(),
    );
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses too many aliases, tokens or directives', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: tier(slug: "ceo") { name }`).join(' ')} }`;
    expect(await errorOf(server.url, aliases)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Syntax Error: Aliases limit of 15 exceeded, found 16.',
    });
    const tokens = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
    expect(await errorOf(server.url, tokens)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.',
    });
    const directives = `{ tiers { name ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} } }`;
    expect(await errorOf(server.url, directives)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Syntax Error: Directives limit of 20 exceeded, found 21.',
    });
  });

  it('refuses an operation whose cost grows with its page sizes', async () => {
    const small = await postGraphQL(
      server.url,
      '{ roles(first: 2) { edges { node { name tiers { tier { roles { role { name } } } } } } } }',
    );
    expect(small.status).toBe(200);
    const large = await errorOf(
      server.url,
      `{ roles(first: 100) { edges { node { tiers { tier { roles { role { tiers { tier { roles { role { name } } } } } } } } } } } }`,
    );
    expect(large.status).toBe(400);
    expect(large.code).toBe('QUERY_TOO_COMPLEX');
    expect(large.message).toMatch(
      /^Query cost \d+ exceeds the limit of 50000 \(MAX_COST\): ask for fewer items/,
    );
    const hoods = Array.from(
      { length: 9 },
      (_, i) => `n${i}: neighborhood(id: "Um9sZTpjZm8", depth: 3, limit: 200) { truncated }`,
    ).join(' ');
    const hood = await errorOf(server.url, `{ ${hoods} }`);
    expect(hood.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an operation over the limit however many fragments it adds, saying what is allowed', async () => {
    const hoods = Array.from(
      { length: 15 },
      (_, i) => `n${i}: neighborhood(id: "Um9sZTpjZm8", depth: 3, limit: 200) { truncated }`,
    ).join(' ');
    expect((await errorOf(server.url, `{ ${hoods} }`)).code).toBe('QUERY_TOO_COMPLEX');
    // Fourteen fragments, each spreading the one before twice: costing once gave up and let it run.
    const chain = Array.from({ length: 14 }, (_, i) =>
      i === 0
        ? 'fragment F0 on Query { __typename }'
        : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
    );
    expect(await errorOf(server.url, `{ ${hoods} ...F13 }\n${chain.join('\n')}`)).toEqual({
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      message:
        'The cost of this operation could not be computed, so it does not run: an operation may expand to at most 10000 fields, each fragment counted at every place it is spread, and cost at most 50000 (MAX_COST).',
    });
  });

  it('stops a request that reads more rows than allowed', async () => {
    const ok = await postGraphQL<{ tiers: unknown[] }>(strict.url, '{ tiers { slug } }');
    expect(ok.body.data?.tiers).toHaveLength(3);
    const { status, body } = await postGraphQL(
      strict.url,
      '{ statements(first: 100) { edges { node { text mentions { __typename } } } } }',
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toBe(
      'The request read more than 100 rows from the database (MAX_ROWS_PER_REQUEST): ask for less.',
    );
  });

  it('answers oversized and malformed bodies clearly', async () => {
    const big = await fetch(strict.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(3000)}") { score } }` }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than 2000 bytes (MAX_BODY_BYTES).',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const malformed = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ tiers { slug } }"',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
