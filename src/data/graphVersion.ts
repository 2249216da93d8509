import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherExecutor } from '../db/cypher.ts';

/**
 * The graph's version: one `GraphVersion` node whose `version` every load of articles replaces
 * with a new random id, inside the load's own transaction, so a reader sees the new version
 * exactly when it sees the new claims. A random id rather than a counter: a database wiped and
 * loaded again never repeats a version a client may still hold in an ETag.
 *
 * A version alone cannot tell a reader that it overlapped a commit: Neo4j reads at read-committed,
 * and a commit is applied to the store record by record (created records first, deleted ones
 * after, the indexes last), so one statement running meanwhile can see part of it, the new
 * version included. So every change of the graph also leaves a `GraphWrite` marker, committed on
 * its own just before the change commits and removed once the commit has returned (`changeGraph`).
 * Reads that start after a state without a marker and end before the same state, still without a
 * marker, saw no commit at all (`OneVersion`).
 */
export const graphVersionConstraint =
  'CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE';

/**
 * A marker older than this is taken for one left by a writer that died between its commit and
 * removing the marker; a commit takes well under a second, a batch of 100 articles included.
 */
export const staleMarkerSeconds = 30;

/** How a change of the graph touched one source. */
export type SourceChangeKind = 'ADDED' | 'REPLACED' | 'REMOVED';
export interface SourceChange {
  slug: string;
  change: SourceChangeKind;
}

/** How many recent changes the graph keeps a record of, for subscribers that poll for them. */
export const keptChanges = 200;

// The unique key makes concurrent loads MERGE the same node (the second waits on its lock). Each
// version is numbered in order (`seq`) and leaves a `GraphChange` naming the sources it changed,
// so a server that sees the version move can tell its subscribers what changed, whoever wrote it;
// only the latest `keptChanges` are kept.
const bumpQuery = `
  MERGE (v:GraphVersion {key: 'graph'})
  SET v.version = randomUUID(), v.changedAt = datetime(), v.seq = coalesce(v.seq, 0) + 1
  CREATE (c:GraphChange {seq: v.seq, version: v.version, at: v.changedAt,
    slugs: [s IN $changes | s.slug], changes: [s IN $changes | s.change]})
  WITH v
  MATCH (old:GraphChange) WHERE old.seq <= v.seq - $kept
  DELETE old`;

// A new node of its own: no lock the change holds is needed, so it commits at once.
const markQuery = 'CREATE (:GraphWrite {token: $token, at: datetime()})';

// This writer's markers, and any left stale by a writer that died.
const unmarkQuery = `
  MATCH (w:GraphWrite)
  WHERE w.token = $token OR w.at < datetime() - duration({seconds: $staleAfter})
  DELETE w`;

/**
 * Runs `work`, a change of the graph, in one write transaction that also gives the graph a new
 * version recording the sources `work` says it changed, with the `GraphWrite` marker up from just before its commit until after it: the one
 * way articles are written, so readers can tell when their reads overlapped a commit.
 */
export async function changeGraph<T extends { changes: readonly SourceChange[] }>(
  cypher: CypherExecutor,
  operation: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const token = randomUUID();
  try {
    return await cypher.inTransaction('WRITE', operation, async (tx) => {
      const result = await work(tx);
      await tx.run(bumpQuery, { changes: result.changes, kept: keptChanges });
      // Committed in a transaction of its own before this function returns and the change commits
      // (again if the driver retries the change: the same token, removed together).
      await cypher.write('graphVersion.mark', markQuery, { token });
      return result;
    });
  } finally {
    // A marker that cannot be removed now (the database went away) expires by itself.
    await cypher
      .write('graphVersion.unmark', unmarkQuery, { token, staleAfter: staleMarkerSeconds })
      .catch(() => undefined);
  }
}

// The version, or null when nothing has been loaded since the database was created.
const readQuery = `OPTIONAL MATCH (v:GraphVersion {key: 'graph'}) RETURN v.version AS version`;

export async function readGraphVersion(cypher: CypherExecutor): Promise<string | null> {
  const [row] = await cypher.read<{ version: string | null }>('graphVersion', readQuery);
  return row?.version ?? null;
}

/** The version and whether a change of the graph is committing. */
export interface GraphState {
  version: string | null;
  committing: boolean;
}

// The version, and whether a marker younger than `staleAfter` seconds is up.
const stateQuery = `
  OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
  RETURN v.version AS version,
    COUNT { (w:GraphWrite) WHERE w.at >= datetime() - duration({seconds: $staleAfter}) } > 0 AS committing`;

export async function readGraphState(cypher: CypherExecutor): Promise<GraphState> {
  const [row] = await cypher.read<{ version: string | null; committing: boolean }>('graphState', stateQuery, {
    staleAfter: staleMarkerSeconds,
  });
  return { version: row?.version ?? null, committing: row?.committing ?? false };
}

/** How a request's reads stood to the changes of the graph. */
export type ReadsOutcome =
  /** Every read saw the same version: nothing committed from before the first to after the last. */
  | 'one-version'
  /** A change committed in between: the reads may mix two versions. */
  | 'changed'
  /** A change was committing before or after them: they may have seen part of it. */
  | 'committing';

/**
 * Tells whether one request's reads all saw one version of the graph. `beforeRead` is awaited
 * before each read (the first reads the graph's state; `state` must start a read after it is
 * called); `outcome`, once the request's reads have settled, reads the state again and compares.
 */
export class OneVersion {
  private before: Promise<GraphState> | null;

  /**
   * `before`: a read of the state already started before any of the request's reads (the one a
   * conditional GET made to look for a 304), so that every answer to a GET knows its version.
   * `recent`: the state last observed by anyone, if any (see `beforeRead`).
   */
  constructor(
    private readonly state: () => Promise<GraphState>,
    before?: Promise<GraphState>,
    private readonly recent?: () => GraphState | undefined,
  ) {
    this.before = before ?? null;
  }

  /**
   * Before the first read: the `before` given, else the state last observed (`recent`, such as
   * the previous request's check after its reads) when no change was committing then, else a new
   * read. Any state observed before the reads start will do: the check after them, which starts
   * after they end, sees a new version or a marker if any change committed or began in between.
   * So a request sent alone makes two round trips of its own (its statement and the check), not
   * three.
   */
  readonly beforeRead = async (): Promise<void> => {
    if (this.before === null) {
      const recent = this.recent?.();
      this.before = recent !== undefined && !recent.committing ? Promise.resolve(recent) : this.state();
    }
    await this.before;
  };

  /**
   * The version the reads saw, once `outcome` says they saw one: the state read before them (null
   * when nothing has been loaded); undefined when no state was read (no read, and no `before`) or
   * it could not be (the database is away: the answer already says so, and carries no tag).
   */
  async version(): Promise<string | null | undefined> {
    if (this.before === null) return undefined;
    try {
      return (await this.before).version;
    } catch {
      return undefined;
    }
  }

  async outcome(): Promise<ReadsOutcome> {
    if (this.before === null) return 'one-version';
    const before = await this.before;
    const after = await this.state();
    if (before.committing || after.committing) return 'committing';
    return before.version === after.version ? 'one-version' : 'changed';
  }
}
