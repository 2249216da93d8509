import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { decodeArticle } from './clean/articleText.ts';
import type { ArticleFiles } from './loadArticle.ts';
import { defaultReadLimits, readBoundedFile, type ReadLimits } from './readLimits.ts';

/** The files of an article folder: its articles with their annotations, and what is not read. */
export interface ArticleFolder {
  articles: ArticleFiles[];
  /** Files that are neither a `.txt` article nor the `.yaml` annotations beside one. */
  ignored: string[];
}

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : String(error);
}

/**
 * Lists a folder (not its subfolders): every `*.txt` is an article (a badly named one is reported
 * when it is read), `NAME.yaml` beside `NAME.txt` holds its annotations, hidden files are skipped
 * and anything else (a README, gold files) is returned as ignored.
 */
export function articleFolder(dir: string): ArticleFolder {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`${dir}: cannot list the article folder (${errorCode(error)})`, { cause: error });
  }
  const articleNames = new Set(names.filter((name) => /\.txt$/i.test(name)));
  const articles: ArticleFiles[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    if (articleNames.has(name)) {
      const yaml = name.replace(/\.txt$/i, '.yaml');
      articles.push({ article: join(dir, name), annotations: names.includes(yaml) ? join(dir, yaml) : null });
    } else if (!(name.endsWith('.yaml') && articleNames.has(name.replace(/\.yaml$/, '.txt')))) {
      ignored.push(name);
    }
  }
  return { articles, ignored };
}

const articleFileName = /^[a-z0-9]+(-[a-z0-9]+)*\.txt$/;
export const allowedArticleFiles =
  'an article is a UTF-8 text file named in kebab-case with the .txt extension, such as my-new-article.txt ' +
  '(lowercase letters, digits, single hyphens), with its annotations, if any, in my-new-article.yaml beside it';

/** An article file as found on disk: its slug and the hash its Source node stores. */
export interface ArticleOnDisk {
  files: ArticleFiles;
  slug: string;
  sha256: string;
}

/**
 * Checks an article file's name and reads it for its hash (a regular file within the size limit:
 * readLimits.ts); the message says what is wrong.
 */
export function readArticleFile(files: ArticleFiles, limits: ReadLimits = defaultReadLimits): ArticleOnDisk {
  const name = basename(files.article);
  if (!articleFileName.test(name)) throw new Error(`not an article file name: ${allowedArticleFiles}`);
  const bytes = readBoundedFile(files.article, limits.maxArticleBytes);
  const raw = decodeArticle(bytes, files.encoding);
  // Hashed as loadArticle hashes it for the Source node, so the two compare equal.
  return { files, slug: name.replace(/\.txt$/, ''), sha256: createHash('sha256').update(raw).digest('hex') };
}

/** A file's path as a user reads it: relative to where they are, unless it lies elsewhere. */
export function shownPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}
