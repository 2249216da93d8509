import { afterAll, describe, expect, it } from 'vitest';
import { neo4jVersion } from '../../src/db/neo4jVersion.ts';
import { testDatabase, testDriver } from '../support/testDatabase.ts';

describe('the shared test Neo4j', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('answers over Bolt with the pinned Community version', async () => {
    await driver.verifyConnectivity();
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    expect(records[0]?.get('version')).toBe(neo4jVersion());
    expect(records[0]?.get('edition')).toBe('community');
  });

  it('reads back what it writes in a real transaction', async () => {
    const session = driver.session({ database: testDatabase().database });
    try {
      const written = await session.executeWrite(async (tx) => {
        const result = await tx.run<{ name: string }>(
          'CREATE (p:BoltProbe {name: $name}) RETURN p.name AS name',
          { name: 'Chief Financial Officer' },
        );
        return result.records[0]?.get('name');
      });
      expect(written).toBe('Chief Financial Officer');
      const count = await session.executeRead(async (tx) => {
        const result = await tx.run<{ n: number }>('MATCH (p:BoltProbe {name: $name}) RETURN count(p) AS n', {
          name: 'Chief Financial Officer',
        });
        return result.records[0]?.get('n');
      });
      expect(count).toBe(1);
    } finally {
      await session.executeWrite((tx) => tx.run('MATCH (p:BoltProbe) DETACH DELETE p'));
      await session.close();
    }
  });
});
