import { createClient } from 'graphql-sse';

const subscription = 'subscription DashboardGraphChanged { graphChanged { version } }';

/**
 * Calls `changed` each time the graph gets a new version, told by the `graphChanged`
 * subscription (GraphQL over SSE at /graphql/stream); where the stream cannot be opened or breaks
 * off, `changed` is called every `pollMs` instead (the browser revalidates with If-None-Match, so
 * an unchanged graph costs a 304). The page's `data-live` says which: `subscribed` or `polling`.
 */
export function followGraphChanges(graphqlUrl: string, changed: () => void, pollMs: number): void {
  const root = document.documentElement;
  let polling: number | undefined;
  const poll = () => {
    root.dataset['live'] = 'polling';
    polling ??= window.setInterval(changed, pollMs);
  };
  const client = createClient({
    url: `${graphqlUrl}/stream`,
    retryAttempts: 0,
    on: { connected: () => (root.dataset['live'] = 'subscribed') },
  });
  client.subscribe(
    { query: subscription },
    {
      next: () => changed(),
      error: () => poll(),
      complete: () => poll(),
    },
  );
}
