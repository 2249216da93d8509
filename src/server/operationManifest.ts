import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { errorCodes } from '../graphql/errors.ts';

/** Apollo's persisted query manifest format, as dashboards' build tools produce it. */
const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string(),
    }),
  ),
});
export type OperationManifest = z.infer<typeof manifestSchema>;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function readManifest(path: string): OperationManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `OPERATIONS_MANIFEST ${path} cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `OPERATIONS_MANIFEST ${path} is not an Apollo persisted query manifest: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  for (const operation of parsed.data.operations) {
    if (sha256(operation.body) !== operation.id)
      throw new Error(
        `OPERATIONS_MANIFEST ${path}: operation ${operation.name} has an id that is not the SHA-256 of its body`,
      );
  }
  return parsed.data;
}

const rejection = {
  errors: [
    {
      message:
        'Only the operations of the manifest run here (PERSISTED_QUERIES=manifest-only): send extensions.persistedQuery.sha256Hash of a listed operation.',
      extensions: { code: errorCodes.persistedQueryNotInManifest },
    },
  ],
};

const requestSchema = z.object({
  query: z.string().optional(),
  operationName: z.string().nullable().optional(),
  variables: z.record(z.string(), z.unknown()).nullable().optional(),
  extensions: z.looseObject({ persistedQuery: z.object({ sha256Hash: z.string() }).optional() }).optional(),
});

/**
 * Manifest-only mode for production dashboards: a POST must name a manifest operation by its
 * hash (its text is filled in here) or carry exactly a manifest operation's text; anything else
 * is refused before it reaches GraphQL.
 */
export function manifestOnly(manifest: OperationManifest): RequestHandler {
  const bodies = new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
  return (request, response, next) => {
    if (request.method !== 'POST') {
      // A GET may open the playground, or run a manifest operation named by its hash (with its
      // text or without: Apollo finds it in manifestQueryCache), but nothing else.
      const { query, extensions } = request.query;
      if ((query === undefined && extensions === undefined) || isManifestGet(bodies, query, extensions))
        next();
      else response.status(400).json(rejection);
      return;
    }
    const parsed = requestSchema.safeParse(request.body);
    const hash = parsed.success
      ? (parsed.data.extensions?.persistedQuery?.sha256Hash ??
        (parsed.data.query ? sha256(parsed.data.query) : undefined))
      : undefined;
    const text = hash === undefined ? undefined : bodies.get(hash);
    if (text === undefined || !parsed.success) {
      response.status(400).json(rejection);
      return;
    }
    // Hand GraphQL the manifest's text as a plain query: the hash has done its job here.
    const { persistedQuery: _persistedQuery, ...extensions } = parsed.data.extensions ?? {};
    request.body = { ...parsed.data, query: text, extensions };
    next();
  };
}

/** A GET's `extensions` names a manifest operation by hash, and its `query` is absent or that text. */
function isManifestGet(bodies: ReadonlyMap<string, string>, query: unknown, extensions: unknown): boolean {
  if (typeof extensions !== 'string') return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(extensions);
  } catch {
    return false;
  }
  const extension = requestSchema.shape.extensions.safeParse(parsed);
  const hash = extension.success ? extension.data?.persistedQuery?.sha256Hash : undefined;
  const text = hash === undefined ? undefined : bodies.get(hash);
  return text !== undefined && (query === undefined || query === text);
}

/** The manifest of every operation in the `.graphql` files of `dir` (the dashboard examples). */
export function manifestFromDirectory(dir: string): OperationManifest {
  const operations = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    // In the files' numbered order (2 before 10), which is the order the playground shows them in.
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((file) =>
      parse(readFileSync(join(dir, file), 'utf8')).definitions.flatMap((definition) => {
        if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
        const body = print(definition);
        return [{ id: sha256(body), name: definition.name?.value ?? file, type: definition.operation, body }];
      }),
    );
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
