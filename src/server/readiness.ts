export interface ReadinessOptions {
  /** A check still running after this counts as not ready (and is cancelled). */
  timeoutMs: number;
  /** How long a check's answer is reused. */
  cacheMs: number;
}

/**
 * Whether Neo4j answers, for `/ready`: one check at a time, bounded by `timeoutMs`, its answer
 * reused for `cacheMs`. So `/ready` answers within the bound whatever the database does (down,
 * refusing connections, or paused and answering nothing), and frequent probes do not pile
 * queries onto a struggling database.
 */
export class Readiness {
  private last: { ready: boolean; at: number } | undefined;
  private checking: Promise<boolean> | undefined;
  private readonly ping: (signal: AbortSignal) => Promise<void>;
  private readonly options: ReadinessOptions;

  constructor(ping: (signal: AbortSignal) => Promise<void>, options: ReadinessOptions) {
    this.ping = ping;
    this.options = options;
  }

  isReady(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < this.options.cacheMs)
      return Promise.resolve(this.last.ready);
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async check(): Promise<boolean> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolvePromise) => {
      timer = setTimeout(() => {
        controller.abort();
        resolvePromise(false);
      }, this.options.timeoutMs);
    });
    const answered = this.ping(controller.signal).then(
      () => true,
      () => false,
    );
    const ready = await Promise.race([answered, timedOut]);
    clearTimeout(timer);
    this.last = { ready, at: Date.now() };
    return ready;
  }
}
