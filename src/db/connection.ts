import { setMaxListeners } from 'node:events';
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.ts';
import type { DriverLease, DriverSource } from './cypher.ts';
import { createDriver } from './driver.ts';
import type { Neo4jTarget } from './neo4jTarget.ts';

interface DriverInUse {
  driver: Driver;
  uri: string;
  sessions: number;
  /** Aborted when it is replaced: its sessions stop, and it is closed once the last is. */
  moved: AbortController;
}

/** A driver in use, with the signal its sessions stop on if the database moves. */
function driverInUse(driver: Driver, uri: string): DriverInUse {
  const moved = new AbortController();
  // Every open session listens to it: as many as requests in flight, legitimately.
  setMaxListeners(0, moved.signal);
  return { driver, uri, sessions: 0, moved };
}

// How often a target that can move is looked up (a state file read), and at most how often a
// failure looks it up again in between.
const followEveryMs = 1_000;
const relocateAtMostEveryMs = 250;

/**
 * The process's connection to Neo4j: one driver at a time, replaced when the database moves.
 * A managed Neo4j restarted by `npm run db:start` (or by another command) comes back on its old
 * port when it can, and then the driver simply reconnects; when that port was taken it listens on
 * another, which its state file names. The target is looked up every second, and at once when a
 * statement finds the database unavailable; once the new address answers, the next sessions open
 * on a new driver for it. Sessions still open on the old driver fail as unavailable at once (reads
 * retry on the new one), and it is closed after the last of them has closed.
 */
export class Neo4jConnection implements DriverSource {
  private current: DriverInUse;
  private readonly retired = new Set<DriverInUse>();
  private relocating: Promise<void> | undefined;
  private probeDriver: { driver: Driver; uri: string } | undefined;
  private lastRelocation = 0;
  private closed = false;
  private readonly target: Neo4jTarget;
  private readonly log: Logger | undefined;
  private readonly following: NodeJS.Timeout | undefined;

  constructor(target: Neo4jTarget, log?: Logger) {
    this.target = target;
    this.log = log;
    this.current = driverInUse(createDriver(target, log), target.uri);
    if (target.locate) {
      this.following = setInterval(() => this.relocateSoon(0), followEveryMs);
      this.following.unref();
    }
  }

  /** The address sessions open on now. */
  get uri(): string {
    return this.current.uri;
  }

  lease(): DriverLease {
    const inUse = this.current;
    inUse.sessions += 1;
    let released = false;
    return {
      driver: inUse.driver,
      moved: inUse.moved.signal,
      release: () => {
        if (released) return;
        released = true;
        inUse.sessions -= 1;
        if (inUse.moved.signal.aborted && inUse.sessions === 0) this.closeRetired(inUse);
      },
    };
  }

  /**
   * A driver of its own for probes (`/ready`), at the current address, with a pool of two: a
   * probe so never waits for a connection behind requests that hold all of the main pool's.
   */
  probe(): DriverSource {
    return {
      lease: () => {
        const { uri } = this.current;
        if (this.probeDriver?.uri !== uri) {
          // A probe on the old address fails, and counts as not ready, as it would have anyway.
          this.probeDriver?.driver.close().catch(() => undefined);
          this.probeDriver = { driver: createDriver({ uri, auth: this.target.auth }, this.log, 2), uri };
        }
        return { driver: this.probeDriver.driver, release: () => undefined };
      },
      reportUnavailable: () => this.reportUnavailable(),
    };
  }

  reportUnavailable(): void {
    this.relocateSoon(relocateAtMostEveryMs);
  }

  private relocateSoon(notWithinMs: number): void {
    if (
      !this.target.locate ||
      this.closed ||
      this.relocating ||
      Date.now() - this.lastRelocation < notWithinMs
    )
      return;
    this.lastRelocation = Date.now();
    this.relocating = this.relocate().finally(() => {
      this.relocating = undefined;
      this.lastRelocation = Date.now();
    });
  }

  private async relocate(): Promise<void> {
    let uri: string | undefined;
    try {
      uri = await this.target.locate?.(this.current.uri);
    } catch (error) {
      this.log?.warn({ err: error }, 'could not look for the database');
      return;
    }
    if (!uri || uri === this.current.uri || this.closed) return;
    const previous = this.current;
    this.current = driverInUse(createDriver({ uri, auth: this.target.auth }, this.log), uri);
    this.retired.add(previous);
    // Nothing at the old address is the database any more: its sessions stop now (reads retry on
    // the new driver) instead of waiting out connection timeouts.
    previous.moved.abort();
    if (previous.sessions === 0) this.closeRetired(previous);
    this.log?.info({ from: previous.uri, to: uri }, 'the database moved: new sessions use its new address');
  }

  private closeRetired(inUse: DriverInUse): void {
    this.retired.delete(inUse);
    inUse.driver
      .close()
      .catch((error: unknown) =>
        this.log?.warn({ err: error, uri: inUse.uri }, 'closing a replaced driver failed'),
      );
  }

  /** Closes every driver, then lets go of the target (stopping a managed Neo4j nobody else uses). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.following);
    await this.relocating;
    await Promise.all(
      [this.current, ...this.retired, ...(this.probeDriver ? [this.probeDriver] : [])].map((inUse) =>
        inUse.driver.close(),
      ),
    );
    this.retired.clear();
    await this.target.release();
  }
}
