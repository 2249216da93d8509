import type { NodeLabel } from './model.ts';

/**
 * Which stored properties a query reads for a node. A record (records.ts) has two kinds:
 *
 * - core: what the data layer itself works with (keys, the properties that name other nodes,
 *   what lists are sorted and grouped by), read whenever the node is;
 * - shown: what only the API field of the same name shows (a statement's text, a description, an
 *   entity's `sources` list), read only when the operation selects that field somewhere.
 *
 * Reading only what is shown matters because statements carry their text twice (`text` and the
 * search copy `normalized`) and hub entities a `sources` list that grows with the corpus: every
 * property read is decoded by Neo4j, sent, and decoded again by the driver.
 */
export const coreProperties: Record<NodeLabel, readonly string[]> = {
  Source: ['id', 'slug', 'name'],
  Section: ['id', 'slug', 'name', 'source', 'position'],
  Statement: ['id', 'source', 'section', 'position'],
  Tier: ['id', 'slug', 'name'],
  Role: ['id', 'slug', 'name'],
  Dimension: ['id', 'slug', 'name', 'canonical'],
  // An attribute claim shows its attribute's kind and value.
  Attribute: ['id', 'slug', 'name', 'kind', 'value'],
  Responsibility: ['id', 'slug', 'name'],
  Skill: ['id', 'slug', 'name'],
  // Lists of characteristics are filtered by how they were made and how sure they are.
  Characteristic: ['id', 'slug', 'name', 'source', 'tier', 'dimension', 'method', 'confidence'],
  CollaborationBenefit: ['id', 'slug', 'name'],
  // Levels list top down.
  Level: ['id', 'slug', 'name', 'rank'],
  CanonicalDimension: ['id', 'slug', 'name'],
};

export const shownProperties: Record<NodeLabel, readonly string[]> = {
  Source: ['title', 'column', 'publisher', 'statementCount'],
  Section: [],
  Statement: ['slug', 'name', 'key', 'text', 'kind', 'lead'],
  Tier: ['sources'],
  Role: ['aliases', 'sources'],
  Dimension: ['sources'],
  Attribute: ['sources'],
  Responsibility: ['sources'],
  Skill: ['description', 'sources'],
  Characteristic: ['summary'],
  CollaborationBenefit: ['description', 'sources'],
  Level: ['description'],
  CanonicalDimension: [],
};

/** The shown properties an operation selects, per label; a label not in it is read whole. */
export type PropertySelection = ReadonlyMap<NodeLabel, ReadonlySet<string>>;

/**
 * The properties read of a node of `label` (null: any label) for `selection`, in order; null when
 * the node is read whole (`.*`). That is the case when every shown property is selected: Neo4j
 * reads a node's property chain once for `.*` but once per name for `n.name`, so naming them all
 * costs more than reading all. Named reads leave out an entity's `sources` list unless selected
 * (the record then has `sources: null`).
 */
export function propertyNames(
  label: NodeLabel | null,
  selection: PropertySelection | null,
): readonly string[] | null {
  const selected = label && selection?.get(label);
  if (!label || !selected) return null;
  const shown = shownProperties[label];
  if (shown.every((property) => selected.has(property))) return null;
  return [...coreProperties[label], ...shown.filter((property) => selected.has(property))];
}

/**
 * The Cypher projection of node `variable`: its named properties as a list, in the order of
 * `propertyNames` (the driver decodes a list several times faster than a map, whose every key
 * it defines one by one), or the map of all of them.
 */
export function propertyProjection(
  variable: string,
  label: NodeLabel | null,
  selection: PropertySelection | null,
): string {
  const names = propertyNames(label, selection);
  if (names) return `[${names.map((name) => `${variable}.${name}`).join(', ')}]`;
  if (!selection) return `${variable} {.*}`;
  // A node of any label (what a statement mentions): whole, but for the list that can be long
  // unless some label's is selected.
  return [...selection.values()].some((shown) => shown.has('sources'))
    ? `${variable} {.*}`
    : `${variable} {.*, sources: null}`;
}

/** The properties of a node as `propertyProjection` returned them. */
export function projectedProperties(
  value: unknown,
  names: readonly string[] | null,
): Record<string, unknown> {
  if (names && Array.isArray(value)) {
    const props: Record<string, unknown> = {};
    names.forEach((name, i) => {
      props[name] = value[i];
    });
    return props;
  }
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * The properties read of every claim relationship a planned hop follows, in this order: what a
 * claim record holds (records.ts `toClaim`), few and small, so always all of them.
 */
export const claimProperties = ['source', 'evidence', 'kind', 'method', 'confidence'] as const;

/** The Cypher projection of claim relationship `variable`: its properties as a list, in the order of `claimProperties`. */
export function claimProjection(variable: string): string {
  return `[${claimProperties.map((name) => `${variable}.${name}`).join(', ')}]`;
}

/** The properties of a claim as `claimProjection` returned them. */
export function projectedClaim(value: unknown): Record<string, unknown> {
  return projectedProperties(value, claimProperties);
}
