import type { CDPSession, Page } from 'playwright-core';

// The page's main-thread tasks as Chromium's trace records them, with the CPU time each took on
// its thread (`tdur`) beside its wall time (`dur`). A task's wall time grows with whatever else
// the machine runs; its thread time is the work the page itself did, so a check on it holds on a
// busy machine as on a quiet one.

/** One task of the page's main thread, in milliseconds. */
export interface MainThreadTask {
  /** Milliseconds after the page's mark, negative for tasks before it. */
  sinceMark: number;
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const categories = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

export interface TaskTrace {
  /** Stops tracing; the tasks of the thread that made `performance.mark(mark)`, timed from it. */
  stop(mark: string): Promise<MainThreadTask[]>;
}

/** Starts tracing the page's process (before it navigates, so its whole load is seen). */
export async function traceMainThread(page: Page): Promise<TaskTrace> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) if (isTraceEvent(event)) events.push(event);
  });
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  return {
    async stop(mark) {
      await endTracing(session);
      await session.detach();
      return tasksAfter(events, mark);
    },
  };
}

async function endTracing(session: CDPSession): Promise<void> {
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
}

function tasksAfter(events: TraceEvent[], mark: string): MainThreadTask[] {
  const marked = events.find((event) => event.name === mark && event.ph !== 'M');
  if (!marked) throw new Error(`the trace holds no mark "${mark}": the page never made it`);
  // A task still running when tracing ended has no durations; one of them is always the task
  // that ends the trace.
  const tasks = events.filter(
    (event): event is TraceEvent & { dur: number; tdur: number } =>
      event.name === 'RunTask' &&
      event.dur !== undefined &&
      event.tdur !== undefined &&
      event.pid === marked.pid &&
      isMainThread(events, event),
  );
  if (tasks.length === 0)
    throw new Error('the trace holds no finished task of the page’s main thread with its thread time');
  return tasks.map((task) => ({
    sinceMark: (task.ts - marked.ts) / 1000,
    wallMs: task.dur / 1000,
    cpuMs: task.tdur / 1000,
  }));
}

function isMainThread(events: TraceEvent[], task: TraceEvent): boolean {
  return events.some(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      event.pid === task.pid &&
      event.tid === task.tid,
  );
}

function isTraceEvent(value: unknown): value is TraceEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'pid' in value &&
    'tid' in value &&
    'ts' in value
  );
}
