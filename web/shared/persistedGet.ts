import { GraphQLRequestError } from './graphqlRequest.ts';

/** One operation of the persisted-operations manifest, as the page knows it: name and hash. */
export interface PersistedOperation {
  name: string;
  id: string;
}

export interface PersistedAnswer<TData> {
  data: TData;
  /** The graph version the answer was computed on (X-Graph-Version), when the API says it. */
  graphVersion: string | null;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: { message: string }[];
}

function isResponseBody(value: unknown): value is GraphQLResponseBody {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

/**
 * GETs a persisted operation by its hash alone, as a production dashboard does: the URL is the
 * cache key, so the browser's HTTP cache keeps the answer for its max-age and then revalidates it
 * with If-None-Match (a 304 costs the API one tiny read). `apollo-require-preflight` is the header
 * Apollo's CSRF prevention asks of GETs. As in graphqlRequest, `TData` is what codegen derived
 * from the same operation the hash names.
 */
export async function persistedGet<TData, TVariables extends Record<string, unknown>>(
  operation: PersistedOperation,
  variables: TVariables,
): Promise<PersistedAnswer<TData>> {
  const params = new URLSearchParams({
    operationName: operation.name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.id } }),
  });
  let response: Response;
  try {
    response = await fetch(`/graphql?${params.toString()}`, {
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'apollo-require-preflight': 'true',
      },
    });
  } catch {
    throw new GraphQLRequestError('The API could not be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!isResponseBody(body))
    throw new GraphQLRequestError(`The API answered ${response.status} without a GraphQL response.`);
  if (body.errors && body.errors.length > 0)
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  if (body.data === undefined || body.data === null)
    throw new GraphQLRequestError('The API returned no data.');
  return { data: body.data as TData, graphVersion: response.headers.get('x-graph-version') };
}
