/** The API answered with errors, or not with GraphQL at all. */
export class GraphQLRequestError extends Error {
  /** The first error's `extensions.code` (QUERY_TOO_COMPLEX, BAD_USER_INPUT, ...), when it has one. */
  readonly code: string | null;
  /** The HTTP status, when there was an answer. */
  readonly status: number | null;

  constructor(message: string, code: string | null = null, status: number | null = null) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.status = status;
  }
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

function isResponseBody(value: unknown): value is GraphQLResponseBody {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

/** Whether a request failed because its caller aborted it (a newer request took its slot). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Sends a request; an abort stays an abort, any other failure to connect becomes one error. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new GraphQLRequestError('The API could not be reached.', 'UNREACHABLE');
  }
}

/**
 * The data of a GraphQL response. The server validates every response against the schema, and
 * `TData` is what codegen derived from the same schema and operation, so the data is taken as
 * `TData` at this one boundary.
 */
export async function responseData<TData>(response: Response): Promise<TData> {
  const body: unknown = await response.json().catch(() => null);
  if (!isResponseBody(body))
    throw new GraphQLRequestError(
      `The API answered ${response.status} without a GraphQL response.`,
      null,
      response.status,
    );
  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    const message = (body.errors ?? []).map((error) => error.message).join('; ');
    throw new GraphQLRequestError(message, code, response.status);
  }
  if (body.data === undefined || body.data === null)
    throw new GraphQLRequestError('The API returned no data.', null, response.status);
  return body.data as TData;
}
