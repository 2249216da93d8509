import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jImage, neo4jVersion } from '../../src/db/neo4jVersion.ts';
import { projectRoot } from '../../src/projectRoot.ts';

describe('the one Neo4j version', () => {
  it('is a 5.26 LTS release read from .env', () => {
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(neo4jImage()).toBe(`neo4j:${neo4jVersion()}-community`);
  });

  it('is what docker-compose interpolates, not a second copy', () => {
    const compose = readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain('image: neo4j:${NEO4J_VERSION}-community');
    expect(compose).not.toMatch(/image: neo4j:\d/);
  });
});
