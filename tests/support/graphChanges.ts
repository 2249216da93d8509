import { createClient } from 'graphql-sse';
import type { GraphChangedEvent } from '../../src/data/graphChanges.ts';

export const graphChangedSubscription =
  'subscription Changes { graphChanged { version sources { slug change } } }';

/** A `graphChanged` subscription over GraphQL over SSE, its events kept in order. */
export interface ChangeListener {
  /** Settles once the server has opened the stream (and read the version changes count from). */
  connected: Promise<void>;
  /** The next event not taken yet, waiting for it if need be. */
  next(): Promise<GraphChangedEvent>;
  dispose(): void;
}

export function listenForChanges(graphqlUrl: string): ChangeListener {
  const received: GraphChangedEvent[] = [];
  const waiting: ((event: GraphChangedEvent) => void)[] = [];
  let connect: () => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const connected = new Promise<void>((resolvePromise, reject) => {
    connect = resolvePromise;
    fail = reject;
  });
  const client = createClient({
    url: `${graphqlUrl}/stream`,
    retryAttempts: 0,
    on: { connected: () => connect() },
  });
  const dispose = client.subscribe<{ graphChanged: GraphChangedEvent }>(
    { query: graphChangedSubscription },
    {
      next: (result) => {
        const event = result.data?.graphChanged;
        if (!event) return fail(new Error(`an event without data: ${JSON.stringify(result)}`));
        const taker = waiting.shift();
        if (taker) taker(event);
        else received.push(event);
      },
      error: (error) => fail(error),
      complete: () => undefined,
    },
  );
  return {
    connected,
    next: () => {
      const event = received.shift();
      if (event) return Promise.resolve(event);
      return new Promise((resolvePromise) => waiting.push(resolvePromise));
    },
    dispose: () => {
      dispose();
      client.dispose();
    },
  };
}
