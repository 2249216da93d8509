import { responseData, send } from './graphqlResponse.ts';

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

/**
 * GETs a persisted operation by its hash alone, as a production dashboard does: the URL is the
 * cache key, so the browser's HTTP cache keeps the answer for its max-age and then revalidates it
 * with If-None-Match (a 304 costs the API one tiny read). `apollo-require-preflight` is the header
 * Apollo's CSRF prevention asks of GETs. As in graphqlRequest, `TData` is what codegen derived
 * from the same operation the hash names; `signal` cancels the request.
 */
export async function persistedGet<TData, TVariables extends Record<string, unknown>>(
  operation: PersistedOperation,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<PersistedAnswer<TData>> {
  const params = new URLSearchParams({
    operationName: operation.name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.id } }),
  });
  const response = await send(`/graphql?${params.toString()}`, {
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'apollo-require-preflight': 'true',
    },
    ...(signal ? { signal } : {}),
  });
  const data = await responseData<TData>(response);
  return { data, graphVersion: response.headers.get('x-graph-version') };
}
