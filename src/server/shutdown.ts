import type { Logger } from '../logger.ts';

/**
 * Runs `cleanup` once on SIGTERM or SIGINT, then exits. A second signal, or cleanup taking longer
 * than `graceMs`, exits at once so an orchestrator never waits on a hung shutdown.
 */
export function onShutdownSignal(log: Logger, cleanup: () => Promise<void>, graceMs = 20_000): void {
  let shuttingDown = false;
  const handle = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    log.info({ signal }, 'shutting down: draining requests, closing the driver');
    const timer = setTimeout(() => {
      log.error({ graceMs }, 'shutdown took too long: exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    cleanup().then(
      () => {
        log.info('shutdown complete');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
