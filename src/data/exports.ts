import type { CypherExecutor } from '../db/cypher.ts';
import { claimTypes, nodeLabels, referenceLabels, semanticLabels, checkedName } from './model.ts';

/**
 * The graph read out whole for exports, in pages that follow an index (each label's and type's
 * uniqueness constraint on `id` or `key`), so an export streams in bounded memory however large
 * the graph. Pages are read one after another: a write between two pages may show in the later.
 */

export const exportPageSize = 500;

export interface ExportSource {
  slug: string;
  title: string;
}

export interface ExportStatement {
  id: string;
  source: string;
  section: string;
  text: string;
}

export interface ExportNode {
  id: string;
  label: string;
  name: string;
}

export interface ExportClaim {
  key: string;
  type: string;
  subject: ExportNode;
  object: ExportNode;
  source: string;
  evidence: { id: string; text: string }[];
  method: string;
  confidence: number;
}

export async function exportSources(cypher: CypherExecutor): Promise<ExportSource[]> {
  return cypher.read<ExportSource>(
    'export.sources',
    'MATCH (s:Source) RETURN s.slug AS slug, coalesce(s.title, s.slug) AS title ORDER BY s.slug',
  );
}

/** Statements after the id `after`, in id order. */
export async function exportStatements(cypher: CypherExecutor, after: string): Promise<ExportStatement[]> {
  return cypher.read<ExportStatement>(
    'export.statements',
    `MATCH (s:Statement) WHERE s.id > $after
     RETURN s.id AS id, s.source AS source, coalesce(s.section, '') AS section, s.text AS text
     ORDER BY s.id LIMIT $limit`,
    { after, limit: exportPageSize },
  );
}

/**
 * The labels exports write as nodes: every entity claims are made about, and the reference nodes
 * (levels, canonical dimensions) claims point at, so no exported edge ends at a missing node.
 */
export const exportedLabels = [...semanticLabels, ...referenceLabels] as const;

/** Nodes of one exported label after the id `after`, in id order. */
export async function exportNodes(
  cypher: CypherExecutor,
  label: (typeof exportedLabels)[number],
  after: string,
): Promise<ExportNode[]> {
  return cypher.read<ExportNode>(
    'export.nodes',
    `MATCH (n:${checkedName(label, nodeLabels)}) WHERE n.id > $after
     RETURN n.id AS id, $label AS label, coalesce(n.name, n.slug) AS name ORDER BY n.id LIMIT $limit`,
    { after, label, limit: exportPageSize },
  );
}

/** Claims of one type after the key `after`, in key order, each with its evidence statements' text. */
export async function exportClaims(
  cypher: CypherExecutor,
  type: (typeof claimTypes)[number],
  after: string,
): Promise<ExportClaim[]> {
  return cypher.read<ExportClaim>(
    'export.claims',
    `MATCH (a)-[r:${checkedName(type, claimTypes)}]->(b) WHERE r.key > $after
     WITH a, r, b ORDER BY r.key LIMIT $limit
     RETURN r.key AS key, type(r) AS type,
       {id: a.id, label: labels(a)[0], name: coalesce(a.name, a.slug)} AS subject,
       {id: b.id, label: labels(b)[0], name: coalesce(b.name, b.slug)} AS object,
       r.source AS source, coalesce(r.method, 'CURATED') AS method, coalesce(r.confidence, 1.0) AS confidence,
       COLLECT { MATCH (s:Statement) WHERE s.id IN r.evidence RETURN {id: s.id, text: s.text} ORDER BY s.id } AS evidence`,
    { after, limit: exportPageSize },
  );
}

/** Rows an export of the whole graph reads: its claims, statements and entities, from the count store. */
export async function exportRows(cypher: CypherExecutor): Promise<number> {
  const [row] = await cypher.read<{ rows: number }>(
    'export.size',
    `RETURN ${[...claimTypes.map((t) => `COUNT { ()-[:${t}]->() }`), ...['Statement', ...semanticLabels].map((l) => `COUNT { (:${l}) }`)].join(' + ')} AS rows`,
  );
  return row?.rows ?? 0;
}

/** Every page of `read`, one after another, keyed by `keyOf` of each page's last item. */
export async function* pages<T>(
  read: (after: string) => Promise<T[]>,
  keyOf: (item: T) => string,
): AsyncGenerator<T> {
  let after = '';
  for (;;) {
    const page = await read(after);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < exportPageSize) return;
    after = keyOf(last);
  }
}
