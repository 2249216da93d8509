import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { transactionRetryTimeMs } from './driver.ts';

export interface CypherOptions {
  database: string;
  /** Server-side transaction timeout: a runaway query is killed by Neo4j itself. */
  timeoutMs: number;
  /** Most rows one executor (one request) may read; unset: no cap (seeding, scripts). */
  maxRows?: number;
}

/** A request read more rows than its cap allows; reported to the client as too complex. */
export class RowLimitExceeded extends Error {
  readonly maxRows: number;

  constructor(maxRows: number) {
    super(`The request read more than ${maxRows} rows from the database (MAX_ROWS_PER_REQUEST): ask for less.`);
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
 * so clusters route correctly, the session closed in `finally`, and transaction metadata naming
 * the operation so it shows in `SHOW TRANSACTIONS` and the query log. One executor per request
 * counts the queries it sends (the N+1 tests read `queryCount`).
 */
export class CypherExecutor {
  queryCount = 0;
  rowCount = 0;
  private readonly driver: Driver;
  private readonly options: CypherOptions;

  constructor(driver: Driver, options: CypherOptions) {
    this.driver = driver;
    this.options = options;
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
  async read<Row extends RecordShape>(operation: string, query: string, params: CypherParams = {}): Promise<Row[]> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.readOnce<Row>(operation, query, params);
      } catch (error) {
        const waitMs = Math.min(1_000, 50 * 2 ** attempt);
        if (!neo4j.isRetryableError(error) || Date.now() - started + waitMs > transactionRetryTimeMs) throw error;
        await new Promise((resolvePromise) => setTimeout(resolvePromise, waitMs));
      }
    }
  }

  private async readOnce<Row extends RecordShape>(operation: string, query: string, params: CypherParams): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.queryCount += 1;
      const result = await session.run<Row>(query, integerParams(params), this.transactionConfig(operation));
      this.countRows(result.records.length);
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  private transactionConfig(operation: string) {
    return { timeout: this.options.timeoutMs, metadata: { app: 'org-knowledge-graph', operation } };
  }

  /** Runs a write query and returns its records as plain objects. */
  async write<Row extends RecordShape>(operation: string, query: string, params: CypherParams = {}): Promise<Row[]> {
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
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.transactionConfig(operation);
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }
}
