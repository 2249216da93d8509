import { claimMethods, type ClaimMethod, type NodeLabel } from './model.ts';

/**
 * One record type per node label: what the data layer returns and the resolvers receive (the
 * codegen mappers point here). `dbId` is the `id` property in Neo4j ("Role:cfo"); the GraphQL id
 * is its opaque encoding (ids.ts).
 */
/**
 * A property only the API shows (nodeProperties.ts, `shownProperties`): undefined when the query
 * that read the node left it out because the operation does not select it. (The nullable shown
 * properties, such as a description, read as null then, as when the graph stores none.)
 */
export type Shown<T> = T | undefined;

/** A shown property the caller's own query read; its absence is a bug in that query. */
export function readShown<T>(value: Shown<T>, property: string): T {
  if (value === undefined) throw new Error(`a node was read without its ${property}`);
  return value;
}

interface BaseRecord {
  dbId: string;
  slug: string;
  name: string;
}

export interface SourceRecord extends BaseRecord {
  label: 'Source';
  title: Shown<string>;
  column: string | null;
  publisher: string | null;
  statementCount: Shown<number>;
}
export interface SectionRecord extends BaseRecord {
  label: 'Section';
  source: string;
  position: number;
}
export interface StatementRecord extends BaseRecord {
  label: 'Statement';
  key: Shown<string>;
  text: Shown<string>;
  kind: Shown<'paragraph' | 'bullet'>;
  lead: string | null;
  position: number;
  source: string;
  section: string;
}
interface EntityRecord extends BaseRecord {
  /**
   * Slugs of the sources whose statements support this entity; null when the query that read the
   * node left them out (a hub's list grows with the corpus, so planned queries read it only when
   * asked; see `Loaders.sourcesOf`).
   */
  sources: string[] | null;
}
export interface TierRecord extends EntityRecord {
  label: 'Tier';
}
export interface RoleRecord extends EntityRecord {
  label: 'Role';
  /** Empty when the role has none, or when the query left them out (a role may store none, so the two look alike). */
  aliases: string[];
}
export interface DimensionRecord extends EntityRecord {
  label: 'Dimension';
  /** Slug of the canonical dimension it is grouped under (its own slug when none groups it). */
  canonical: string;
}
/** A level of the reference ladder (the catalogue's). */
export interface LevelRecord extends BaseRecord {
  label: 'Level';
  /** 1 at the top (governance), growing downwards. */
  rank: number;
  description: Shown<string>;
}
/** A group of dimensions that name the same thing. */
export interface CanonicalDimensionRecord extends BaseRecord {
  label: 'CanonicalDimension';
}
export interface AttributeRecord extends EntityRecord {
  label: 'Attribute';
  kind: string;
  value: string;
}
export interface ResponsibilityRecord extends EntityRecord {
  label: 'Responsibility';
  description: string | null;
}
export interface SkillRecord extends EntityRecord {
  label: 'Skill';
  description: string | null;
}
export interface CharacteristicRecord extends EntityRecord {
  label: 'Characteristic';
  summary: Shown<string>;
  source: string;
  tier: string;
  dimension: string;
  method: ClaimMethod;
  confidence: number;
}
export interface CollaborationBenefitRecord extends EntityRecord {
  label: 'CollaborationBenefit';
  description: string | null;
}

export type NodeRecord =
  | SourceRecord
  | SectionRecord
  | StatementRecord
  | TierRecord
  | RoleRecord
  | DimensionRecord
  | AttributeRecord
  | ResponsibilityRecord
  | SkillRecord
  | CharacteristicRecord
  | CollaborationBenefitRecord
  | LevelRecord
  | CanonicalDimensionRecord;

export type RecordOf<L extends NodeLabel> = Extract<NodeRecord, { label: L }>;

/** A claim relationship as read: its source, evidence ids, how it was made and how sure it is. */
export interface ClaimRecord {
  type: string;
  source: string;
  evidence: string[];
  /** Extra properties some claims carry (the attribute `kind`). */
  kind: string | null;
  method: ClaimMethod;
  confidence: number;
}

const text = (props: Record<string, unknown>, key: string): string => {
  const value = props[key];
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};
const stringOrNull = (props: Record<string, unknown>, key: string): string | null => {
  const value = props[key];
  return typeof value === 'string' ? value : null;
};
const number = (props: Record<string, unknown>, key: string): number => {
  const value = props[key];
  return typeof value === 'number' ? value : Number(value ?? 0);
};
const strings = (props: Record<string, unknown>, key: string): string[] => {
  const value = props[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

// A shown property as read, or undefined when the query left it out.
const shown = <T>(
  props: Record<string, unknown>,
  key: string,
  read: (props: Record<string, unknown>, key: string) => T,
) => (key in props ? read(props, key) : undefined);
const statementKind = (props: Record<string, unknown>): 'paragraph' | 'bullet' =>
  props['kind'] === 'bullet' ? 'bullet' : 'paragraph';

// Claims and characteristics written before `method` and `confidence` existed were all curated.
// Any other stored value is a writer's bug, reported rather than shown as something it is not.
const claimMethod = (props: Record<string, unknown>): ClaimMethod => {
  const value = props['method'];
  if (value === undefined || value === null) return 'CURATED';
  const method = claimMethods.find((m) => m === value);
  if (!method) throw new Error(`claim with an unknown method: ${JSON.stringify(value)}`);
  return method;
};
const confidence = (props: Record<string, unknown>): number => {
  const value = props['confidence'];
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new Error(`claim with a confidence outside [0, 1]: ${JSON.stringify(value)}`);
  return value;
};

// Absent or null: the query did not read the list (nodeProperties.ts), not that it is empty.
const sourcesOf = (props: Record<string, unknown>): string[] | null =>
  Array.isArray(props['sources']) ? strings(props, 'sources') : null;

/**
 * Maps a node's properties to the record of its label, from the label in its id. Properties the
 * query did not read (nodeProperties.ts: shown ones no field of the operation selects) come out
 * undefined (`Shown`); no resolver of that operation reads them.
 * Each record is written out whole: building it by spreading a shared base (`{...base, label}`)
 * takes V8's slow path and measured 20 times slower, on a function every node read goes through.
 * Hence its length: one literal per label, which splitting would only scatter.
 */
// eslint-disable-next-line max-lines-per-function -- one literal per label, written whole for speed (see above)
export function toRecord(props: Record<string, unknown>): NodeRecord {
  const dbId = text(props, 'id');
  const label = dbId.slice(0, dbId.indexOf(':'));
  const slug = text(props, 'slug');
  const name = text(props, 'name');
  switch (label) {
    case 'Source':
      return {
        label,
        dbId,
        slug,
        name,
        title: shown(props, 'title', text),
        column: stringOrNull(props, 'column'),
        publisher: stringOrNull(props, 'publisher'),
        statementCount: shown(props, 'statementCount', number),
      };
    case 'Section':
      return { label, dbId, slug, name, source: text(props, 'source'), position: number(props, 'position') };
    case 'Statement':
      return {
        label,
        dbId,
        slug,
        name,
        key: shown(props, 'key', text),
        text: shown(props, 'text', text),
        kind: shown(props, 'kind', statementKind),
        lead: stringOrNull(props, 'lead'),
        position: number(props, 'position'),
        source: text(props, 'source'),
        section: text(props, 'section'),
      };
    case 'Tier':
      return { label, dbId, slug, name, sources: sourcesOf(props) };
    case 'Role':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        aliases: strings(props, 'aliases'),
      };
    case 'Dimension':
      // Dimensions written before canonical dimensions existed are each their own group.
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        canonical: text(props, 'canonical') || slug,
      };
    case 'Level':
      return {
        label,
        dbId,
        slug,
        name,
        rank: number(props, 'rank'),
        description: shown(props, 'description', text),
      };
    case 'CanonicalDimension':
      return { label, dbId, slug, name };
    case 'Attribute':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        kind: text(props, 'kind'),
        value: text(props, 'value'),
      };
    case 'Responsibility':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        description: stringOrNull(props, 'description'),
      };
    case 'Skill':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        description: stringOrNull(props, 'description'),
      };
    case 'Characteristic':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        summary: shown(props, 'summary', text),
        source: text(props, 'source'),
        tier: text(props, 'tier'),
        dimension: text(props, 'dimension'),
        method: claimMethod(props),
        confidence: confidence(props),
      };
    case 'CollaborationBenefit':
      return {
        label,
        dbId,
        slug,
        name,
        sources: sourcesOf(props),
        description: stringOrNull(props, 'description'),
      };
    default:
      throw new Error(`node with unexpected id ${dbId}`);
  }
}

export function toClaim(type: string, props: Record<string, unknown>): ClaimRecord {
  return {
    type,
    source: text(props, 'source'),
    evidence: strings(props, 'evidence'),
    kind: stringOrNull(props, 'kind'),
    method: claimMethod(props),
    confidence: confidence(props),
  };
}

/** Narrows a record to one label; a mismatch is a bug in a query, not user input. */
export function expectLabel<L extends NodeLabel>(record: NodeRecord, label: L): RecordOf<L> {
  if (!isLabel(record, label)) throw new Error(`expected a ${label}, got ${record.dbId}`);
  return record;
}

export function isLabel<L extends NodeLabel>(record: NodeRecord, label: L): record is RecordOf<L> {
  return record.label === label;
}
