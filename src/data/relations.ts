import type { NodeLabel } from './model.ts';
import type { ClaimRecord, NodeRecord } from './records.ts';

/**
 * Every relationship of the graph, described once: its type, the labels at its two ends, whether
 * an article claims it (then it carries `source` and `evidence`, and a request can ask for one
 * source's), and, for the claims the API shows as objects of their own, the GraphQL claim type
 * and how its record is made from the two ends. The model's lists of types (model.ts), the hop
 * loaders, the planner and the API's fields that follow relationships
 * (src/graphql/relationFields.ts) are all derived from this table; README, "Adding a field".
 *
 * Each relationship is read from either end: `out` from its start node, `in` from its end node.
 * A side knows the labels at its near and far end and how to narrow the far node's record, so a
 * field that follows it is typed by it.
 */

/** Either end of a relationship: one label, or any (`EVIDENCED_BY` starts at any semantic node). */
type End = NodeLabel | 'any';

/** The record of a node at an end. */
export type RecordAt<L extends End> = Extract<NodeRecord, { label: L extends NodeLabel ? L : NodeLabel }>;

export type Direction = 'out' | 'in';

// Trusted narrowing: the hop's Cypher pattern matched the far node with this label.
function isAt<L extends End>(record: NodeRecord, label: L): record is RecordAt<L> {
  return label === 'any' || record.label === label;
}

function narrowTo<L extends End>(label: L): (record: NodeRecord) => RecordAt<L> {
  return (record) => {
    if (!isAt(record, label)) throw new Error(`expected a ${label}, got ${record.dbId}`);
    return record;
  };
}

/** One relationship read from one end. */
export interface Side<Near extends NodeRecord, Far extends NodeRecord, Claim> {
  type: string;
  direction: Direction;
  near: End;
  far: End;
  /** Whether the relationship is a claim, with `source` and `evidence`. */
  sourced: boolean;
  /** The GraphQL type of its claims, when the API shows them as objects; null otherwise. */
  claimType: string | null;
  farRecord(record: NodeRecord): Far;
  /** The claim's record as the API shows it (only for sides with a claim type). */
  claimRecord(near: Near, far: Far, claim: ClaimRecord): Claim;
}

export interface Relation<Start extends End, Finish extends End, Claim, Sourced extends boolean> {
  type: string;
  start: Start;
  end: Finish;
  sourced: Sourced;
  claimType: string | null;
  out: Side<RecordAt<Start>, RecordAt<Finish>, Claim>;
  in: Side<RecordAt<Finish>, RecordAt<Start>, Claim>;
}

function define<S extends End, E extends End, C, Src extends boolean>(
  type: string,
  start: S,
  end: E,
  sourced: Src,
  claim: { type: string; record: (start: RecordAt<S>, end: RecordAt<E>, claim: ClaimRecord) => C } | null,
): Relation<S, E, C, Src> {
  const noRecord = (): C => {
    throw new Error(`${type} has no claim type`);
  };
  const build = claim?.record;
  const claimType = claim?.type ?? null;
  return {
    type,
    start,
    end,
    sourced,
    claimType,
    out: {
      type,
      direction: 'out',
      near: start,
      far: end,
      sourced,
      claimType,
      farRecord: narrowTo(end),
      claimRecord: build ? (near, far, c) => build(near, far, c) : noRecord,
    },
    in: {
      type,
      direction: 'in',
      near: end,
      far: start,
      sourced,
      claimType,
      farRecord: narrowTo(start),
      claimRecord: build ? (near, far, c) => build(far, near, c) : noRecord,
    },
  };
}

/**
 * A claim the API shows as an object of GraphQL type `type`: its record holds the two end
 * records under their labels' names in lower camel case (the convention the planner relies on to
 * know which field reaches which end; the type below holds `record` to it) and the claim.
 */
function claim<S extends NodeLabel, E extends NodeLabel, C extends ClaimShape<S, E>>(
  type: string,
  start: S,
  end: E,
  claimType: string,
  record: (start: RecordAt<S>, end: RecordAt<E>, claim: ClaimRecord) => C,
): Relation<S, E, C, true> {
  return define(type, start, end, true, { type: claimType, record });
}

type ClaimShape<S extends NodeLabel, E extends NodeLabel> = Record<Uncapitalize<S>, RecordAt<S>> &
  Record<Uncapitalize<E>, RecordAt<E>> & { claim: ClaimRecord };

/** A claim the API shows through the node at its far end (a characteristic, a benefit's tiers). */
const sourced = <S extends End, E extends End>(type: string, start: S, end: E) =>
  define<S, E, never, true>(type, start, end, true, null);

/** Structure of the articles, or links no article claims. */
const structural = <S extends End, E extends End>(type: string, start: S, end: E) =>
  define<S, E, never, false>(type, start, end, false, null);

/** The relationship types, in the order counts and statistics list them. */
export const relations = {
  HAS_SECTION: structural('HAS_SECTION', 'Source', 'Section'),
  HAS_STATEMENT: structural('HAS_STATEMENT', 'Section', 'Statement'),
  MENTIONS: structural('MENTIONS', 'Statement', 'any'),
  MEMBER_OF: claim('MEMBER_OF', 'Role', 'Tier', 'Membership', (role, tier, claim) => ({ role, tier, claim })),
  HAS_ATTRIBUTE: claim('HAS_ATTRIBUTE', 'Tier', 'Attribute', 'AttributeClaim', (tier, attribute, claim) => ({
    tier,
    attribute,
    claim,
    // An attribute claim shows its attribute's kind, value and name as its own.
    kind: attribute.kind,
    value: attribute.value,
    name: attribute.name,
  })),
  HAS_RESPONSIBILITY: claim(
    'HAS_RESPONSIBILITY',
    'Tier',
    'Responsibility',
    'ResponsibilityClaim',
    (tier, responsibility, claim) => ({ tier, responsibility, claim }),
  ),
  REQUIRES_SKILL: claim('REQUIRES_SKILL', 'Tier', 'Skill', 'SkillClaim', (tier, skill, claim) => ({
    tier,
    skill,
    claim,
  })),
  // Where a source places a tier on the reference ladder (src/ingest/resolve/levels/).
  AT_LEVEL: claim('AT_LEVEL', 'Tier', 'Level', 'LevelPlacement', (tier, level, claim) => ({
    tier,
    level,
    claim,
  })),
  HAS_CHARACTERISTIC: sourced('HAS_CHARACTERISTIC', 'Tier', 'Characteristic'),
  ON_DIMENSION: sourced('ON_DIMENSION', 'Characteristic', 'Dimension'),
  COMPARES_ON: sourced('COMPARES_ON', 'Source', 'Dimension'),
  BETWEEN: sourced('BETWEEN', 'CollaborationBenefit', 'Tier'),
  EVIDENCED_BY: structural('EVIDENCED_BY', 'any', 'Statement'),
  // Two entities of one kind whose texts mean about the same, scored (src/similarity/).
  SIMILAR_TO: structural('SIMILAR_TO', 'any', 'any'),
};

type Relations = typeof relations;
export type RelationshipType = keyof Relations;
export type ClaimType = {
  [T in RelationshipType]: Relations[T]['sourced'] extends false ? never : T;
}[RelationshipType];

/** The record of a claim of GraphQL claim type, by relationship type (`ClaimRecordOf<'MEMBER_OF'>`). */
export type ClaimRecordOf<T extends RelationshipType> = ReturnType<Relations[T]['out']['claimRecord']>;

for (const [key, relation] of Object.entries(relations))
  if (relation.type !== key) throw new Error(`relation ${key} is defined as ${relation.type}`);

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
