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
  Dimension: ['id', 'slug', 'name'],
  // An attribute claim shows its attribute's kind and value.
  Attribute: ['id', 'slug', 'name', 'kind', 'value'],
  Responsibility: ['id', 'slug', 'name'],
  Skill: ['id', 'slug', 'name'],
  Characteristic: ['id', 'slug', 'name', 'source', 'tier', 'dimension'],
  CollaborationBenefit: ['id', 'slug', 'name'],
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
};

/** The shown properties an operation selects, per label; a label not in it is read whole. */
export type PropertySelection = ReadonlyMap<NodeLabel, ReadonlySet<string>>;

/**
 * The Cypher map projection of node `variable` of `label` (null: any label) for `selection`.
 * When every shown property is selected, `{.*}` is used: Neo4j reads a node's property chain
 * once for `.*` but once per name for `.name`, so naming them all costs more than reading all.
 * Otherwise the names are listed, which leaves out an entity's `sources` list unless selected
 * (the record then has `sources: null`).
 */
export function propertyProjection(variable: string, label: NodeLabel | null, selection: PropertySelection | null): string {
  if (!selection) return `${variable} {.*}`;
  // A node of any label (what a statement mentions): whole, but for the list that can be long
  // unless some label's is selected.
  const selected = label && selection.get(label);
  if (!selected) return [...selection.values()].some((shown) => shown.has('sources')) ? `${variable} {.*}` : `${variable} {.*, sources: null}`;
  const shown = shownProperties[label];
  if (shown.every((property) => selected.has(property))) return `${variable} {.*}`;
  const names = [...coreProperties[label], ...shown.filter((property) => selected.has(property))];
  return `${variable} {${names.map((name) => `.${name}`).join(', ')}}`;
}
