import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { projectRoot } from '../projectRoot.ts';
import {
  annotationsSchema,
  catalogueSchema,
  readYaml,
  type Annotations,
  type Catalogue,
  type LocatedYaml,
} from './annotations.ts';
import { ArticleTextError, decodeArticle, type ArticleEncoding } from './clean/articleText.ts';
import { extractArticle, type Extraction } from './extract/extractArticle.ts';
import type { GraphPlan } from './plan/graphPlan.ts';
import { parseArticle, type ParsedArticle } from './parse/parseArticle.ts';
import { resolveArticle, type ArticleClaims } from './resolve/resolveArticle.ts';
import { planNameWarnings } from './nameScripts.ts';
import { defaultReadLimits, FileRefused, readBoundedFile, type ReadLimits } from './readLimits.ts';

export const seedDir = join(projectRoot, 'seed');
export const catalogueFile = join(seedDir, 'annotations', 'catalogue.yaml');

export interface ArticleFiles {
  article: string;
  annotations: string | null;
  /** The article file's text encoding; UTF-8 when not given. */
  encoding?: ArticleEncoding;
}

/**
 * An article file's text, refused with the file and the reason when it is not a regular file
 * within the size limit (readLimits.ts) or not plain text.
 */
export function readArticleText(files: ArticleFiles, limits: ReadLimits = defaultReadLimits): string {
  try {
    return decodeArticle(readBoundedFile(files.article, limits.maxArticleBytes), files.encoding);
  } catch (error) {
    if (error instanceof ArticleTextError || error instanceof FileRefused)
      throw new ArticleTextError(`${files.article}: ${error.message}`);
    throw error;
  }
}

/** The bundled articles, each with its annotation file of the same name. */
export function bundledArticles(): ArticleFiles[] {
  const articles = join(seedDir, 'articles');
  return readdirSync(articles)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const annotations = join(seedDir, 'annotations', name.replace(/\.txt$/, '.yaml'));
      return { article: join(articles, name), annotations: existsSync(annotations) ? annotations : null };
    });
}

export function loadCatalogue(): Catalogue {
  return readYaml(catalogueFile, catalogueSchema).data;
}

/** A source's slug is its file name without `.txt`, and must already be kebab-case. */
export function articleSlug(file: string): string {
  const slug = basename(file).replace(/\.txt$/, '');
  if (!file.endsWith('.txt') || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `${file}: an article must be a .txt file with a kebab-case name, such as my-new-article.txt`,
    );
  }
  return slug;
}

export interface LoadedArticle {
  parsed: ParsedArticle;
  plan: GraphPlan;
  /** What extraction found, when the article was loaded without annotations. */
  extraction: Extraction | null;
  /** Names to check (nameScripts.ts): loaded as they are, but most likely look-alikes. */
  warnings: string[];
}

/**
 * Reads, parses, cleans and resolves one article: everything short of writing it. With
 * annotations, their curated claims are loaded; without, extraction reads the claims from the text.
 */
export function loadArticle(
  files: ArticleFiles,
  catalogue: Catalogue,
  limits: ReadLimits = defaultReadLimits,
): LoadedArticle {
  if (!existsSync(files.article)) throw new Error(`${files.article}: no such article file`);
  if (files.annotations && !existsSync(files.annotations))
    throw new Error(`${files.annotations}: no such annotation file`);
  const slug = articleSlug(files.article);
  const raw = readArticleText(files, limits);
  const annotations = files.annotations
    ? readYaml(files.annotations, annotationsSchema, limits.maxArticleBytes)
    : null;
  const hints = annotations?.data.source;
  const parsed = parseArticle(
    slug,
    raw,
    hints ? { title: hints.title, ...(hints.column ? { column: hints.column } : {}) } : {},
  );
  if (parsed.statements.length > limits.maxStatements) {
    throw new ArticleTextError(
      `${files.article}: the article has ${parsed.statements.length} statements (paragraphs, bullets, table rows), ` +
        `more than the ${limits.maxStatements} one article may have (--max-statements): split it, or raise the limit`,
    );
  }
  if (!parsed.statements.some((s) => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(s.normalized))) {
    throw new ArticleTextError(
      `${files.article}: the file has no sentences: an article is a title line, then paragraphs or bullets of prose`,
    );
  }
  const extraction = annotations ? null : extractArticle(parsed, catalogue);
  const claims: ArticleClaims | null = annotations
    ? { annotations, method: 'CURATED', confidenceAt: () => 1 }
    : extraction && {
        annotations: extractedYaml(files.article, extraction),
        method: 'EXTRACTED',
        confidenceAt: confidenceLookup(extraction),
      };
  const plan = resolveArticle({
    article: parsed,
    file: relative(projectRoot, files.article).startsWith('..')
      ? basename(files.article)
      : relative(projectRoot, files.article),
    sha256: createHash('sha256').update(raw).digest('hex'),
    claims,
    catalogue,
  });
  return { parsed, plan, extraction, warnings: planNameWarnings(plan, parsed) };
}

// Extracted annotations have no file of their own: an error in them names the article.
function extractedYaml(article: string, extraction: Extraction): LocatedYaml<Annotations> {
  return { file: `${article} (extracted)`, data: extraction.annotations, lineOf: () => null };
}

/** A claim's confidence: the one recorded at its path, or at the nearest enclosing path. */
export function confidenceLookup(extraction: Extraction): (path: readonly (string | number)[]) => number {
  return (path) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const found = extraction.confidence.get(path.slice(0, depth).join('.'));
      if (found !== undefined) return found;
    }
    return 0.5;
  };
}
