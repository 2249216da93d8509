import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { obtainManagedNeo4j } from '../../src/db/managed/managedNeo4j.ts';
import { neo4jImage } from '../../src/db/neo4jVersion.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { dockerEngineAnswers } from './dockerEngine.ts';
import type { TestDatabase } from './testDatabase.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/**
 * Starts the one Neo4j the integration tests share, chosen like the app chooses: NEO4J_URI if
 * set; else a testcontainers Neo4j if a Docker engine answers; else the managed JVM Neo4j in its
 * own home (.neo4j/test), so tests never touch the data of a developer's running server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NEO4J_MANAGED_HOME: join(projectRoot, '.neo4j', 'test') });
  if (config.neo4j.uri) {
    project.provide('neo4j', {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? null,
      database: config.neo4j.database,
      origin: 'configured',
    });
    return () => Promise.resolve();
  }
  if (await dockerEngineAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(neo4jImage()).withPassword('test-password').start();
    project.provide('neo4j', {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
      origin: 'container',
    });
    return async () => {
      await container.stop();
    };
  }
  const managed = await obtainManagedNeo4j(config.managed);
  project.provide('neo4j', {
    uri: managed.uri,
    username: 'neo4j',
    password: null,
    database: 'neo4j',
    origin: 'managed',
  });
  return () => managed.release();
}
