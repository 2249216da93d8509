import { describe, expect, it } from 'vitest';
import { label, relType } from '../../../src/ingest/write/cypherNames.ts';
import { schemaStatements } from '../../../src/ingest/write/schema.ts';

describe('names the write stage puts into Cypher text', () => {
  it('passes the labels and relationship types of the graph model', () => {
    expect(label('Role')).toBe('Role');
    expect(relType('MEMBER_OF')).toBe('MEMBER_OF');
    expect(schemaStatements()).toContain(
      'CREATE INDEX member_of_source IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.source)',
    );
  });

  it('refuses any other name, so nothing but the model reaches a statement', () => {
    expect(() => label('Role) DETACH DELETE (n')).toThrow(/not part of the graph model/);
    expect(() => relType('KNOWS')).toThrow(/not part of the graph model: KNOWS/);
  });
});
