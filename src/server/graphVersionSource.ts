/**
 * The graph's current version for conditional requests, read from Neo4j so that a load by
 * another process (`npm run seed -- --article`) is seen at once. Every caller gets a read that
 * started after it asked, so a load committed before a request arrived is never missed; callers
 * that ask while a read is in flight share the next one, so under any concurrency at most two
 * reads are pending and Neo4j sees about one tiny query per read's round trip, not per request.
 * (The same for the graph's state, `T`, that requests check their reads against.)
 */
export class GraphVersionSource<T = string | null> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;
  private latest: T | undefined = undefined;
  /** Reads made, for the load test and tests to compare with requests served. */
  reads = 0;

  constructor(private readonly read: () => Promise<T>) {}

  current(): Promise<T> {
    if (this.running === null) return this.start();
    // The running read may have started before this caller asked: wait for the one after it.
    this.next ??= this.running.then(
      () => this.promote(),
      () => this.promote(),
    );
    return this.next;
  }

  private promote(): Promise<T> {
    this.next = null;
    return this.start();
  }

  /** The answer of the read that completed last, if any has: a state observed before now. */
  settled(): T | undefined {
    return this.latest;
  }

  private start(): Promise<T> {
    this.reads += 1;
    const reading: Promise<T> = this.read()
      .then((value) => {
        this.latest = value;
        return value;
      })
      .finally(() => {
        if (this.running === reading) this.running = null;
      });
    this.running = reading;
    return reading;
  }
}
