import { relative } from 'node:path';
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../projectRoot.ts';
import { claimKindParts } from '../claimKinds/annotations.ts';
import { slug } from './annotationParts.ts';
import { defaultReadLimits, FileRefused, readBoundedFile } from './readLimits.ts';

/** A curated file that does not validate or does not resolve against its article. */
export class AnnotationError extends Error {
  constructor(file: string, line: number | null, message: string) {
    const shown = relative(projectRoot, file);
    super(`${shown.startsWith('..') ? file : shown}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'AnnotationError';
  }
}

const catalogueEntry = z
  .object({ slug, name: z.string().min(1), aliases: z.array(z.string().min(2)).default([]) })
  .strict();

export const annotationsSchema = z
  .object({
    source: z
      .object({
        title: z.string().min(1),
        column: z.string().min(1).optional(),
        publisher: z.string().min(1).optional(),
      })
      .strict(),
    /** Tiers, roles and dimensions this article introduces, in the catalogue's format. */
    entities: z
      .object({
        tiers: z.array(catalogueEntry).default([]),
        roles: z.array(catalogueEntry).default([]),
        dimensions: z.array(catalogueEntry).default([]),
      })
      .strict()
      .default({ tiers: [], roles: [], dimensions: [] }),
    ...claimKindParts,
  })
  .strict();
export type Annotations = z.infer<typeof annotationsSchema>;
export type { Quote } from './annotationParts.ts';

export const catalogueSchema = z
  .object({
    tiers: z.array(catalogueEntry),
    roles: z.array(catalogueEntry),
    dimensions: z.array(catalogueEntry),
    attributes: z.array(z.object({ kind: slug, value: slug, name: z.string().min(1) }).strict()),
    /** The reference ladder, top (rank 1) down. */
    levels: z
      .array(
        z
          .object({
            slug,
            name: z.string().min(1),
            rank: z.number().int().min(1),
            description: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    /** Groups of dimensions that name the same thing, each with the terms that find its members. */
    canonicalDimensions: z
      .array(z.object({ slug, name: z.string().min(1), terms: z.array(z.string().min(2)).min(1) }).strict())
      .default([]),
  })
  .strict();
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueLevel = Catalogue['levels'][number];
export type CanonicalDimensionEntry = Catalogue['canonicalDimensions'][number];
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

/** The catalogue with the entities an article's annotations introduce (an extracted article's new tiers, roles, dimensions). */
export function catalogueWith(
  catalogue: Catalogue,
  entities: Annotations['entities'] | undefined,
): Catalogue {
  if (!entities) return catalogue;
  const merge = (known: CatalogueEntry[], added: CatalogueEntry[]) => [
    ...known,
    ...added.filter((a) => !known.some((k) => k.slug === a.slug)),
  ];
  return {
    ...catalogue,
    tiers: merge(catalogue.tiers, entities.tiers),
    roles: merge(catalogue.roles, entities.roles),
    dimensions: merge(catalogue.dimensions, entities.dimensions),
  };
}

/** A parsed YAML file that can say on which line any value sits. */
export interface LocatedYaml<T> {
  file: string;
  data: T;
  lineOf: (path: readonly (string | number)[]) => number | null;
}

function locate(document: Document, lineCounter: LineCounter) {
  return (path: readonly (string | number)[]): number | null => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
}

/** A YAML file's text: a regular file of at most `maxBytes` (readLimits.ts). */
function yamlText(file: string, maxBytes: number): string {
  try {
    return readBoundedFile(file, maxBytes).toString('utf8');
  } catch (error) {
    if (error instanceof FileRefused) throw new AnnotationError(file, null, error.message);
    throw error;
  }
}

/** Aliases a file may expand, in all: past this the YAML library stops, as against an alias bomb. */
const maxAliasCount = 100;

/**
 * The document as plain values. Expanding aliases is where an alias bomb (aliases of aliases, each
 * doubling) would exhaust memory; the YAML library refuses it, and the refusal names this file and
 * the line of its first alias.
 */
function plainValue(file: string, document: Document, lineCounter: LineCounter): unknown {
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    let line: number | null = null;
    visit(document, {
      Alias(_key, node) {
        const offset = isAlias(node) ? node.range?.[0] : undefined;
        if (offset !== undefined) line = lineCounter.linePos(offset).line;
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AnnotationError(
      file,
      line,
      `cannot be expanded: ${reason} (aliases such as *name may be expanded at most ${maxAliasCount} times in all)`,
    );
  }
}

/** Reads and validates a YAML file; every schema problem is reported with its line. */
export function readYaml<T>(
  file: string,
  schema: z.ZodType<T>,
  maxBytes = defaultReadLimits.maxArticleBytes,
): LocatedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText(file, maxBytes), { lineCounter, prettyErrors: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    throw new AnnotationError(
      file,
      syntaxError.linePos?.[0].line ?? null,
      `invalid YAML: ${syntaxError.message.split('\n')[0] ?? ''}`,
    );
  }
  const lineOf = locate(document, lineCounter);
  const parsed = schema.safeParse(plainValue(file, document, lineCounter));
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      const line = lineOf(path);
      return `${line === null ? '' : `line ${line}: `}${path.join('.') || '(root)'} ${issue.message}`;
    });
    throw new AnnotationError(
      file,
      lineOf(parsed.error.issues[0]?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? []),
      messages.join('; '),
    );
  }
  return { file, data: parsed.data, lineOf };
}
