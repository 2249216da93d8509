import { describe, expect, it } from 'vitest';
import { graphCounts, type GraphCounts } from '../../src/data/graphCounts.ts';
import { GraphSize } from '../../src/server/graphSize.ts';

describe('graph size for cost estimates', () => {
  it('reads the counts once per period, answers with the last ones while reading, and keeps them when a read fails', async () => {
    const answers: (GraphCounts | Error)[] = [
      graphCounts({ Tier: 3 }, {}),
      new Error('database down'),
      graphCounts({ Tier: 13 }, {}),
    ];
    let reads = 0;
    const size = new GraphSize(() => {
      const answer = answers[reads] ?? new Error('no more answers');
      reads += 1;
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    }, 0);
    const first = await size.current();
    expect(first.counts.nodes.get('Tier')).toBe(3);
    // Stale at once (period 0): the last counts answer while a read runs, and survive its failure.
    expect((await size.current()).version).toBe(first.version);
    await new Promise((r) => setTimeout(r, 0));
    expect((await size.current()).counts.nodes.get('Tier')).toBe(3);
    await new Promise((r) => setTimeout(r, 0));
    const third = await size.current();
    expect(third.counts.nodes.get('Tier')).toBe(13);
    expect(third.version).not.toBe(first.version);
    expect(reads).toBe(4);
  });

  it('reads once for concurrent first requests, and reports a first failure', async () => {
    let reads = 0;
    const size = new GraphSize(() => {
      reads += 1;
      return Promise.resolve(graphCounts({}, {}));
    });
    await Promise.all([size.current(), size.current(), size.current()]);
    expect(reads).toBe(1);
    const failing = new GraphSize(() => Promise.reject(new Error('database down')));
    await expect(failing.current()).rejects.toThrow('database down');
  });
});
