import { ApolloServer, HeaderMap, type ContextThunk } from '@apollo/server';
import type { ApolloServerOptions, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.ts';
import { errorCodes, holdingErrorReports } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';

/** Tries at making an answer from one version of the graph before answering 503. */
export const oneVersionAttempts = 5;

/** Pause before trying again while a change is committing: doubles from this, up to 200 ms. */
const firstPauseMs = 10;

const pause = (ms: number) => new Promise<void>((resolvePromise) => setTimeout(resolvePromise, ms));

function retryLater(): HTTPGraphQLResponse {
  const headers = new HeaderMap([
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', 'no-store'],
    ['retry-after', '1'],
  ]);
  const message =
    'The graph was being reloaded while this request read it, each time it was tried: retry shortly.';
  return {
    status: 503,
    headers,
    body: {
      kind: 'complete',
      string: `${JSON.stringify({ errors: [{ message, extensions: { code: errorCodes.unavailable } }] })}\n`,
    },
  };
}

/**
 * Apollo, with every answer over HTTP read from one version of the graph. Neo4j reads at
 * read-committed: a request's several statements can straddle a load's commit, and one statement
 * can even see part of a commit as it is applied (a source's statements and none of its claims, a
 * node without its properties). So each request's reads are checked (`OneVersion`, in the
 * context): when a load committed during them, or was committing, the answer is discarded and
 * the request made again with a new context, after the commit; its error reports are logged only
 * for the answer kept. A request that keeps meeting commits is answered 503 with `Retry-After`.
 */
export class OneVersionApolloServer extends ApolloServer<GraphQLContext> {
  constructor(
    options: ApolloServerOptions<GraphQLContext>,
    private readonly log: Logger,
  ) {
    super(options);
  }

  override async executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context,
  }: {
    httpGraphQLRequest: HTTPGraphQLRequest;
    context: ContextThunk<GraphQLContext>;
  }): Promise<HTTPGraphQLResponse> {
    for (let attempt = 1, waitMs = firstPauseMs; ; attempt += 1) {
      let made: GraphQLContext | undefined;
      const freshContext = () =>
        context().then((value) => {
          made = value;
          return value;
        });
      const { result, held, release } = await holdingErrorReports(() =>
        super.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: freshContext }),
      );
      const outcome = await this.outcome(made);
      if (outcome === 'one-version') {
        release();
        return result;
      }
      this.log.debug({ attempt, outcome, errors: held }, 'answer read while the graph changed: made again');
      if (attempt === oneVersionAttempts) return retryLater();
      if (outcome === 'committing') {
        await pause(waitMs);
        waitMs = Math.min(200, waitMs * 2);
      }
    }
  }

  /** How the attempt's reads stood to the graph's changes; a state that cannot be read counts as one version. */
  private async outcome(context: GraphQLContext | undefined) {
    if (!context?.oneVersion || context.cypher.cancelled) return 'one-version';
    try {
      return await context.oneVersion.outcome();
    } catch {
      // The database went away: the answer says so already, or was read before it did.
      return 'one-version';
    }
  }
}
