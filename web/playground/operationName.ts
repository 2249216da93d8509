import { getOperationAST, Kind, parse } from 'graphql';

/**
 * The operation name to send with `query`. GraphiQL reads it from the editor after a short delay,
 * so running an operation right after switching tabs would send the previous tab's name and be
 * refused ("Unknown operation named ..."). A name the document does not define is replaced by its
 * only operation's name; anything else (several operations, a document that does not parse) is
 * left for the server to judge.
 */
export function operationNameFor(
  query: string,
  operationName: string | null | undefined,
): string | null | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
  } catch {
    return operationName;
  }
  if (!operationName || names.includes(operationName) || names.length !== 1) return operationName;
  return names[0] ?? null;
}

/** Whether the operation run is a query, mutation or subscription; null when that cannot be told. */
export function operationKind(
  query: string,
  operationName: string | null | undefined,
): 'query' | 'mutation' | 'subscription' | null {
  try {
    return getOperationAST(parse(query), operationName)?.operation ?? null;
  } catch {
    return null;
  }
}
