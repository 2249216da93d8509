import { h } from './dom.ts';
import { GraphQLRequestError } from './graphqlResponse.ts';

/** A request that failed, said so a reader can act on it, with what the API said for the curious. */
export interface Failure {
  /** What happened, in plain words. */
  words: string;
  /** The API's own message, shown only on asking. */
  detail: string;
}

const wordsByCode: Record<string, string> = {
  QUERY_TOO_COMPLEX:
    'This asks the server for more than it answers at once. Choose one article, or fewer items, and try again.',
  QUERY_TIMEOUT: 'The server took too long to answer. Try again in a moment.',
  REQUEST_TIMEOUT: 'The server took too long to answer. Try again in a moment.',
  SERVICE_UNAVAILABLE: 'The database is not answering just now. Try again in a moment.',
  UNREACHABLE: 'The server could not be reached. Check the connection and try again.',
  NOT_FOUND: 'This is no longer in the graph.',
  BAD_USER_INPUT: 'The server could not use this request.',
};

/** The failure of a request in plain words, by the API's error code rather than its message. */
export function failureOf(error: unknown): Failure {
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof GraphQLRequestError ? error.code : null;
  const words = (code === null ? undefined : wordsByCode[code]) ?? 'Something went wrong on the server.';
  // A bad input's message says what is wrong and what is allowed: it is meant for the reader.
  return { words: code === 'BAD_USER_INPUT' ? `${words} ${detail}` : words, detail };
}

/**
 * A failure shown where it belongs: "what" failed, why in plain words, a Retry button, and the
 * API's message folded away.
 */
export function failureNotice(what: string, failure: Failure, retry: () => void): HTMLElement {
  const button = h('button', { type: 'button', 'data-action': 'retry' }, 'Retry');
  button.addEventListener('click', retry);
  return h(
    'div',
    { class: 'failure', role: 'alert' },
    h('p', {}, h('strong', {}, `${what} did not work. `), failure.words),
    button,
    h('details', {}, h('summary', {}, 'What the server said'), h('p', { class: 'detail' }, failure.detail)),
  );
}
