import { responseData, send } from './graphqlResponse.ts';

export { GraphQLRequestError } from './graphqlResponse.ts';

/**
 * POSTs one named operation of `document` to the API this page came from; `signal` cancels it
 * (the promise then rejects with an AbortError, which callers drop).
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  document: string,
  operationName: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await send('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: document, operationName, variables }),
    ...(signal ? { signal } : {}),
  });
  return responseData<TData>(response);
}
