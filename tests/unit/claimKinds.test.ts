import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsByKind } from '../../src/claimKinds/fields.ts';
import { claimKindSteps } from '../../src/claimKinds/ingest.ts';
import { claimKindModules, type ClaimKindName } from '../../src/claimKinds/relations.ts';
import { claimTypes } from '../../src/data/model.ts';
import { claimKindOf, claimRelations } from '../../src/data/relations.ts';
import { edgeStyles } from '../../src/data/edgeStyles.ts';
import { loadTypeDefs } from '../../src/graphql/typeDefs.ts';
import { relationFields } from '../../src/graphql/relationFields.ts';
import { annotationsSchema } from '../../src/ingest/annotations.ts';
import type { FieldPlan } from '../../src/planner/plan.ts';
import { projectRoot } from '../../src/projectRoot.ts';

const kinds: ClaimKindName[] = [...new Set(claimRelations.map(({ kind }) => kind))];
const folder = (kind: string) => join(projectRoot, 'src', 'claimKinds', kind);
const schema = buildSchema(loadTypeDefs());

// Every side of a relation some field of the API follows, by the plans the planner reads.
const followed = new Set(
  Object.values(relationFields).flatMap((fields) =>
    Object.values(fields).flatMap(({ plan }: { plan: FieldPlan }) =>
      plan.kind === 'claims'
        ? plan.steps
        : plan.kind === 'paths'
          ? plan.paths.flatMap((path) => path.steps)
          : plan.kind === 'nodes'
            ? [plan.side]
            : [],
    ),
  ),
);

describe('each kind of claim, a folder of its own', () => {
  it('is found by its relationship type and both end labels, one kind per triple', () => {
    const triples = claimRelations.map(
      ({ relation }) => `${relation.start}-${relation.type}->${relation.end}`,
    );
    expect(new Set(triples).size).toBe(triples.length);
    for (const { kind, relation } of claimRelations)
      expect(claimKindOf(relation.type, relation.start, relation.end)).toBe(kind);
    expect(claimKindOf('HAS_SECTION', 'Source', 'Section')).toBeNull();
  });

  it('has a writer: its loader step writes the types of its relations, and every claim type is written', () => {
    expect(claimKindSteps.map((step) => step.kind).sort()).toEqual([...kinds].sort());
    for (const step of claimKindSteps) {
      const types = claimKindModules[step.kind].relations.map((relation) => relation.type);
      expect([...step.writes].sort(), step.kind).toEqual([...new Set(types)].sort());
    }
    expect([...new Set(claimKindSteps.flatMap((step) => step.writes))].sort()).toEqual(
      [...claimTypes].sort(),
    );
  });

  it('reads every part of the annotation format that holds claims, each part by one kind', () => {
    const parts = claimKindSteps.map((step) => step.reads);
    const claimParts = Object.keys(annotationsSchema.shape).filter((k) => k !== 'source' && k !== 'entities');
    expect([...parts].sort()).toEqual(claimParts.sort());
  });

  it.each(kinds)(
    '%s has its SDL: its claim type in its folder, every field it adds in the schema',
    (kind) => {
      for (const relation of claimKindModules[kind].relations) {
        if (relation.claimType === null) continue;
        const file = join(folder(kind), 'schema.graphql');
        expect(existsSync(file), `${kind} has no schema.graphql`).toBe(true);
        const defined = parse(readFileSync(file, 'utf8')).definitions.flatMap((d) =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION ? [d.name.value] : [],
        );
        expect(defined).toContain(relation.claimType);
      }
      const fields: Readonly<Record<string, object>> = fieldsByKind[kind];
      for (const [type, added] of Object.entries(fields)) {
        const named = schema.getType(type);
        expect(isObjectType(named), `${type} is not an object type`).toBe(true);
        if (isObjectType(named))
          for (const field of Object.keys(added)) expect(named.getFields()).toHaveProperty(field);
      }
    },
  );

  it.each(kinds)('%s has a reader: an API field follows each of its relations', (kind) => {
    for (const relation of claimKindModules[kind].relations)
      expect(followed.has(relation.out) || followed.has(relation.in), `${relation.type} unread`).toBe(true);
  });

  it.each(kinds)('%s has a style drawings are served', (kind) => {
    for (const relation of claimKindModules[kind].relations) {
      expect(relation.look?.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(edgeStyles.some((style) => style.claim && style.kind === relation.look?.kind)).toBe(true);
    }
  });
});
