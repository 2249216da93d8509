/**
 * A small seeded generator (mulberry32): the synthetic graph must be the same on every machine
 * and every run, so nothing here reads Math.random or the clock.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /**
   * An index in [0, size) skewed towards 0: `skew` 1 is uniform, larger values make the first
   * items hubs and leave a long tail (index = size * u^skew).
   */
  skewed(size: number, skew: number): number {
    return Math.min(size - 1, Math.floor(size * this.next() ** skew));
  }

  /** `count` distinct skewed indexes in [0, size) (fewer if size is smaller). */
  distinctSkewed(size: number, count: number, skew: number): number[] {
    const picked = new Set<number>();
    const wanted = Math.min(count, size);
    while (picked.size < wanted) picked.add(this.skewed(size, skew));
    return [...picked];
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}
