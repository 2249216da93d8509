import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { startTestServer, testDriver } from '../../support/testDatabase.ts';

const first = 'senior-leadership-vs-senior-management';
const prov = 'http://www.w3.org/ns/prov#';
const vocab = 'urn:org-knowledge-graph:vocab#';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GETs a path, gunzipping by hand when the server says it gzipped, so that is checked too. */
function fetchRaw(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    get(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolvePromise({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: body.toString('utf8'),
        });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('exports with provenance', () => {
  let driver: Driver;
  let server: RunningServer;
  let base: string;
  let claims: number;
  let entities: number;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    server = await startTestServer(driver);
    base = server.url.replace(/\/graphql$/, '/');
    const [row] = await testCypher(driver).read<{ claims: number; entities: number }>(
      'test.exportCounts',
      `RETURN COUNT { ()-[r]->() WHERE r.evidence IS NOT NULL } AS claims,
         COUNT { (n:Tier|Role|Dimension|Attribute|Responsibility|Skill|Characteristic|CollaborationBenefit|Level|CanonicalDimension) } AS entities`,
    );
    claims = row?.claims ?? 0;
    entities = row?.entities ?? 0;
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('writes one CSV row per claim, gzipped, with its source, statements and method', async () => {
    const answer = await fetchRaw(base, '/export/claims.csv', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv<Record<string, string>>(answer.body, { columns: true });
    expect(rows).toHaveLength(claims);
    const cfo = rows.find(
      (r) =>
        r['subject_id'] === 'Role:cfo' &&
        r['object_id'] === 'Tier:senior-leadership' &&
        r['source'] === first,
    );
    expect(cfo?.['relationship']).toBe('MEMBER_OF');
    expect(cfo?.['evidence_text']).toContain('CEO, COO, and CFO');
    expect(cfo?.['evidence_ids']).toMatch(/^Statement:/);
    expect(cfo?.['method']).toBe('CURATED');
    expect(Number(cfo?.['confidence'])).toBe(1);
    // Without gzip asked, plain text.
    const plain = await fetchRaw(base, '/export/claims.csv');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(parseCsv(plain.body, { columns: true })).toHaveLength(claims);
  });

  it('writes JSON-LD in PROV-O that a JSON-LD processor expands: claims derived from statements quoted from sources', async () => {
    const answer = await fetchRaw(base, '/export/graph.jsonld', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    const expanded = await jsonld.expand(JSON.parse(answer.body) as jsonld.JsonLdDocument);
    const types = (n: jsonld.NodeObject) => (n['@type'] ?? []) as string[];
    const ids = (n: jsonld.NodeObject, property: string) =>
      ((n[property] ?? []) as { '@id': string }[]).map((v) => v['@id']);
    const claimNodes = expanded.filter((n) => types(n).includes('urn:org-knowledge-graph:vocab#Claim'));
    const statements = new Map(
      expanded
        .filter((n) => types(n).includes('urn:org-knowledge-graph:vocab#Statement'))
        .map((n) => [n['@id'], n]),
    );
    const sources = new Set(
      expanded.filter((n) => types(n).includes('urn:org-knowledge-graph:vocab#Source')).map((n) => n['@id']),
    );
    expect(claimNodes).toHaveLength(claims);
    expect(sources.size).toBe(2);
    // One IRI per thing, and every thing a claim names is an item of the file (a source too).
    const defined = new Set(expanded.map((n) => n['@id']));
    for (const claim of claimNodes) {
      for (const end of [...ids(claim, `${vocab}subject`), ...ids(claim, `${vocab}object`)])
        expect(defined.has(end), end).toBe(true);
    }
    for (const claim of claimNodes) {
      expect(types(claim)).toContain(`${prov}Entity`);
      const derived = ids(claim, `${prov}wasDerivedFrom`);
      expect(derived.length).toBeGreaterThan(0);
      for (const statementId of derived) {
        const statement = statements.get(statementId);
        expect(statement, statementId).toBeDefined();
        expect(sources.has(ids(statement!, `${prov}wasQuotedFrom`)[0])).toBe(true);
      }
    }
  });

  it('writes GraphML that an XML parser reads: every source and entity a node, every claim an edge between them', async () => {
    const answer = await fetchRaw(base, '/export/graph.graphml');
    expect(answer.status).toBe(200);
    expect(XMLValidator.validate(answer.body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(answer.body) as {
      graphml: {
        graph: {
          node: { id: string }[];
          edge: { source: string; target: string; data: { key: string; '#text': string }[] }[];
        };
      };
    };
    const { node, edge } = doc.graphml.graph;
    // Every entity and both sources are nodes, and every claim (COMPARES_ON from a source too) is
    // an edge with both ends among them.
    expect(node).toHaveLength(entities + 2);
    const nodeIds = new Set(node.map((n) => n.id));
    expect(edge.filter((e) => !nodeIds.has(e.source) || !nodeIds.has(e.target))).toEqual([]);
    expect(edge.some((e) => e.source.startsWith('Source:'))).toBe(true);
    const member = edge.find((e) => e.source === 'Role:cfo' && e.target === 'Tier:senior-leadership');
    expect(member?.data.find((d) => d.key === 'evidence')?.['#text']).toContain('CEO, COO, and CFO');
  });

  it('answers HEAD with the headers a GET would send, without reading the graph', async () => {
    const sessions = vi.spyOn(driver, 'session');
    try {
      for (const [file, type] of [
        ['claims.csv', 'text/csv; charset=utf-8'],
        ['graph.jsonld', 'application/ld+json; charset=utf-8'],
        ['graph.graphml', 'application/graphml+xml; charset=utf-8'],
      ] as const) {
        const head = await fetch(new URL(`/export/${file}`, base), {
          method: 'HEAD',
          headers: { 'accept-encoding': 'gzip' },
        });
        expect(head.status).toBe(200);
        expect(head.headers.get('content-type')).toBe(type);
        expect(head.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
        expect(head.headers.get('content-encoding')).toBe('gzip');
      }
      expect((await fetch(new URL('/export/nothing.csv', base), { method: 'HEAD' })).status).toBe(404);
      expect(sessions).not.toHaveBeenCalled();
    } finally {
      sessions.mockRestore();
    }
  });

  it('follows the rules of /graphql: same-origin CORS, unknown exports named, too large refused', async () => {
    const foreign = await fetchRaw(base, '/export/claims.csv', { origin: 'https://elsewhere.example' });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const unknown = await fetchRaw(base, '/export/graph.xlsx');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('use one of claims.csv, graph.jsonld, graph.graphml');
    const small = await startTestServer(driver, { MAX_ROWS_PER_REQUEST: '100' });
    try {
      const refused = await fetchRaw(small.url.replace(/\/graphql$/, '/'), '/export/claims.csv');
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body)).toMatchObject({
        errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }],
      });
    } finally {
      await small.stop();
    }
  });
});
