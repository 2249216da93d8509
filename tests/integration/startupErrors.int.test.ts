import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';

function runServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start with bad configuration', () => {
  it('exits 1 listing every bad variable before touching the database', () => {
    const result = runServer({ PORT: '-1', NEO4J_URI: 'localhost:7687', NEO4J_QUERY_TIMEOUT_MS: 'soon' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('PORT="-1" must be at least 0');
    expect(result.stderr).toContain(
      'NEO4J_URI="localhost:7687" must be a Neo4j URI such as bolt://localhost:7687',
    );
    expect(result.stderr).toContain('NEO4J_QUERY_TIMEOUT_MS="soon" must be a number');
  });

  it('names the missing tool when Java is not on PATH', () => {
    const result = runServer({
      PATH: '/nonexistent',
      NEO4J_MANAGED_HOME: join(projectRoot, '.neo4j', 'scratch', 'no-java'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('`java` was not found on PATH');
    expect(result.stderr).toContain('NEO4J_URI');
  });
});
