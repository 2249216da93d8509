import { claimKindModules, type ClaimKindName } from '../claimKinds/relations.ts';
import type { NodeLabel } from './model.ts';
import { structuralRelation, type AnyRelation, type End } from './relationDefinition.ts';

export type { AnyRelation, Direction, RecordAt, Side } from './relationDefinition.ts';

/**
 * Every relationship of the graph, described once (relationDefinition.ts): the structure of the
 * articles here, the claims in the folder of their kind (src/claimKinds/). The model's lists of
 * types (model.ts), the hop loaders, the planner, the counts, exports and drawings and the API's
 * fields that follow relationships are all derived from these.
 */

export const structure = {
  hasSection: structuralRelation('HAS_SECTION', ['Source', 'Section']),
  hasStatement: structuralRelation('HAS_STATEMENT', ['Section', 'Statement']),
  mentions: structuralRelation('MENTIONS', ['Statement', 'any']),
  evidencedBy: structuralRelation('EVIDENCED_BY', ['any', 'Statement']),
  // Two entities of one kind whose texts mean about the same, scored (src/similarity/).
  similarTo: structuralRelation('SIMILAR_TO', ['any', 'any']),
};

type KindRelation = (typeof claimKindModules)[ClaimKindName]['relations'][number];
type StructureRelation = (typeof structure)[keyof typeof structure];

/** A relationship type of the graph, and one whose relationships are claims. */
export type RelationshipType = KindRelation['type'] | StructureRelation['type'];
export type ClaimType = KindRelation['type'];

/** Each kind's relations with the kind's name. */
export const claimRelations: readonly { kind: ClaimKindName; relation: KindRelation }[] = Object.entries(
  claimKindModules,
).flatMap(([kind, module]) =>
  module.relations.map((relation: KindRelation) => ({ kind: kindName(kind), relation })),
);

function kindName(name: string): ClaimKindName {
  const found = Object.keys(claimKindModules).find((k): k is ClaimKindName => k === name);
  if (!found) throw new Error(`no claim kind ${name}`);
  return found;
}

/** Every relation, in the order counts and statistics list their types: the articles' structure, the claims, links. */
export const relationList: readonly AnyRelation[] = [
  structure.hasSection,
  structure.hasStatement,
  structure.mentions,
  ...claimRelations.map((c) => c.relation),
  structure.evidencedBy,
  structure.similarTo,
];

/**
 * The claim kind stating a relationship, found by what identifies it: its type and the labels at
 * its two ends (a role's responsibilities and a tier's are both `HAS_RESPONSIBILITY`). Null for
 * structure.
 */
export function claimKindOf(type: string, start: string, end: string): ClaimKindName | null {
  const found = claimRelations.find(
    ({ relation }) =>
      relation.type === type && endsMatch(relation.start, start) && endsMatch(relation.end, end),
  );
  return found?.kind ?? null;
}
const endsMatch = (declared: End, label: string) => declared === 'any' || declared === label;

/**
 * Rows of a hop come in a stable order: by the far node's name, slug, then the claim's source.
 * Statements and sections are read in reading order instead (their source, then position).
 */
export const inReadingOrder = (far: End): boolean => far === 'Statement' || far === 'Section';

/**
 * Nodes another node names by its properties rather than by a relationship (a statement's source
 * and section, a characteristic's tier): the label of the node named, and the properties of the
 * naming node that make its id (`Label:` and their values joined by `/`), as the planner's Cypher
 * computes it; `id` computes the same from a record.
 */
export const references = {
  source: {
    name: 'source',
    label: 'Source',
    properties: ['source'],
    id: (r: { source: string }) => `Source:${r.source}`,
  },
  section: {
    name: 'section',
    label: 'Section',
    properties: ['source', 'section'],
    id: (r: { source: string; section: string }) => `Section:${r.source}/${r.section}`,
  },
  tier: { name: 'tier', label: 'Tier', properties: ['tier'], id: (r: { tier: string }) => `Tier:${r.tier}` },
  dimension: {
    name: 'dimension',
    label: 'Dimension',
    properties: ['dimension'],
    id: (r: { dimension: string }) => `Dimension:${r.dimension}`,
  },
  // The canonical dimension a dimension is grouped under.
  canonical: {
    name: 'canonical',
    label: 'CanonicalDimension',
    properties: ['canonical'],
    id: (r: { canonical: string }) => `CanonicalDimension:${r.canonical}`,
  },
} as const satisfies {
  [R in string]: { name: R; label: NodeLabel; properties: readonly string[]; id: (record: never) => string };
};

export type Reference = keyof typeof references;
