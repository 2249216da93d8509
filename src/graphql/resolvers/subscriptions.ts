import type { GraphChangedEvent } from '../../data/graphChanges.ts';
import type { SubscriptionResolvers } from '../__generated__/resolvers.ts';
import { GraphQLError } from 'graphql';
import { errorCodes } from '../errors.ts';

/** Each change of the graph, as the server's feed reads it from the graph's version in Neo4j. */
async function* graphChanges(events: AsyncGenerator<GraphChangedEvent>) {
  for await (const event of events) yield { graphChanged: event };
}

export const Subscription: SubscriptionResolvers = {
  graphChanged: {
    // Resolves once the feed has read the version changes are counted from: a client whose
    // stream has opened is told of every change committed after.
    subscribe: async (_parent, _args, { graphChanges: feed }) => {
      if (!feed)
        throw new GraphQLError('Subscriptions are served at /graphql/stream.', {
          extensions: { code: errorCodes.operationNotSupported },
        });
      return graphChanges(await feed.subscribe());
    },
  },
};
