import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';

/**
 * The Neo4j version shared by the managed launcher, the testcontainers image and
 * docker-compose. It lives in `.env` because that is the one file compose reads for
 * interpolation, so there is a single place to bump it.
 */
export function neo4jVersion(): string {
  const text = readFileSync(join(projectRoot, '.env'), 'utf8');
  const match = /^NEO4J_VERSION=(\d+\.\d+\.\d+)\s*$/m.exec(text);
  if (!match?.[1]) {
    throw new Error('.env must define NEO4J_VERSION=<major.minor.patch>, for example NEO4J_VERSION=5.26.30');
  }
  return match[1];
}

/** Docker image of the same version, used by compose and by testcontainers. */
export function neo4jImage(): string {
  return `neo4j:${neo4jVersion()}-community`;
}
