import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/typeDefs.ts';
import { createLogger } from '../../src/logger.ts';
import { GraphSize } from '../../src/server/graphSize.ts';
import { costCacheMaxBytes, costLimitPlugin } from '../../src/server/queryLimits.ts';

describe('the cost cache', () => {
  it('holds a bounded number of bytes however large the variables requests carry', async () => {
    // 4,000 requests each with a distinct 100 KB variable the operation does not use once took
    // the API from 122 to about 600 MB: the cache kept each request's variables in its key.
    const plugin = costLimitPlugin({
      maxCost: 50_000,
      graphSize: new GraphSize(() => Promise.reject(new Error('this operation reads no whole-graph field'))),
      log: createLogger({ logLevel: 'silent', env: 'test' }),
    });
    const apollo = new ApolloServer({ typeDefs: loadTypeDefs(), plugins: [plugin] });
    await apollo.start();
    try {
      const padding = 'x'.repeat(100_000);
      for (let i = 0; i < 1_000; i += 1) {
        const response = await apollo.executeOperation({
          query: '{ __typename }',
          variables: { unused: `${i}:${padding}` },
        });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        expect(response.body.singleResult.data).toEqual({ __typename: 'Query' });
      }
      // A thousand entries, each a hash and a number: about 72 KB where the keys once held 100 MB.
      expect(plugin.cachedBytes()).toBeGreaterThan(0);
      expect(plugin.cachedBytes()).toBeLessThanOrEqual(costCacheMaxBytes);
      expect(plugin.cachedBytes()).toBeLessThan(1_000 * 100);
    } finally {
      await apollo.stop();
    }
  }, 120_000);
});
