import { isAbort } from './graphqlResponse.ts';

/**
 * One AbortController per request slot ("details", "path", "expand:<id>", ...): a request started
 * in a slot cancels the one before it, whose answer then never arrives. The last work of each slot
 * is kept so a failed view can be retried; `onBusy` hears how many requests are in flight.
 */
export class RequestSlots {
  private readonly controllers = new Map<string, AbortController>();
  private readonly lastWork = new Map<string, () => Promise<void>>();
  private inFlight = 0;

  constructor(private readonly onBusy: (inFlight: number) => void = () => undefined) {}

  /**
   * Runs `work` in `slot`, cancelling what ran there; `done` gets its answer, `failed` its error,
   * neither is called for a cancelled request.
   */
  run<T>(
    slot: string,
    work: (signal: AbortSignal) => Promise<T>,
    done: (answer: T) => void,
    failed: (error: unknown) => void,
  ): Promise<void> {
    const attempt = async () => {
      this.cancel(slot);
      const controller = new AbortController();
      this.controllers.set(slot, controller);
      this.busy(1);
      try {
        const answer = await work(controller.signal);
        if (!controller.signal.aborted) done(answer);
      } catch (error) {
        if (!controller.signal.aborted && !isAbort(error)) failed(error);
      } finally {
        if (this.controllers.get(slot) === controller) this.controllers.delete(slot);
        this.busy(-1);
      }
    };
    this.lastWork.set(slot, attempt);
    return attempt();
  }

  /** Cancels the request in `slot`, if any. */
  cancel(slot: string): void {
    this.controllers.get(slot)?.abort();
    this.controllers.delete(slot);
  }

  /** Runs the last work of `slot` again (a Retry button). */
  retry(slot: string): Promise<void> {
    return this.lastWork.get(slot)?.() ?? Promise.resolve();
  }

  private busy(step: number): void {
    this.inFlight += step;
    this.onBusy(this.inFlight);
  }
}
