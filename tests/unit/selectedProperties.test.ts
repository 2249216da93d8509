import {
  buildSchema,
  isObjectType,
  Kind,
  parse,
  validate,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeLabels, type NodeLabel } from '../../src/data/model.ts';
import { coreProperties, propertyProjection, shownProperties } from '../../src/data/nodeProperties.ts';
import { resolvers } from '../../src/graphql/resolvers/index.ts';
import { operationProperties } from '../../src/graphql/selectedProperties.ts';
import { loadTypeDefs } from '../../src/graphql/typeDefs.ts';

const schema = buildSchema(loadTypeDefs());

function selectionOf(document: string) {
  const parsed = parse(document);
  expect(validate(schema, parsed).map((error) => error.message)).toEqual([]);
  const definitions = parsed.definitions;
  const operation = definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const fragments = definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const selection = operationProperties(schema, operation, fragments);
  return Object.fromEntries(
    [...selection].filter(([, shown]) => shown.size > 0).map(([label, shown]) => [label, [...shown].sort()]),
  );
}

describe('the properties an operation reads', () => {
  it('cover every field a default resolver reads from a record, for every node type', () => {
    // A field without a resolver of its own shows the record property of its name, so that
    // property must be read: always (core) or when the field is selected (shown).
    const unread: string[] = [];
    for (const label of nodeLabels) {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      const own = (resolvers as Record<string, Record<string, unknown> | undefined>)[label] ?? {};
      for (const field of Object.keys(type.getFields())) {
        if (own[field] !== undefined || type.getFields()[field]?.args.length) continue;
        if (![...coreProperties[label], ...shownProperties[label]].includes(field))
          unread.push(`${label}.${field}`);
      }
      for (const property of shownProperties[label]) {
        if (!type.getFields()[property]) unread.push(`${label}.${property} is shown by no field`);
      }
    }
    expect(unread).toEqual([]);
  });

  it('are the shown fields selected anywhere: under aliases, in fragments and on the Node interface', () => {
    const selection = selectionOf(`
      query ($id: ID!) {
        quiet: tier(slug: "senior-management") { slug roles { evidence { id } } }
        loud: tier(slug: "senior-management") { ...listed }
        node(id: $id) { id ... on Statement { text mentions { ... on Role { aliases } } } }
        source(slug: "senior-leadership-vs-senior-management") { title sections { name } }
      }
      fragment listed on Tier { sources skills { skill { description } } }`);
    expect(selection).toEqual({
      Source: ['title'],
      Statement: ['text'],
      Tier: ['sources'],
      Role: ['aliases'],
      Skill: ['description'],
    });
  });

  it('project the core and the selected properties as a list, and everything when all are shown', () => {
    const selection = new Map<NodeLabel, Set<string>>(nodeLabels.map((label) => [label, new Set<string>()]));
    selection.set('Statement', new Set(['text']));
    expect(propertyProjection('s', 'Statement', selection)).toBe(
      '[s.id, s.source, s.section, s.position, s.text]',
    );
    expect(propertyProjection('t', 'Tier', selection)).toBe('[t.id, t.slug, t.name]');
    selection.set('Role', new Set(['aliases']));
    expect(propertyProjection('r', 'Role', selection)).toBe('[r.id, r.slug, r.name, r.aliases]');
    // A node of any label (what a statement mentions) is read whole, but for its sources list
    // unless the operation selects some label's.
    expect(propertyProjection('n', null, selection)).toBe('n {.*, sources: null}');
    selection.set('Role', new Set(['aliases', 'sources']));
    expect(propertyProjection('r', 'Role', selection)).toBe('r {.*}');
    expect(propertyProjection('n', null, selection)).toBe('n {.*}');
    // Without a selection (operations not planned) every property is read.
    expect(propertyProjection('t', 'Tier', null)).toBe('t {.*}');
  });
});
