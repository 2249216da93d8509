import type { CoverageEntryRecord, SourceStatsRecord, TierOverlapRecord } from './analytics.ts';
import type { DisagreementRecord } from './disagreements.ts';
import type { FacetRecord } from './facets.ts';
import type { GapRecord, Position } from './gap.ts';
import type { GraphState } from './graphVersion.ts';

/** Times a shared answer is computed again when changes keep committing under it. */
const wholeVersionAttempts = 5;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An answer that is the same for every request (a whole-graph statistic, every disagreement),
 * computed once per graph version and shared, by the arguments it depends on. Each request reads
 * the current version first (a tiny query, `graphVersion.ts`) and gets the answer computed on
 * that version, or computes it; the computation reads after that version was read, so no request
 * sees an answer older than the version it read. Answers of older versions are dropped as soon
 * as a newer version is seen.
 */
export class VersionedAnswer<T> {
  private version: string | null | undefined = undefined;
  private answers = new Map<string, Promise<T>>();
  private readonly currentState: () => Promise<GraphState>;
  private readonly maxAnswers: number;

  /** `currentState`: a read of the graph's version and changes in flight that starts after the caller asked. */
  constructor(currentState: () => Promise<GraphState>, maxAnswers = 100) {
    this.currentState = currentState;
    this.maxAnswers = maxAnswers;
  }

  /** The answer for `key` on the current graph version, computed by `compute` if nobody has yet. */
  async get(key: string, unchecked: () => Promise<T>): Promise<T> {
    const compute = () => this.onOneVersion(unchecked);
    const { version } = await this.currentState();
    if (version !== this.version) {
      this.version = version;
      this.answers = new Map();
    }
    const known = this.answers.get(key);
    if (known) return known;
    // At most `maxAnswers` arguments are kept per version; others are computed for their request.
    if (this.answers.size >= this.maxAnswers) return compute();
    const answers = this.answers;
    const computing = compute();
    answers.set(key, computing);
    // A failed computation is not kept: the next request tries again.
    computing.catch(() => {
      if (answers.get(key) === computing) answers.delete(key);
    });
    return computing;
  }

  /**
   * `compute`'s answer, read while no change of the graph was committing and with the same version
   * before and after it. Neo4j reads at read-committed, so a statement running while a load commits
   * can see part of it (a source's statements without its claims); such an answer would be shared
   * with every request of the version, so it is made again instead.
   */
  private async onOneVersion(compute: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const before = await this.currentState();
      if (!before.committing) {
        const answer = await compute();
        const after = await this.currentState();
        if (!after.committing && after.version === before.version) return answer;
      }
      if (attempt === wholeVersionAttempts)
        throw new Error('the graph kept changing while a shared answer was computed');
      await pause(50 * attempt);
    }
  }

  /**
   * Whether the answer for `key` was asked on the latest version seen: the cost model counts it
   * as read from here. A load committed since is seen by the next request, which then computes
   * the answer once on the new version.
   */
  has(key: string): boolean {
    return this.answers.has(key);
  }

  /** Whether an answer for `key` is kept, or would be once computed. */
  keeps(key: string): boolean {
    return this.answers.has(key) || this.answers.size < this.maxAnswers;
  }

  /** Changes whenever an answer is added or the version changes. */
  fingerprint(): string {
    return `${this.version ?? ''}:${this.answers.size}`;
  }
}

/** Runs `compute` through `answer` when there is one (a server), else directly (scripts, benchmarks). */
export function sharedAnswer<T>(
  answer: VersionedAnswer<T> | undefined,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  return answer ? answer.get(key, compute) : compute();
}

/** The answers a server computes once per graph version, each by the arguments it depends on. */
export interface SharedAnswers {
  /** Every disagreement (`about` and paging are applied to it per request). */
  disagreements: VersionedAnswer<DisagreementRecord[]>;
  perSource: VersionedAnswer<SourceStatsRecord[]>;
  coverage: VersionedAnswer<CoverageEntryRecord[]>;
  /** By `argumentsKey` of the field's arguments. */
  facets: VersionedAnswer<FacetRecord[]>;
  /** The overlap of two tiers with its soft side, by `argumentsKey` of the field's arguments. */
  overlap: VersionedAnswer<{ overlap: TierOverlapRecord; unknownTiers: string[] }>;
  /** By `argumentsKey` of the field's arguments. */
  gap: VersionedAnswer<{ gap: GapRecord | null; missing: Position[] }>;
}

export function sharedAnswers(currentState: () => Promise<GraphState>): SharedAnswers {
  return {
    disagreements: new VersionedAnswer(currentState),
    perSource: new VersionedAnswer(currentState),
    coverage: new VersionedAnswer(currentState),
    facets: new VersionedAnswer(currentState),
    gap: new VersionedAnswer(currentState),
    overlap: new VersionedAnswer(currentState),
  };
}

/** The key of an answer that depends on a field's arguments: the same whatever their order. */
export function argumentsKey(args: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    Object.keys(args)
      .sort()
      .map((name) => [name, args[name] ?? null]),
  );
}
