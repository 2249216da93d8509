import type { PersistedQueryOptions } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { OperationManifest } from './operationManifest.ts';

type KeyValueCache = NonNullable<PersistedQueryOptions['cache']>;

/** How Apollo prefixes automatic persisted queries' keys in the cache it is given. */
const apqPrefix = 'apq:';

/**
 * Apollo's persisted-query cache with the manifest's operations always in it, so a dashboard
 * sends only their hashes (a GET that fits in a URL and an HTTP cache's key) and never has to
 * register them after a restart. Other operations registered by clients (`apq` mode) are kept in
 * a bounded LRU, as Apollo's own cache would; with `acceptRegistrations` off (`manifest-only`),
 * nothing but the manifest is ever known.
 */
export function manifestQueryCache(
  manifest: OperationManifest,
  { acceptRegistrations }: { acceptRegistrations: boolean },
): KeyValueCache {
  const bodies = new Map(
    manifest.operations.map((operation) => [`${apqPrefix}${operation.id}`, operation.body]),
  );
  // Queries are at most MAX_BODY_BYTES; 30 MB as Apollo's default cache.
  const registered = new LRUCache<string, string>({
    maxSize: 30 * 1024 * 1024,
    sizeCalculation: (value, key) => value.length + key.length,
  });
  return {
    get: (key) => Promise.resolve(bodies.get(key) ?? registered.get(key)),
    set: (key, value) => {
      if (acceptRegistrations && !bodies.has(key)) registered.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(registered.delete(key)),
  };
}
