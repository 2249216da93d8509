import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jVersion } from '../../src/db/neo4jVersion.ts';
import type { RunningServer } from '../../src/server/createServer.ts';
import { postGraphQL, startTestServer, testDriver } from '../support/testDatabase.ts';

describe('the GraphQL server over HTTP', () => {
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('answers a health query with versions and live node counts', async () => {
    await driver.executeQuery('CREATE (:HealthProbe {name: "CEO"}), (:HealthProbe {name: "CFO"})');
    try {
      const { status, body } = await postGraphQL<{
        health: {
          status: string;
          apiVersion: string;
          database: { version: string; edition: string };
          nodeCounts: { label: string; count: number }[];
        };
      }>(
        server.url,
        '{ health { status apiVersion database { name version edition } nodeCounts { label count } } }',
      );
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.health.status).toBe('OK');
      expect(body.data?.health.apiVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(body.data?.health.database).toEqual({
        name: 'neo4j',
        version: neo4jVersion(),
        edition: 'community',
      });
      expect(body.data?.health.nodeCounts).toContainEqual({ label: 'HealthProbe', count: 2 });
    } finally {
      await driver.executeQuery('MATCH (p:HealthProbe) DETACH DELETE p');
    }
  });

  it('serves /health and /ready', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('keeps an idle connection open for a minute, so a client busy between requests finds it alive', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('rejects an unknown field with a validation error, not a crash', async () => {
    const { status, body } = await postGraphQL(server.url, '{ ceo }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "ceo" on type "Query".');
  });
});
