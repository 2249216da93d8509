import type { ExportClaim, ExportNode, ExportSource, ExportStatement } from '../../data/exports.ts';
import { nodeId } from '../../data/model.ts';

/**
 * The export formats, each an async generator of text chunks over the graph read in pages, so a
 * response streams without holding the graph: CSV (one row per claim), JSON-LD with W3C PROV-O
 * (claims derived from statements quoted from sources) and GraphML (entities and claims, for
 * Gephi and yEd).
 */

/** What an export reads: the sources at once, the rest in pages. */
export interface ExportInput {
  sources: ExportSource[];
  statements: () => AsyncIterable<ExportStatement>;
  nodes: () => AsyncIterable<ExportNode>;
  claims: () => AsyncIterable<ExportClaim>;
}

/**
 * OWASP's rule against formula injection: a text cell that begins with = + - @, a tab or a carriage
 * return is taken for a formula by spreadsheets (quoting does not stop them), so it gets a leading
 * apostrophe, which they show as text. Numbers are written as numbers.
 */
export function neutralisedCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
const csvField = (value: string | number): string => {
  const text = neutralisedCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csvRow = (fields: (string | number)[]) => `${fields.map(csvField).join(',')}\r\n`;

export const csvColumns = [
  'subject_id',
  'subject_label',
  'subject_name',
  'relationship',
  'object_id',
  'object_label',
  'object_name',
  'source',
  'evidence_ids',
  'evidence_text',
  'method',
  'confidence',
] as const;

/** One row per claim; a claim's several statements are joined with " | " in both evidence columns. */
export async function* claimsCsv(input: ExportInput): AsyncGenerator<string> {
  yield csvRow([...csvColumns]);
  for await (const c of input.claims()) {
    yield csvRow([
      c.subject.id,
      c.subject.label,
      c.subject.name,
      c.type,
      c.object.id,
      c.object.label,
      c.object.name,
      c.source,
      c.evidence.map((e) => e.id).join(' | '),
      c.evidence.map((e) => e.text).join(' | '),
      c.method,
      c.confidence,
    ]);
  }
}

/** IRIs of the graph's things: URNs, as the graph has no web home of its own. */
const sourceIdPrefix = nodeId('Source', '');
const iri = {
  source: (slug: string) => `urn:org-knowledge-graph:source:${encodeURIComponent(slug)}`,
  // A source has one IRI, its slug's, whether it is the item itself or the subject of a claim
  // (COMPARES_ON starts at a source), so no claim points at an IRI the file never defines.
  node: (id: string) =>
    id.startsWith(sourceIdPrefix)
      ? iri.source(id.slice(sourceIdPrefix.length))
      : `urn:org-knowledge-graph:node:${encodeURIComponent(id)}`,
  claim: (key: string) => `urn:org-knowledge-graph:claim:${encodeURIComponent(key)}`,
};
const vocabulary = 'urn:org-knowledge-graph:vocab#';

export const jsonLdContext = {
  prov: 'http://www.w3.org/ns/prov#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  '@vocab': vocabulary,
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  wasQuotedFrom: { '@id': 'prov:wasQuotedFrom', '@type': '@id' },
  subject: { '@type': '@id' },
  object: { '@type': '@id' },
  source: { '@type': '@id' },
  confidence: { '@type': 'xsd:decimal' },
};

/**
 * JSON-LD: every source, statement and claim a `prov:Entity`; a claim `prov:wasDerivedFrom` the
 * statements it cites, each statement `prov:wasQuotedFrom` its source; entities typed by label.
 */
export async function* graphJsonLd(input: ExportInput): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(jsonLdContext)},"@graph":[`;
  let first = true;
  const item = (value: object) => {
    const text = `${first ? '' : ','}\n${JSON.stringify(value)}`;
    first = false;
    return text;
  };
  for (const s of input.sources) {
    yield item({
      '@id': iri.source(s.slug),
      '@type': ['prov:Entity', 'Source'],
      slug: s.slug,
      title: s.title,
    });
  }
  for await (const s of input.statements()) {
    yield item({
      '@id': iri.node(s.id),
      '@type': ['prov:Entity', 'Statement'],
      text: s.text,
      section: s.section,
      wasQuotedFrom: iri.source(s.source),
    });
  }
  for await (const n of input.nodes()) {
    yield item({ '@id': iri.node(n.id), '@type': n.label, name: n.name });
  }
  for await (const c of input.claims()) {
    yield item({
      '@id': iri.claim(c.key),
      '@type': ['prov:Entity', 'Claim'],
      subject: iri.node(c.subject.id),
      relationship: c.type,
      object: iri.node(c.object.id),
      source: iri.source(c.source),
      method: c.method,
      confidence: String(c.confidence),
      wasDerivedFrom: c.evidence.map((e) => iri.node(e.id)),
    });
  }
  yield '\n]}\n';
}

const xmlEscape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );
// Characters XML 1.0 does not allow at all are dropped rather than escaped.
const xmlText = (text: string) =>
  xmlEscape(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

const graphMlKeys = [
  ['label', 'node', 'string'],
  ['name', 'node', 'string'],
  ['relationship', 'edge', 'string'],
  ['source', 'edge', 'string'],
  ['evidence', 'edge', 'string'],
  ['method', 'edge', 'string'],
  ['confidence', 'edge', 'double'],
] as const;

/** GraphML: the sources and entities as nodes and the claims between them as edges, evidence text on each edge. */
export async function* graphMl(input: ExportInput): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [name, domain, type] of graphMlKeys) {
    yield `<key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '<graph id="org-knowledge-graph" edgedefault="directed">\n';
  // Sources are nodes too: the dimensions an article compares on are edges from it.
  for (const s of input.sources) {
    yield `<node id="${xmlText(nodeId('Source', s.slug))}"><data key="label">Source</data><data key="name">${xmlText(s.title)}</data></node>\n`;
  }
  for await (const n of input.nodes()) {
    yield `<node id="${xmlText(n.id)}"><data key="label">${xmlText(n.label)}</data><data key="name">${xmlText(n.name)}</data></node>\n`;
  }
  for await (const c of input.claims()) {
    yield (
      `<edge id="${xmlText(c.key)}" source="${xmlText(c.subject.id)}" target="${xmlText(c.object.id)}">` +
      `<data key="relationship">${c.type}</data><data key="source">${xmlText(c.source)}</data>` +
      `<data key="evidence">${xmlText(c.evidence.map((e) => e.text).join(' | '))}</data>` +
      `<data key="method">${c.method}</data><data key="confidence">${c.confidence}</data></edge>\n`
    );
  }
  yield '</graph>\n</graphml>\n';
}
