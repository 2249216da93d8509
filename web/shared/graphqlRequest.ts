/** The API answered with errors, or not with GraphQL at all; the message is fit to show. */
export class GraphQLRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: { message: string }[];
}

function isResponseBody(value: unknown): value is GraphQLResponseBody {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

/**
 * POSTs one named operation of `document` to the API this page came from. The server validates
 * every response against the schema, and `TData` is what codegen derived from the same schema and
 * operation, so the data is taken as `TData` at this one boundary.
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  document: string,
  operationName: string,
  variables: TVariables,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document, operationName, variables }),
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
  return body.data as TData;
}
