import DataLoader from 'dataloader';
import type { CypherExecutor } from '../db/cypher.ts';
import { checkedName, nodeLabels, relationshipTypes, type NodeLabel } from './model.ts';
import { all, andThen, type MaybePromise } from './maybePromise.ts';
import { toClaim, toRecord, type ClaimRecord, type NodeRecord } from './records.ts';

/** One step from a node along one relationship type, optionally restricted to one source. */
export interface Hop {
  /** A relationship type of relations.ts, checked before it is written into Cypher. */
  type: string;
  direction: 'out' | 'in';
  from: NodeLabel;
  /** Label at the far end; omitted when any label may be there (mentions). */
  to?: NodeLabel;
}

export interface HopKey {
  dbId: string;
  source: string | null;
}

export interface HopResult {
  claim: ClaimRecord;
  node: NodeRecord;
}

/** One key's rows of a hop query, with the claims' evidence statements and sources. */
interface HopRow {
  dbId: string;
  source: string | null;
  rows: {
    rel: Record<string, unknown>;
    node: Record<string, unknown>;
    evidence: Record<string, unknown>[];
  }[];
  sources: Record<string, unknown>[];
}

/**
 * What a hop is in Cypher: the pattern from node variable `near` over relationship `rel` to
 * `far`, and the order of its rows (the far node's name, then source). The loaders below and the
 * planned statements (src/planner/compile.ts) both build on these, so the two ways of following a hop
 * answer alike.
 */
export function hopPattern(hop: Hop, near: string, rel: string, far: string): string {
  const to = hop.to ? `:${checkedName(hop.to, nodeLabels)}` : '';
  const type = checkedName(hop.type, relationshipTypes);
  return hop.direction === 'out'
    ? `(${near})-[${rel}:${type}]->(${far}${to})`
    : `(${near})<-[${rel}:${type}]-(${far}${to})`;
}

export const hopOrder = (rel: string, far: string): string => `${far}.name, ${far}.slug, ${rel}.source`;

function hopQuery(hop: Hop): string {
  const from = checkedName(hop.from, nodeLabels);
  // Rows per key, in hop order. Each claim row brings the statements it cites, and each key the
  // Source nodes of its claims: the fields a claim is almost always asked for next (evidence,
  // source) then cost no round trip of their own.
  return `
    UNWIND $keys AS key
    MATCH (a:${from} {id: key.dbId})
    MATCH ${hopPattern(hop, 'a', 'r', 'b')}
    WHERE key.source IS NULL OR r.source = key.source
    WITH key, r, b ORDER BY ${hopOrder('r', 'b')}
    WITH key, collect({
      rel: properties(r),
      node: b {.*},
      evidence: CASE WHEN r.evidence IS NULL THEN [] ELSE COLLECT { MATCH (s:Statement) WHERE s.id IN r.evidence RETURN s {.*} } END
    }) AS rows, collect(DISTINCT r.source) AS sourceSlugs
    RETURN key.dbId AS dbId, key.source AS source, rows,
      COLLECT { MATCH (s:Source) WHERE s.slug IN sourceSlugs RETURN s {.*} } AS sources`;
}

const withoutSources = (record: NodeRecord) => 'sources' in record && record.sources === null;
const hopName = (hop: Hop) => `${hop.type}|${hop.direction}|${hop.from}|${hop.to ?? '*'}`;
const hopKey = (hop: Hop, dbId: string, source: string | null) => `${hopName(hop)}|${dbId}|${source ?? ''}`;

/**
 * Per-request batching: every node lookup and every hop asked for in one tick of the event loop
 * becomes one Cypher query (per label or per hop kind), so the number of round trips of an
 * operation depends on its depth, not on how many parents it fans out from.
 */
export class Loaders {
  private readonly cypher: CypherExecutor;
  private readonly nodeLoaders = new Map<NodeLabel, DataLoader<string, NodeRecord | null>>();
  private readonly hopLoaders = new Map<string, DataLoader<HopKey, HopResult[], string>>();
  // What this request already holds, handed out without a promise (see maybePromise.ts).
  private readonly knownNodes = new Map<string, NodeRecord | null>();
  private readonly knownHops = new Map<string, HopResult[]>();
  private readonly sourceListLoaders = new Map<NodeLabel, DataLoader<string, string[]>>();

  constructor(cypher: CypherExecutor) {
    this.cypher = cypher;
  }

  /** A node by its key ("Role:cfo"), or null if it does not exist; at once when already fetched. */
  node(dbId: string): MaybePromise<NodeRecord | null> {
    const known = this.knownNodes.get(dbId);
    if (known !== undefined) return known;
    const label = nodeLabels.find((l) => dbId.startsWith(`${l}:`));
    if (!label) return null;
    return this.nodeLoader(label)
      .load(dbId)
      .then((record) => {
        this.knownNodes.set(dbId, record);
        return record;
      });
  }

  private nodeLoader(label: NodeLabel): DataLoader<string, NodeRecord | null> {
    let loader = this.nodeLoaders.get(label);
    if (!loader) {
      loader = new DataLoader<string, NodeRecord | null>(async (ids) => {
        const rows = await this.cypher.read<{ props: Record<string, unknown> }>(
          `node.${label}`,
          `MATCH (n:${checkedName(label, nodeLabels)}) WHERE n.id IN $ids RETURN n {.*} AS props`,
          { ids: [...ids] },
        );
        const byId = new Map(rows.map((row) => [String(row.props['id']), toRecord(row.props)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.nodeLoaders.set(label, loader);
    }
    return loader;
  }

  /** Caches a node fetched along the way, so a later lookup of it costs no query. */
  prime(record: NodeRecord): void {
    const known = this.knownNodes.get(record.dbId);
    // The same node may come twice, read with and without its `sources` list: keep the fuller one.
    if (!known || (withoutSources(known) && !withoutSources(record)))
      this.knownNodes.set(record.dbId, record);
  }

  /** Caches the result of a hop fetched along the way (by a planned operation). */
  primeHop(hop: Hop, dbId: string, source: string | null, results: HopResult[]): void {
    const key = hopKey(hop, dbId, source);
    if (!this.knownHops.has(key)) this.knownHops.set(key, results);
  }

  /** The `sources` list of an entity whose record was read without it. */
  sourcesOf(record: NodeRecord): MaybePromise<string[]> {
    if ('sources' in record && record.sources !== null) return record.sources;
    let loader = this.sourceListLoaders.get(record.label);
    if (!loader) {
      const label = checkedName(record.label, nodeLabels);
      loader = new DataLoader<string, string[]>(async (ids) => {
        const rows = await this.cypher.read<{ id: string; sources: string[] | null }>(
          `sources.${label}`,
          `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, n.sources AS sources`,
          { ids: [...ids] },
        );
        const byId = new Map(rows.map((row) => [row.id, row.sources ?? []]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.sourceListLoaders.set(record.label, loader);
    }
    return loader.load(record.dbId);
  }

  /** Several nodes by key, in the order given, skipping any that do not exist. */
  nodes(dbIds: readonly string[]): MaybePromise<NodeRecord[]> {
    return andThen(all(dbIds.map((id) => this.node(id))), (records) =>
      records.filter((record): record is NodeRecord => record !== null),
    );
  }

  /** The claims along `hop` from the node `dbId`, with the node at the other end; at once when already fetched. */
  hop(hop: Hop, dbId: string, source: string | null = null): MaybePromise<HopResult[]> {
    const key = hopKey(hop, dbId, source);
    const known = this.knownHops.get(key);
    if (known) return known;
    return this.hopLoader(hop)
      .load({ dbId, source })
      .then((results) => {
        this.knownHops.set(key, results);
        return results;
      });
  }

  private hopLoader(hop: Hop): DataLoader<HopKey, HopResult[], string> {
    const name = hopName(hop);
    let loader = this.hopLoaders.get(name);
    if (!loader) {
      const query = hopQuery(hop);
      loader = new DataLoader<HopKey, HopResult[], string>(
        async (keys) => {
          const rows = await this.cypher.read<HopRow>(`hop.${name}`, query, {
            keys: keys.map((k) => ({ dbId: k.dbId, source: k.source })),
          });
          this.cypher.countRows(
            rows.reduce((sum, row) => sum + row.rows.reduce((n, r) => n + 1 + r.evidence.length, 0), 0),
          );
          for (const row of rows) {
            for (const props of row.sources) this.prime(toRecord(props));
            for (const r of row.rows) for (const props of r.evidence) this.prime(toRecord(props));
          }
          const byKey = new Map(
            rows.map((row) => [
              `${row.dbId}|${row.source ?? ''}`,
              row.rows.map((r) => ({ claim: toClaim(hop.type, r.rel), node: toRecord(r.node) })),
            ]),
          );
          return keys.map((k) => byKey.get(`${k.dbId}|${k.source ?? ''}`) ?? []);
        },
        { cacheKeyFn: (k) => `${k.dbId}|${k.source ?? ''}` },
      );
      this.hopLoaders.set(name, loader);
    }
    return loader;
  }
}
