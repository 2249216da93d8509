import { describe, expect, it } from 'vitest';
import { matchesTag, operationKey, responseTag } from '../../src/server/conditionalGet.ts';
import { GraphVersionSource } from '../../src/server/graphVersionSource.ts';
import { OneVersion, type GraphState } from '../../src/data/graphVersion.ts';

/** The key of a GET whose query string holds these parameters, in this order. */
const keyOf = (params: Record<string, string> | [string, string][]) =>
  operationKey(`?${new URLSearchParams(params).toString()}`);

describe('conditional GETs', () => {
  const hash = 'a'.repeat(64);
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('keys an operation by hash, name and variables, whatever the order of their keys', () => {
    const a = keyOf({ extensions, operationName: 'X', variables: '{"a":1,"b":[2,{"c":3,"d":4}]}' });
    const b = keyOf({ extensions, operationName: 'X', variables: '{"b":[2,{"d":4,"c":3}],"a":1}' });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(keyOf({ extensions, operationName: 'X', variables: '{"a":2}' })).not.toBe(a);
    expect(keyOf({ extensions, operationName: 'Y', variables: '{"a":1,"b":[2,{"c":3,"d":4}]}' })).not.toBe(a);
  });

  it('has no key for a GET without an operation or with variables that are not JSON', () => {
    expect(keyOf({})).toBeNull();
    expect(keyOf({ extensions, variables: '{not json' })).toBeNull();
  });

  it('keys what Apollo executes: every parameter of the URL, each of its own at most once', () => {
    const junk = Array.from({ length: 1_000 }, (_, i): [string, string] => [`p${i}`, 'x']);
    const ceo = keyOf([...junk, ['extensions', extensions], ['variables', '{"slug":"ceo"}']]);
    const cfo = keyOf([...junk, ['extensions', extensions], ['variables', '{"slug":"cfo"}']]);
    expect(ceo).not.toBeNull();
    expect(ceo).not.toBe(cfo);
    expect(ceo).toBe(keyOf({ extensions, variables: '{"slug":"ceo"}' }));
    // Apollo refuses a parameter given twice: no key (and so no tag) for it.
    expect(
      keyOf([
        ['extensions', extensions],
        ['variables', '{"a":1}'],
        ['variables', '{"a":2}'],
      ]),
    ).toBeNull();
  });

  it('derives the tag from the graph version', () => {
    const key = keyOf({ extensions }) ?? '';
    expect(responseTag('v1', key)).toMatch(/^"[0-9a-f]{32}"$/);
    expect(responseTag('v1', key)).not.toBe(responseTag('v2', key));
    expect(responseTag(null, key)).not.toBe(responseTag('v1', key));
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesTag('"x", W/"y"', '"y"')).toBe(true);
    expect(matchesTag('*', '"y"')).toBe(true);
    expect(matchesTag('"x"', '"y"')).toBe(false);
    expect(matchesTag(undefined, '"y"')).toBe(false);
  });
});

describe('the graph version source', () => {
  it('gives every caller a read started after it asked, shared by callers that ask meanwhile', async () => {
    let version = 1;
    const pending: (() => void)[] = [];
    const source = new GraphVersionSource(() => {
      const read = version;
      return new Promise((resolve) => pending.push(() => resolve(`v${read}`)));
    });
    const first = source.current();
    // A load commits while the first read is in flight: later callers must not get its answer.
    version = 2;
    const second = source.current();
    const third = source.current();
    expect(source.reads).toBe(1);
    pending.shift()?.();
    expect(await first).toBe('v1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.reads).toBe(2);
    pending.shift()?.();
    expect(await second).toBe('v2');
    expect(await third).toBe('v2');
  });

  it('reports a failed read to its callers and reads again for the next', async () => {
    let fail = true;
    const source = new GraphVersionSource(() =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve('v'),
    );
    await expect(source.current()).rejects.toThrow('down');
    fail = false;
    await expect(source.current()).resolves.toBe('v');
  });
});

describe("a request's reads checked against the graph's state", () => {
  const quiet = (version: string): GraphState => ({ version, committing: false });

  it('takes the state last observed, when no change was committing then, as the state before its reads', async () => {
    const source = new GraphVersionSource<GraphState>(() => Promise.resolve(quiet('v1')));
    expect(source.settled()).toBeUndefined();
    await source.current();
    expect(source.settled()).toEqual(quiet('v1'));
    const check = new OneVersion(
      () => source.current(),
      undefined,
      () => source.settled(),
    );
    await check.beforeRead();
    // No read before: the one after the request's reads is its only one.
    expect(source.reads).toBe(1);
    expect(await check.outcome()).toBe('one-version');
    expect(source.reads).toBe(2);
  });

  it('reads the state again when the last one observed had a change committing, and tells a change after it', async () => {
    const states = [{ version: 'v1', committing: true }, quiet('v1'), quiet('v2')];
    const source = new GraphVersionSource<GraphState>(() => Promise.resolve(states.shift() ?? quiet('v2')));
    await source.current();
    const check = new OneVersion(
      () => source.current(),
      undefined,
      () => source.settled(),
    );
    await check.beforeRead();
    expect(source.reads).toBe(2);
    // A load committed between the state before and the check after: the answer is made again.
    expect(await check.outcome()).toBe('changed');
  });
});
