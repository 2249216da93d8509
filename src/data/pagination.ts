import { InvalidArgument } from './errors.ts';

export const maxPageSize = 100;

export interface PageRequest {
  offset: number;
  first: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

// Cursors are positions in the list's stable default order, opaque to clients.
const encodeCursor = (position: number) => Buffer.from(`cursor:${position}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): number | null {
  const match = /^cursor:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Validates `first`/`after` of a connection field into an offset window. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
    throw new InvalidArgument(`first must be between 1 and ${maxPageSize}, got ${size}`, 'first');
  }
  if (after === null || after === undefined) return { offset: 0, first: size };
  const position = decodeCursor(after);
  if (position === null) {
    throw new InvalidArgument(
      'after is not a cursor from this list: pass an edge cursor or pageInfo.endCursor',
      'after',
    );
  }
  return { offset: position + 1, first: size };
}

export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
