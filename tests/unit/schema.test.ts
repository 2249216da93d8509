import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/typeDefs.ts';
import { projectRoot } from '../../src/projectRoot.ts';

const schema = buildSchema(loadTypeDefs());
const ours: GraphQLNamedType[] = Object.values(schema.getTypeMap()).filter(
  (type: GraphQLNamedType) =>
    !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
);

describe('the schema', () => {
  it('documents every type and field, so the playground docs pane reads as documentation', () => {
    const undocumented: string[] = [];
    for (const type of ours) {
      if (!type.description) undocumented.push(type.name);
      const fields =
        isObjectType(type) || isInterfaceType(type)
          ? Object.values(type.getFields())
          : isInputObjectType(type)
            ? Object.values(type.getFields())
            : [];
      for (const field of fields) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('keeps the contract names dashboards rely on', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const field of [
      'sources',
      'source',
      'tiers',
      'tier',
      'roles',
      'role',
      'responsibilities',
      'skills',
      'dimensions',
      'dimension',
      'compare',
      'search',
      'neighborhood',
      'path',
      'disagreements',
      'stats',
      'node',
    ]) {
      expect(query[field], field).toBeDefined();
    }
    for (const type of [
      'Source',
      'Section',
      'Statement',
      'Tier',
      'Role',
      'Responsibility',
      'Skill',
      'Dimension',
    ]) {
      const named = schema.getType(type);
      expect(isObjectType(named) && named.getInterfaces().map((i) => i.name), type).toEqual(['Node']);
    }
  });

  it('accepts every example operation in docs/examples', () => {
    const dir = join(projectRoot, 'docs', 'examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files).toHaveLength(12);
    for (const file of files) {
      expect({
        file,
        errors: validate(schema, parse(readFileSync(join(dir, file), 'utf8'))).map((e) => e.message),
      }).toEqual({ file, errors: [] });
    }
  });
});
