import { describe, expect, it } from 'vitest';
import type { GraphChangeRecord } from '../../src/data/graphChanges.ts';
import { createLogger } from '../../src/logger.ts';
import { GraphChangeFeed } from '../../src/server/graphChangeFeed.ts';

/** A graph's version and change records, changed by the test as a writer would. */
function fakeGraph() {
  const records: GraphChangeRecord[] = [];
  let seq = 0;
  // Whether the newest record is found yet (a commit's label index is applied last).
  let recordVisible = true;
  return {
    reader: {
      latest: () => Promise.resolve(seq === 0 ? null : { seq, version: `v${seq}` }),
      since: (after: number) =>
        Promise.resolve(records.filter((r) => r.seq > after && (recordVisible || r.seq < seq))),
    },
    write(slug: string, visible = true) {
      seq += 1;
      recordVisible = visible;
      records.push({ seq, version: `v${seq}`, sources: [{ slug, change: 'ADDED' }] });
    },
    showRecord() {
      recordVisible = true;
    },
    prune(keep: number) {
      records.splice(0, Math.max(0, records.length - keep));
    },
  };
}

const log = createLogger({ logLevel: 'silent', env: 'test' });

describe('GraphChangeFeed', () => {
  it('tells each subscriber every change after it subscribed, in order, with its sources', async () => {
    const graph = fakeGraph();
    graph.write('before');
    const feed = new GraphChangeFeed(graph.reader, 5, log);
    const first = await feed.subscribe();
    graph.write('a');
    graph.write('b');
    expect((await first.next()).value).toEqual({ version: 'v2', sources: [{ slug: 'a', change: 'ADDED' }] });
    expect((await first.next()).value).toEqual({ version: 'v3', sources: [{ slug: 'b', change: 'ADDED' }] });
    const second = await feed.subscribe();
    graph.write('c');
    for (const subscriber of [first, second])
      expect((await subscriber.next()).value).toEqual({
        version: 'v4',
        sources: [{ slug: 'c', change: 'ADDED' }],
      });
    feed.stop();
    expect((await first.next()).done).toBe(true);
  });

  it('waits for a version’s change record rather than sending it without its sources', async () => {
    const graph = fakeGraph();
    let reads = 0;
    // The record shows on the feed's second read of it.
    const reader = {
      latest: graph.reader.latest,
      since: (after: number) => {
        reads += 1;
        if (reads === 2) graph.showRecord();
        return graph.reader.since(after);
      },
    };
    const feed = new GraphChangeFeed(reader, 5, log);
    const events = await feed.subscribe();
    graph.write('late', false);
    const next = events.next();
    expect((await next).value).toEqual({ version: 'v1', sources: [{ slug: 'late', change: 'ADDED' }] });
    feed.stop();
  });

  it('sends the latest version without sources when the records of some are gone', async () => {
    const graph = fakeGraph();
    const feed = new GraphChangeFeed(graph.reader, 5, log);
    const events = await feed.subscribe();
    // Written and pruned between two polls.
    graph.write('x');
    graph.write('y');
    graph.prune(1);
    expect((await events.next()).value).toEqual({ version: 'v2', sources: [] });
    feed.stop();
  });
});
