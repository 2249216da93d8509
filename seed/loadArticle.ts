import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { projectRoot } from '../src/projectRoot.ts';
import { annotationsSchema, catalogueSchema, readYaml, type Catalogue } from './pipeline/annotations.ts';
import type { GraphPlan } from './pipeline/graphPlan.ts';
import { parseArticle, type ParsedArticle } from './pipeline/parseArticle.ts';
import { resolveArticle } from './pipeline/resolveArticle.ts';

export const seedDir = join(projectRoot, 'seed');
export const catalogueFile = join(seedDir, 'annotations', 'catalogue.yaml');

export interface ArticleFiles {
  article: string;
  annotations: string | null;
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
    throw new Error(`${file}: an article must be a .txt file with a kebab-case name, such as my-new-article.txt`);
  }
  return slug;
}

export interface LoadedArticle {
  parsed: ParsedArticle;
  plan: GraphPlan;
}

/** Reads, parses, cleans and resolves one article: everything short of writing it. */
export function loadArticle(files: ArticleFiles, catalogue: Catalogue): LoadedArticle {
  if (!existsSync(files.article)) throw new Error(`${files.article}: no such article file`);
  if (files.annotations && !existsSync(files.annotations)) throw new Error(`${files.annotations}: no such annotation file`);
  const slug = articleSlug(files.article);
  const raw = readFileSync(files.article, 'utf8');
  const annotations = files.annotations ? readYaml(files.annotations, annotationsSchema) : null;
  const hints = annotations?.data.source;
  const parsed = parseArticle(slug, raw, hints ? { title: hints.title, ...(hints.column ? { column: hints.column } : {}) } : {});
  const plan = resolveArticle({
    article: parsed,
    file: relative(projectRoot, files.article).startsWith('..') ? basename(files.article) : relative(projectRoot, files.article),
    sha256: createHash('sha256').update(raw).digest('hex'),
    annotations,
    catalogue,
  });
  return { parsed, plan };
}
