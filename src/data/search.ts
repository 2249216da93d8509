import pluralize from 'pluralize';
import type { CypherExecutor } from '../db/cypher.ts';
import { escapeRegExp, kebabCase, normalizeForMatch } from '../textMatching.ts';
import { fullTextIndex, nodeLabels, type NodeLabel } from './model.ts';
import {
  projectedProperties,
  propertyNames,
  propertyProjection,
  type PropertySelection,
} from './nodeProperties.ts';
import { readShown, toRecord, type NodeRecord } from './records.ts';

/**
 * How a hit was found: its name (NAME) or one of its aliases (ALIAS) is the text searched, or the
 * full-text index found the words (TEXT). Hits come in this order, then by score.
 */
export const searchMatches = ['NAME', 'ALIAS', 'TEXT'] as const;
export type SearchMatch = (typeof searchMatches)[number];

export interface SearchHitRecord {
  score: number;
  match: SearchMatch;
  node: NodeRecord;
  snippet: string | null;
}

/** The kinds of thing a search finds by name or alias before any statement, in the order listed. */
export const namedLabels = [
  'Tier',
  'Role',
  'Dimension',
  'Responsibility',
  'Skill',
] as const satisfies readonly NodeLabel[];
/** Those of them that keep aliases (from the catalogue, or the article that brought them). */
const aliasedLabels = ['Tier', 'Role', 'Dimension'] as const satisfies readonly NodeLabel[];

/**
 * The whole text searched as a name: lower case, plain spaces and quotes, and with its last word in
 * the singular and the plural as well ("team leaders" finds the team leader), as the loader joins
 * an entity named in either number.
 */
export function searchedNames(text: string): string[] {
  const phrase = normalizeForMatch(text).toLowerCase();
  if (!phrase) return [];
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  const forms = [last, pluralize.singular(last), pluralize.plural(last)];
  return [...new Set(forms.map((form) => [...words, form].join(' ')))];
}

/** The words of a search, as typed (at most 20). */
export function searchTerms(text: string): string[] {
  return normalizeForMatch(text).split(' ').filter(Boolean).slice(0, 20);
}

/**
 * A Lucene query that matches the user's words literally: each word becomes a quoted phrase with
 * `\` and `"` escaped, so operators (AND, OR, NOT), grouping, fuzzy `~`, fields `a:b`, regexes
 * `/x/` and wildcards in user text are plain characters and can neither error nor widen the query.
 */
export function luceneQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(' ');
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * An excerpt around the first match, HTML-escaped, with every match wrapped in <mark>. Matches
 * are found in the text itself, in one pass for all words (longest first), and each piece is
 * escaped as it is copied: a word such as "mark", "amp" or "lt" can match neither our tags nor
 * the entities escaping made.
 */
export function snippet(text: string, terms: readonly string[], radius = 80): string | null {
  const words = terms.map((t) => t.replace(/[^\p{L}\p{N}'-]+/gu, '')).filter((t) => t.length > 1);
  if (!text) return null;
  const lower = text.toLowerCase();
  const first = Math.min(
    ...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  const centre = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, centre - radius);
  const end = Math.min(text.length, centre + radius);
  const excerpt = text.slice(start, end);
  let highlighted = '';
  if (words.length === 0) highlighted = escapeHtml(excerpt);
  else {
    const pattern = new RegExp(
      [...new Set(words)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'giu',
    );
    let copied = 0;
    for (const match of excerpt.matchAll(pattern)) {
      highlighted += `${escapeHtml(excerpt.slice(copied, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
      copied = match.index + match[0].length;
    }
    highlighted += escapeHtml(excerpt.slice(copied));
  }
  return `${start > 0 ? '…' : ''}${highlighted}${end < text.length ? '…' : ''}`;
}

function searchableText(record: NodeRecord): string {
  switch (record.label) {
    case 'Statement':
      return readShown(record.text, 'text');
    case 'Characteristic':
      return `${record.name}: ${readShown(record.summary, 'summary')}`;
    default:
      return record.name;
  }
}

// The properties each label's snippet is made of (searchableText).
const snippetProperties: Partial<Record<NodeLabel, readonly string[]>> = {
  Statement: ['text'],
  Characteristic: ['summary'],
};

/**
 * What `search` reads of each hit: what the operation shows of it (nodeProperties.ts), by the
 * hit's label, plus what its snippet is made of when the snippet is asked for; null: everything.
 */
function hitProjection(
  selection: PropertySelection | null,
  withSnippet: boolean,
): { expression: string; selection: PropertySelection | null } {
  if (!selection) return { expression: 'node {.*}', selection };
  const widened = new Map<NodeLabel, ReadonlySet<string>>(
    nodeLabels.map((label) => [
      label,
      new Set([...(selection.get(label) ?? []), ...(withSnippet ? (snippetProperties[label] ?? []) : [])]),
    ]),
  );
  const cases = nodeLabels
    .map((label) => `WHEN '${label}' THEN ${propertyProjection('node', label, widened)}`)
    .join(' ');
  return { expression: `CASE head(labels(node)) ${cases} END`, selection: widened };
}

/**
 * The nodes named by the text searched: by slug (what a name becomes, looked up in each label's
 * unique slug index) or, for the few labels with aliases, by name or alias in any letter case.
 */
const namedNodes = `
    CALL () {
      ${namedLabels.map((label) => `MATCH (node:${label}) WHERE node.slug IN $slugs RETURN node`).join('\n      UNION\n      ')}
      UNION
      MATCH (node) WHERE (${aliasedLabels.map((label) => `node:${label}`).join(' OR ')})
        AND (toLower(node.name) IN $names OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) IN $names))
      RETURN node
    }
    WITH node, node.slug IN $slugs OR toLower(node.name) IN $names AS byName
    RETURN node, CASE WHEN byName THEN 'NAME' ELSE 'ALIAS' END AS match, null AS score
    ORDER BY byName DESC, node.id LIMIT $first`;

// The nodes named by the text, then the full-text index's ranked hits (a node may be in both).
const searchQuery = (projection: string) => `
  CALL () {
    ${namedNodes}
    UNION ALL
    CALL db.index.fulltext.queryNodes($index, $query, {limit: $first})
    YIELD node, score
    RETURN node, 'TEXT' AS match, score
  }
  RETURN head(labels(node)) AS label, ${projection} AS props, match, score`;

interface SearchRow {
  label: NodeLabel;
  props: unknown;
  match: SearchMatch;
  score: number | null;
}

const labelRank = (label: string) => {
  const rank = (namedLabels as readonly string[]).indexOf(label);
  return rank < 0 ? namedLabels.length : rank;
};

/**
 * Named hits first (by name, then by alias; tiers, roles, dimensions, responsibilities, skills),
 * each with the index's score when the index found it too (else 0), then the index's other hits by
 * score; ties broken by id so the order is stable; at most `first`.
 */
export function rankHits<T extends { match: SearchMatch; score: number | null; label: string; id: string }>(
  rows: readonly T[],
  first: number,
): (T & { score: number })[] {
  const textScores = new Map(rows.flatMap((row) => (row.match === 'TEXT' ? [[row.id, row.score ?? 0]] : [])));
  const named = new Set(rows.filter((row) => row.match !== 'TEXT').map((row) => row.id));
  const hits = rows
    .filter((row) => row.match !== 'TEXT' || !named.has(row.id))
    .map((row) => ({
      ...row,
      score: row.match === 'TEXT' ? (row.score ?? 0) : (textScores.get(row.id) ?? 0),
    }));
  const order = (hit: T) => searchMatches.indexOf(hit.match);
  return hits
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        (a.match === 'TEXT' ? 0 : labelRank(a.label) - labelRank(b.label)) ||
        b.score - a.score ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, first);
}

/** What a search reads: the shown properties the operation selects (null: all), and whether it shows snippets. */
export interface HitReading {
  selection: PropertySelection | null;
  snippet: boolean;
}

export async function searchGraph(
  cypher: CypherExecutor,
  terms: readonly string[],
  first: number,
  reading: HitReading = { selection: null, snippet: true },
): Promise<SearchHitRecord[]> {
  const projection = hitProjection(reading.selection, reading.snippet);
  const names = searchedNames(terms.join(' '));
  const rows = await cypher.read<SearchRow>('search', searchQuery(projection.expression), {
    index: fullTextIndex,
    query: luceneQuery(terms),
    names,
    slugs: [...new Set(names.map(kebabCase).filter(Boolean))],
    first,
  });
  const hits = rankHits(
    rows.map((row) => {
      const node = toRecord(projectedProperties(row.props, propertyNames(row.label, projection.selection)));
      return { match: row.match, score: row.score, label: row.label, id: node.dbId, node };
    }),
    first,
  );
  return hits.map(({ score, match, node }) => ({
    score,
    match,
    node,
    snippet: reading.snippet ? snippet(searchableText(node), terms) : null,
  }));
}
