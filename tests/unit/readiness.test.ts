import { describe, expect, it } from 'vitest';
import { Readiness } from '../../src/server/readiness.ts';

describe('Readiness', () => {
  it('answers not ready within its bound when the database never answers, and cancels the check', async () => {
    let seen: AbortSignal | undefined;
    const readiness = new Readiness(
      (signal) => {
        seen = signal;
        return new Promise(() => undefined);
      },
      { timeoutMs: 100, cacheMs: 0 },
    );
    const started = Date.now();
    expect(await readiness.isReady()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen?.aborted).toBe(true);
  });

  it('shares one check between concurrent callers and reuses its answer for cacheMs', async () => {
    let checks = 0;
    let answer = true;
    const readiness = new Readiness(
      async () => {
        checks += 1;
        await new Promise((r) => setTimeout(r, 20));
        if (!answer) throw new Error('down');
      },
      { timeoutMs: 1_000, cacheMs: 200 },
    );
    expect(await Promise.all([readiness.isReady(), readiness.isReady(), readiness.isReady()])).toEqual([
      true,
      true,
      true,
    ]);
    expect(checks).toBe(1);
    answer = false;
    expect(await readiness.isReady()).toBe(true);
    expect(checks).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    expect(await readiness.isReady()).toBe(false);
    expect(checks).toBe(2);
  });
});
