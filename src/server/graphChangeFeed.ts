import { EventEmitter, on } from 'node:events';
import type { GraphChangedEvent, GraphChangeRecord } from '../data/graphChanges.ts';
import type { Logger } from '../logger.ts';

/** How the feed reads the graph's version and its recorded changes. */
export interface GraphChangeReader {
  latest(): Promise<{ seq: number; version: string } | null>;
  since(seq: number): Promise<GraphChangeRecord[]>;
}

/**
 * Tells this process's subscribers when the graph changes, from the version recorded in Neo4j, so
 * a change written by any process (another API server, the seed CLI) is seen. While anyone
 * subscribes, the latest version is read every `intervalMs` (one small read per process, however
 * many subscribers); when it moves, the changes recorded since are read and sent in order.
 */
export class GraphChangeFeed {
  private readonly emitter = new EventEmitter();
  private last: { seq: number; version: string | null } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private baseline: Promise<void> | null = null;
  private stopped = new AbortController();

  constructor(
    private readonly reader: GraphChangeReader,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {
    this.emitter.setMaxListeners(0);
  }

  /**
   * The changes from now on, until the iterator is returned or the feed stops. Resolves once the
   * version they are counted from has been read, so a change committed after that is never missed.
   */
  async subscribe(): Promise<AsyncGenerator<GraphChangedEvent>> {
    const events = on(this.emitter, 'change', { signal: this.stopped.signal });
    this.start();
    await this.baseline;
    const stopped = this.stopped.signal;
    return (async function* () {
      try {
        for await (const [event] of events) yield event as GraphChangedEvent;
      } catch (error) {
        if (!stopped.aborted) throw error;
      }
    })();
  }

  get subscribers(): number {
    return this.emitter.listenerCount('change');
  }

  /** Ends every subscription (at shutdown). */
  stop(): void {
    this.stopped.abort();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private start(): void {
    if (this.timer || this.stopped.signal.aborted) return;
    this.baseline ??= this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private polling = false;

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      if (this.subscribers === 0 && this.last !== null) {
        // Nobody listens: stop reading, and start again from the version then current.
        if (this.timer) clearInterval(this.timer);
        this.timer = null;
        this.baseline = null;
        this.last = null;
        return;
      }
      await this.readChanges();
    } catch (error) {
      this.log.warn({ err: error }, 'graph changes: could not read the graph version; trying again');
    } finally {
      this.polling = false;
    }
  }

  /** Polls that found a version whose change record could not be read yet. */
  private waitedForRecord = 0;

  private async readChanges(): Promise<void> {
    const latest = await this.reader.latest();
    const current = latest ?? { seq: 0, version: null };
    const last = this.last;
    if (last === null || (current.seq === last.seq && current.version === last.version)) {
      this.last = current;
      return;
    }
    const records = current.seq > last.seq ? await this.reader.since(last.seq) : [];
    // A commit is applied to the store record by record, its label index last: the new version
    // can be read a moment before its change record is found. Read again at the next poll (a few
    // times at most: a record that never comes is taken as lost).
    if (current.seq > last.seq && records.at(-1)?.seq !== current.seq && this.waitedForRecord < maxWaits) {
      this.waitedForRecord += 1;
      return;
    }
    this.waitedForRecord = 0;
    this.last = current;
    // Every version since, in order; when some are no longer recorded (or the database was
    // emptied and loaded again), the latest alone, without its sources.
    const complete = records.length === current.seq - last.seq;
    const events: GraphChangedEvent[] = complete
      ? records.map((r) => ({ version: r.version, sources: r.sources }))
      : current.version === null
        ? []
        : [{ version: current.version, sources: [] }];
    for (const event of events) this.emitter.emit('change', event);
  }
}

const maxWaits = 5;
