import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import { transactionRetryTimeMs } from './driver.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

export interface CypherOptions {
  database: string;
  /** Server-side transaction timeout: a runaway query is killed by Neo4j itself. */
  timeoutMs: number;
  /** Most rows one executor (one request) may read; unset: no cap (seeding, scripts). */
  maxRows?: number;
  /**
   * Cancels the executor's work (a request that timed out, or whose client left): its open
   * sessions are closed, which ends their transactions in Neo4j, and later calls fail at once.
   */
  signal?: AbortSignal;
  /**
   * Awaited before each read: a request's reads are checked to have seen one version of the
   * graph by reading its state first (data/graphVersion.ts, `OneVersion`).
   */
  beforeRead?: () => Promise<void>;
}

export interface DriverLease {
  driver: Driver;
  release(): void;
  /** Aborted when the database has moved away from this driver's address. */
  moved?: AbortSignal;
}

/**
 * Where an executor's sessions come from: a driver, or a connection that replaces its driver when
 * the database moves (connection.ts).
 */
export interface DriverSource {
  /** The driver to open the next session on, and the call to make once that session is closed. */
  lease(): DriverLease;
  /** A statement found the database unavailable: the source may look for it elsewhere. */
  reportUnavailable(): void;
  /**
   * Connections kept apart from the requests' (for `/ready`), so that a probe never waits for
   * one behind requests that hold every connection of the pool; unset: the same pool.
   */
  probe?(): DriverSource;
}

/** Where a probe's sessions come from: the source's own probe connections when it has them. */
export function probeSource(driver: Driver | DriverSource): DriverSource {
  const source = driverSource(driver);
  return source.probe?.() ?? source;
}

function driverSource(driver: Driver | DriverSource): DriverSource {
  if ('lease' in driver) return driver;
  return { lease: () => ({ driver, release: () => undefined }), reportUnavailable: () => undefined };
}

/** The executor's work was cancelled through its signal before it completed. */
export class CypherCancelled extends Error {
  constructor() {
    super('The database work was cancelled before it completed.');
    this.name = 'CypherCancelled';
  }
}

/** The session's driver was replaced because the database moved: unavailable here, so reads retry on the new one. */
function databaseMoved(): Neo4jError {
  return new Neo4jError(
    'The database moved to another address.',
    neo4j.error.SERVICE_UNAVAILABLE,
    '08000',
    'connection exception',
  );
}

interface Stop {
  signal: AbortSignal;
  reason: () => Error;
}

/** Settles like `work`, or rejects with the reason of the first of `stops` to abort (after `onStop`). */
function unlessStopped<T>(work: Promise<T>, stops: Stop[], onStop: () => void): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const listeners = stops.map(({ signal, reason }) => ({
      signal,
      listener: () => {
        removeListeners();
        onStop();
        reject(reason());
      },
    }));
    const removeListeners = () =>
      listeners.forEach(({ signal, listener }) => signal.removeEventListener('abort', listener));
    work.then(
      (value) => {
        removeListeners();
        resolvePromise(value);
      },
      (error: unknown) => {
        removeListeners();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
    for (const { signal, listener } of listeners) {
      if (signal.aborted) {
        listener();
        return;
      }
      signal.addEventListener('abort', listener, { once: true });
    }
  });
}

/** A request read more rows than its cap allows; reported to the client as too complex. */
export class RowLimitExceeded extends Error {
  readonly maxRows: number;

  constructor(maxRows: number) {
    super(
      `The request read more than ${maxRows} rows from the database (MAX_ROWS_PER_REQUEST): ask for less.`,
    );
    this.name = 'RowLimitExceeded';
    this.maxRows = maxRows;
  }
}

/** Parameters of a Cypher statement; values only, never spliced into the text. */
export type CypherParams = Record<string, unknown>;

/**
 * JavaScript numbers travel as floats, which Cypher refuses for LIMIT, SKIP and list slices;
 * whole numbers are sent as Cypher integers (the graph stores no whole-valued floats).
 */
function withIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}

function integerParams(params: CypherParams): CypherParams {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, withIntegers(value)]));
}

/**
 * The one way the application speaks Cypher: a session per call, `executeRead`/`executeWrite`
 * so clusters route correctly, the session closed in `finally` (or as soon as the executor is
 * cancelled), and transaction metadata naming the operation so it shows in `SHOW TRANSACTIONS`
 * and the query log. One executor per request counts the queries it sends (the N+1 tests read
 * `queryCount`).
 */
export class CypherExecutor {
  queryCount = 0;
  rowCount = 0;
  private readonly source: DriverSource;
  private readonly options: CypherOptions;

  constructor(driver: Driver | DriverSource, options: CypherOptions) {
    this.source = driverSource(driver);
    this.options = options;
  }

  /** Rows this executor may still read, or null without a cap. */
  rowsLeft(): number | null {
    return this.options.maxRows === undefined ? null : Math.max(0, this.options.maxRows - this.rowCount);
  }

  /** Refuses the request as having read more than its cap allows. */
  refuseRows(): never {
    throw new RowLimitExceeded(this.options.maxRows ?? 0);
  }

  /** Whether the executor's work was cancelled (its request timed out, or its client left). */
  get cancelled(): boolean {
    return this.options.signal?.aborted ?? false;
  }

  /** Counts rows read (records, or items collected into one record) against the cap. */
  countRows(rows: number): void {
    this.rowCount += rows;
    if (this.options.maxRows !== undefined && this.rowCount > this.options.maxRows) {
      throw new RowLimitExceeded(this.options.maxRows);
    }
  }

  /**
   * Runs a read query and returns its records as plain objects. A read is one statement, so it
   * runs as an auto-commit transaction: one exchange with the server instead of three (BEGIN,
   * RUN, COMMIT), which on a small query is a third of its latency and CPU. Reads change nothing,
   * so failures the driver classes as retryable (a cluster member leaving, a leader switch) are
   * retried here, as a transaction function would, within the driver's retry time.
   */
  async read<Row extends RecordShape>(
    operation: string,
    query: string,
    params: CypherParams = {},
  ): Promise<Row[]> {
    await this.options.beforeRead?.();
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.inSession('READ', async (session) => {
          this.queryCount += 1;
          const result = await session.run<Row>(
            query,
            integerParams(params),
            this.transactionConfig(operation),
          );
          this.countRows(result.records.length);
          return result.records.map((record) => record.toObject());
        });
      } catch (error) {
        const waitMs = Math.min(1_000, 50 * 2 ** attempt);
        if (!neo4j.isRetryableError(error) || Date.now() - started + waitMs > transactionRetryTimeMs)
          throw error;
        const { signal } = this.options;
        const pause = new Promise<void>((resolvePromise) => setTimeout(resolvePromise, waitMs));
        await (signal
          ? unlessStopped(pause, [{ signal, reason: () => new CypherCancelled() }], () => undefined)
          : pause);
      }
    }
  }

  /**
   * Runs `work` in a new session on the source's current driver. The session is closed when the
   * work settles, or at once when the executor is cancelled (closing a session with a query in
   * flight resets its connection, which ends the transaction in Neo4j) or the database moves away
   * from that driver (the work then fails as unavailable, and a read retries on the new driver).
   * A stopped caller does not wait for that close (a paused database would answer it late).
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const { signal } = this.options;
    if (signal?.aborted) throw new CypherCancelled();
    const lease = this.source.lease();
    const session = lease.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    let closing: Promise<void> | undefined;
    const close = () => (closing ??= session.close().finally(() => lease.release()));
    const stops: Stop[] = [];
    if (signal) stops.push({ signal, reason: () => new CypherCancelled() });
    if (lease.moved) stops.push({ signal: lease.moved, reason: databaseMoved });
    let stopped = false;
    const stop = () => {
      stopped = true;
      close().catch(() => undefined);
    };
    try {
      return await (stops.length > 0 ? unlessStopped(work(session), stops, stop) : work(session));
    } catch (error) {
      if (isDatabaseUnavailable(error)) this.source.reportUnavailable();
      throw error;
    } finally {
      if (stopped || stops.some((s) => s.signal.aborted)) close().catch(() => undefined);
      else await close();
    }
  }

  private transactionConfig(operation: string) {
    return { timeout: this.options.timeoutMs, metadata: { app: 'org-knowledge-graph', operation } };
  }

  /** Runs a write query and returns its records as plain objects. */
  async write<Row extends RecordShape>(
    operation: string,
    query: string,
    params: CypherParams = {},
  ): Promise<Row[]> {
    return this.inTransaction('WRITE', operation, async (tx) => {
      this.queryCount += 1;
      const result = await tx.run<Row>(query, integerParams(params));
      return result.records.map((record) => record.toObject());
    });
  }

  /** Runs several statements in one transaction: all of them apply, or none. */
  async inTransaction<T>(
    mode: 'READ' | 'WRITE',
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    if (mode === 'READ') await this.options.beforeRead?.();
    const config = this.transactionConfig(operation);
    return this.inSession(mode, (session) =>
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config),
    );
  }
}
