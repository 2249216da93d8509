import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('applies documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.managed.home).toMatch(/\.neo4j\/dev$/);
    expect(config.managed.heap).toBe('512m');
    expect(config.seedOnStart).toBe(true);
    expect(config.playground).toBe('graphiql');
  });

  it('accepts the three playgrounds and names them when another is asked for', () => {
    expect(loadConfig({ PLAYGROUND: 'sandbox' }).playground).toBe('sandbox');
    expect(loadConfig({ PLAYGROUND: 'off' }).playground).toBe('off');
    expect(() => loadConfig({ PLAYGROUND: 'playground' })).toThrow(
      'PLAYGROUND="playground" must be graphiql, sandbox or off',
    );
  });

  it('reports every bad variable at once, naming the value and what is allowed', () => {
    let caught: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost:7474',
        NEO4J_MANAGED_HEAP: 'lots',
        SEED_ON_START: 'maybe',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems).toContain('PORT="eighty" must be a number');
    expect(problems.find((p) => p.startsWith('NEO4J_URI="http://localhost:7474"'))).toMatch(
      /bolt:\/\/localhost:7687/,
    );
    expect(problems).toContain('NEO4J_MANAGED_HEAP="lots" must be a size such as 512m or 1g');
    expect(problems).toContain('SEED_ON_START="maybe" must be true or false');
  });

  it('rejects out-of-range numbers with the bound', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT="70000" must be at most 65535');
  });

  it('accepts the URI schemes of Aura, clusters and single servers', () => {
    for (const uri of [
      'bolt://localhost:7687',
      'neo4j://cluster:7687',
      'neo4j+s://abc.databases.neo4j.io',
      'bolt+ssc://db:7687',
    ]) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('refuses a password without a URI rather than silently ignoring it', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'secret' })).toThrow(
      /NEO4J_PASSWORD is set but NEO4J_URI is not/,
    );
  });
});
