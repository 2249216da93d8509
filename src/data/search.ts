import type { CypherExecutor } from '../db/cypher.ts';
import { escapeRegExp, normalizeForMatch } from '../textMatching.ts';
import { fullTextIndex, nodeLabels, type NodeLabel } from './model.ts';
import {
  projectedProperties,
  propertyNames,
  propertyProjection,
  type PropertySelection,
} from './nodeProperties.ts';
import { readShown, toRecord, type NodeRecord } from './records.ts';

export interface SearchHitRecord {
  score: number;
  node: NodeRecord;
  snippet: string | null;
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

// Ranked hits from the full-text index; ties broken by id so the order is stable.
const searchQuery = (projection: string) => `
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $first})
  YIELD node, score
  RETURN head(labels(node)) AS label, ${projection} AS props, score ORDER BY score DESC, node.id`;

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
  const rows = await cypher.read<{ label: NodeLabel; props: unknown; score: number }>(
    'search',
    searchQuery(projection.expression),
    {
      index: fullTextIndex,
      query: luceneQuery(terms),
      first,
    },
  );
  return rows.map((row) => {
    const node = toRecord(projectedProperties(row.props, propertyNames(row.label, projection.selection)));
    return { score: row.score, node, snippet: reading.snippet ? snippet(searchableText(node), terms) : null };
  });
}
