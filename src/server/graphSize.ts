import type { GraphCounts } from '../data/graphCounts.ts';

export interface GraphSnapshot {
  counts: GraphCounts;
  /** Changes whenever a count does, so costs computed from older counts are not reused. */
  version: string;
}

/**
 * The graph's counts as cost estimates need them: read on first use, then at most every
 * `maxAgeMs`, the last counts answering while newer ones are read (they change only when
 * articles are loaded).
 */
export class GraphSize {
  private last: (GraphSnapshot & { readAt: number }) | null = null;
  private reading: Promise<GraphSnapshot> | null = null;
  private readonly read: () => Promise<GraphCounts>;
  private readonly maxAgeMs: number;

  constructor(read: () => Promise<GraphCounts>, maxAgeMs = 30_000) {
    this.read = read;
    this.maxAgeMs = maxAgeMs;
  }

  current(): Promise<GraphSnapshot> {
    const last = this.last;
    if (last && Date.now() - last.readAt < this.maxAgeMs) return Promise.resolve(last);
    const reading = this.refresh();
    if (!last) return reading;
    // A failed refresh keeps the last counts; the next request tries again.
    reading.catch(() => undefined);
    return Promise.resolve(last);
  }

  private refresh(): Promise<GraphSnapshot> {
    this.reading ??= this.read()
      .then((counts) => {
        const version = JSON.stringify([[...counts.nodes], [...counts.relationships]]);
        this.last = { counts, version, readAt: Date.now() };
        return this.last;
      })
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }
}
