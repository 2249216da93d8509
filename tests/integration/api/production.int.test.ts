import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { resetAndSeed } from '../../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDriver } from '../../support/testDatabase.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = JSON.parse(
  readFileSync(join(projectRoot, 'docs', 'examples', 'persisted-operations.json'), 'utf8'),
) as {
  operations: { id: string; name: string; body: string }[];
};

describe('production mode and persisted operations', () => {
  let driver: Driver;
  let production: RunningServer;
  let manifestOnly: RunningServer;
  let development: RunningServer;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    production = await startTestServer(driver, {
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://dashboards.example.com',
    });
    manifestOnly = await startTestServer(driver, {
      NODE_ENV: 'production',
      PERSISTED_QUERIES: 'manifest-only',
    });
    development = await startTestServer(driver);
  });
  afterAll(async () => {
    for (const server of [production, manifestOnly, development]) await server.stop();
    await driver.close();
  });

  it('turns introspection off and hides field suggestions in production', async () => {
    const introspection = await postGraphQL(production.url, '{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const typo = await postGraphQL(production.url, '{ tierz { slug } }');
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "tierz" on type "Query".');
    const devTypo = await postGraphQL(development.url, '{ tierz { slug } }');
    expect(devTypo.body.errors?.[0]?.message).toBe(
      'Cannot query field "tierz" on type "Query". Did you mean "tier" or "tiers"?',
    );
  });

  it('allows only the configured browser origins', async () => {
    const preflight = (origin: string) =>
      fetch(production.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://dashboards.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboards.example.com');
    const denied = await preflight('https://evil.example.com');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("keeps Apollo's CSRF prevention on: a simple GET without a preflight header is refused", async () => {
    const response = await fetch(`${production.url}?query=${encodeURIComponent('{ tiers { slug } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const withHeader = await fetch(`${production.url}?query=${encodeURIComponent('{ tiers { slug } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ tier(slug: "executive-management") { name } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const post = (body: object) =>
      fetch(development.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    expect(await post({ extensions })).toMatchObject({
      errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    expect(await post({ query, extensions })).toEqual({ data: { tier: { name: 'Executive management' } } });
    expect(await post({ extensions })).toEqual({ data: { tier: { name: 'Executive management' } } });
  });

  it('runs only manifest operations in manifest-only mode', async () => {
    const rolesByTier = manifest.operations.find((o) => o.name === 'RolesByTier');
    expect(rolesByTier?.id).toBe(sha256(rolesByTier?.body ?? ''));
    const post = (body: object) =>
      fetch(manifestOnly.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const byHash = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: rolesByTier?.id } },
    });
    expect(byHash.status).toBe(200);
    const data = (await byHash.json()) as { data: { tiers: { slug: string }[] } };
    expect(data.data.tiers.map((t) => t.slug)).toEqual([
      'executive-management',
      'senior-leadership',
      'senior-management',
    ]);
    const byText = await post({ query: rolesByTier?.body });
    expect(byText.status).toBe(200);
    const adHoc = await post({ query: '{ tiers { slug } }' });
    expect(adHoc.status).toBe(400);
    expect(await adHoc.json()).toEqual({
      errors: [
        {
          message:
            'Only the operations of the manifest run here (PERSISTED_QUERIES=manifest-only): send extensions.persistedQuery.sha256Hash of a listed operation.',
          extensions: { code: 'PERSISTED_QUERY_NOT_IN_MANIFEST' },
        },
      ],
    });
    const viaGet = await fetch(`${manifestOnly.url}?query=${encodeURIComponent('{ tiers { slug } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(400);
  });
});
