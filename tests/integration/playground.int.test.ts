import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { RunningServer } from '../../src/server/createServer.ts';
import { resetAndSeed } from '../support/seededGraph.ts';
import { postGraphQL, startTestServer, testDriver } from '../support/testDatabase.ts';

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

async function getPage(url: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(url, { headers: asBrowser });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('what GET /graphql shows a browser, per PLAYGROUND', () => {
  let driver: Driver;
  const servers: RunningServer[] = [];
  const start = async (playground: string) => {
    const server = await startTestServer(driver, { PLAYGROUND: playground });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await driver.close();
  });

  it('graphiql (the default) serves our bundle, whose assets come from this server, and POSTs still answer', async () => {
    const server = await start('graphiql');
    const page = await getPage(server.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="graphiql">');
    expect(page.body).not.toMatch(/https?:\/\//);
    const script = /src="(\/assets\/playground-[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script ?? '', server.url));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');

    const { status, body } = await postGraphQL<{ role: { name: string } }>(
      server.url,
      '{ role(slug: "cfo") { name } }',
    );
    expect(status).toBe(200);
    expect(body.data?.role.name).toBe('CFO');
  });

  it('keeps Apollo’s CSRF prevention: a simple GET operation without a preflight header is refused', async () => {
    const server = await start('graphiql');
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ sources { slug } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('sandbox serves Apollo’s embedded Sandbox, which loads from Apollo’s CDN', async () => {
    const server = await start('sandbox');
    const page = await getPage(server.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('embeddable-sandbox.cdn.apollographql.com');
  });

  it('off serves no page: the browser gets the GraphQL error for a missing query', async () => {
    const server = await start('off');
    const page = await getPage(server.url);
    expect(page.status).toBe(400);
    expect(page.body).not.toContain('<html');
  });

  it('serves the explorer page at /explorer', async () => {
    const server = await start('graphiql');
    const page = await getPage(new URL('/explorer', server.url).href);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Org knowledge graph explorer');
    expect(page.body).toMatch(/src="\/assets\/explorer-[^"]+\.js"/);
  });
});
