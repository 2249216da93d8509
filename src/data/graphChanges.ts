import type { CypherExecutor } from '../db/cypher.ts';
import type { SourceChange, SourceChangeKind } from './graphVersion.ts';

/**
 * The changes of the graph as the versions record them (graphVersion.ts): each version has a
 * number in order (`seq`) and a `GraphChange` naming the sources it changed. Read by whoever polls
 * for changes, whichever process wrote them.
 */
/** One change of the graph as subscribers get it. */
export interface GraphChangedEvent {
  version: string;
  /** The sources it changed; empty when that is no longer known (too many changes came at once). */
  sources: SourceChange[];
}

/** What a subscriber to the graph's changes is given. */
export interface GraphChangeSubscriptions {
  subscribe(): Promise<AsyncGenerator<GraphChangedEvent>>;
}

export interface GraphChangeRecord {
  seq: number;
  version: string;
  sources: SourceChange[];
}

// The graph's latest version and its number; no row before the first load.
const latestQuery = `MATCH (v:GraphVersion {key: 'graph'}) RETURN coalesce(v.seq, 0) AS seq, v.version AS version`;

export async function readLatestVersion(
  cypher: CypherExecutor,
): Promise<{ seq: number; version: string } | null> {
  const [row] = await cypher.read<{ seq: number; version: string }>('graphChanges.latest', latestQuery);
  return row ?? null;
}

// The recorded changes after `seq`, in order.
const sinceQuery = `
  MATCH (c:GraphChange) WHERE c.seq > $seq
  RETURN c.seq AS seq, c.version AS version, c.slugs AS slugs, c.changes AS changes
  ORDER BY c.seq`;

const kinds: readonly string[] = ['ADDED', 'REPLACED', 'REMOVED'] satisfies SourceChangeKind[];
const isKind = (value: string): value is SourceChangeKind => kinds.includes(value);

export async function readChangesSince(cypher: CypherExecutor, seq: number): Promise<GraphChangeRecord[]> {
  const rows = await cypher.read<{ seq: number; version: string; slugs: string[]; changes: string[] }>(
    'graphChanges.since',
    sinceQuery,
    { seq },
  );
  return rows.map((row) => ({
    seq: row.seq,
    version: row.version,
    sources: row.slugs.flatMap((slug, i) => {
      const change = row.changes[i] ?? '';
      return isKind(change) ? [{ slug, change }] : [];
    }),
  }));
}
