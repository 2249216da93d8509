import type { CypherExecutor } from '../db/cypher.ts';
import { normalizeForMatch } from '../textMatching.ts';
import { fullTextIndex } from './model.ts';
import { toRecord, type NodeRecord } from './records.ts';

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
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** An excerpt around the first match, HTML-escaped, with every match wrapped in <mark>. */
export function snippet(text: string, terms: readonly string[], radius = 80): string | null {
  const words = terms.map((t) => t.replace(/[^\p{L}\p{N}'-]+/gu, '')).filter((t) => t.length > 1);
  if (!text) return null;
  const lower = text.toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const centre = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, centre - radius);
  const end = Math.min(text.length, centre + radius);
  let excerpt = escapeHtml(text.slice(start, end));
  for (const word of words) {
    const pattern = new RegExp(escapeHtml(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    excerpt = excerpt.replace(pattern, (match) => `<mark>${match}</mark>`);
  }
  return `${start > 0 ? '…' : ''}${excerpt}${end < text.length ? '…' : ''}`;
}

function searchableText(record: NodeRecord): string {
  switch (record.label) {
    case 'Statement':
      return record.text;
    case 'Characteristic':
      return `${record.name}: ${record.summary}`;
    default:
      return record.name;
  }
}

// Ranked hits from the full-text index; ties broken by id so the order is stable.
const searchQuery = `
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $first})
  YIELD node, score
  RETURN node {.*} AS props, score ORDER BY score DESC, node.id`;

export async function searchGraph(cypher: CypherExecutor, terms: readonly string[], first: number): Promise<SearchHitRecord[]> {
  const rows = await cypher.read<{ props: Record<string, unknown>; score: number }>('search', searchQuery, {
    index: fullTextIndex,
    query: luceneQuery(terms),
    first,
  });
  return rows.map((row) => {
    const node = toRecord(row.props);
    return { score: row.score, node, snippet: snippet(searchableText(node), terms) };
  });
}
