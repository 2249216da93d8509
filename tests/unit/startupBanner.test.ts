import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';
import { prettyLogs } from '../../src/logger.ts';
import { neo4jOrigin, pageUrls, startupBanner } from '../../src/server/startupBanner.ts';

describe('the block that ends npm start', () => {
  it('lists GraphQL, each page, where Neo4j came from and its URI, and what the graph holds', () => {
    const url = 'http://127.0.0.1:4000/graphql';
    expect(
      startupBanner({
        graphql: url,
        pages: pageUrls(url),
        neo4j: { from: 'NEO4J_URI', uri: 'neo4j+s://abc.databases.example' },
        graph: { nodes: 1234, sources: 2 },
      }),
    ).toBe(
      [
        'Ready.',
        '  GraphQL     http://127.0.0.1:4000/graphql',
        '  Playground  http://127.0.0.1:4000/graphql',
        '  Explorer    http://127.0.0.1:4000/explorer',
        '  Dashboard   http://127.0.0.1:4000/dashboard',
        '  Neo4j       neo4j+s://abc.databases.example (NEO4J_URI)',
        '  Graph       1,234 nodes from 2 articles',
      ].join('\n'),
    );
  });

  it('says so when the database did not answer in time to count', () => {
    const banner = startupBanner({
      graphql: 'u',
      pages: [],
      neo4j: { from: 'x', uri: 'bolt://h:1' },
      graph: null,
    });
    expect(banner).toMatch(/Graph\s+not read: the database did not answer yet/);
  });

  it('names the source of the database', () => {
    expect(neo4jOrigin({ origin: 'configured' }, '/srv/app/.neo4j/dev')).toBe('NEO4J_URI');
    expect(neo4jOrigin({ origin: 'managed' }, '/srv/app/.neo4j/dev')).toBe(
      'the managed local Neo4j in /srv/app/.neo4j/dev',
    );
    expect(neo4jOrigin({ origin: 'managed' }, join(projectRoot, '.neo4j', 'dev'))).toBe(
      'the managed local Neo4j in .neo4j/dev',
    );
  });
});

describe('log format', () => {
  it('is pretty only at a terminal outside production', () => {
    const info = { logLevel: 'info' } as const;
    expect(prettyLogs({ ...info, env: 'development' }, { isTTY: true })).toBe(true);
    expect(prettyLogs({ ...info, env: 'test' }, { isTTY: true })).toBe(true);
    expect(prettyLogs({ ...info, env: 'production' }, { isTTY: true })).toBe(false);
    expect(prettyLogs({ ...info, env: 'development' }, { isTTY: false })).toBe(false);
    expect(prettyLogs({ ...info, env: 'development' }, {})).toBe(false);
    expect(prettyLogs({ logLevel: 'silent', env: 'development' }, { isTTY: true })).toBe(false);
  });
});
