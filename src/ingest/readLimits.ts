import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { Neo4jError } from 'neo4j-driver';

/**
 * What the loader agrees to read: regular files only (a link is followed and what it leads to
 * checked; a FIFO, a device, a directory or a socket is refused before it is read), and bounds on
 * an article's size, on a run's total and on an article's statements, so that no file can take
 * the loader's memory, its time or Neo4j's transaction memory.
 */
export interface ReadLimits {
  /** Largest article (or annotation) file, in bytes. */
  maxArticleBytes: number;
  /** Largest total of the article files of one run, in bytes. */
  maxRunBytes: number;
  /** Most statements (paragraphs, bullets, table rows) one article may have. */
  maxStatements: number;
}

const mb = 1024 * 1024;

/** The defaults (README, "Bounds"): about 60 times the largest real article, and 100 times its statements. */
export const defaultReadLimits: ReadLimits = {
  maxArticleBytes: 2 * mb,
  maxRunBytes: 512 * mb,
  maxStatements: 5_000,
};

/** A size as people write it: `2MB`, `512KB`, `1GB` or a number of bytes. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  if (!match) return null;
  const units: Record<string, number> = { b: 1, kb: 1024, mb, gb: 1024 * mb };
  const bytes = Math.floor(Number(match[1]) * (units[match[2]?.toLowerCase() ?? 'b'] ?? 1));
  return bytes >= 1 ? bytes : null;
}

/** `1.5 MB`, `300 KB`, `12 bytes`. */
export function shownSize(bytes: number): string {
  if (bytes >= mb) return `${(bytes / mb).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A file the loader will not read, and why. */
export class FileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const errorCode = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);

/** The file a path leads to once links are followed: refused when missing or looping. */
function resolvedPath(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new FileRefused('no such file (or a link to nothing)');
    if (code === 'ELOOP') throw new FileRefused('a link that leads back to itself');
    throw new FileRefused(`cannot be read (${code})`);
  }
}

function checkRegular(stats: Stats, path: string, resolved: string): void {
  if (stats.isFile()) return;
  const via = resolved === path ? '' : `a link to ${resolved}, `;
  throw new FileRefused(`${via}${kindOf(stats)}: only regular files are read`);
}

function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes)
    throw new FileRefused(
      `${shownSize(size)}, more than the ${shownSize(maxBytes)} an article file may have ` +
        '(--max-article-size): split it, or raise the limit',
    );
}

/**
 * The bytes of a regular file of at most `maxBytes`. Checked before it is opened (what a link
 * leads to included), and again on the file opened (it may have been swapped meanwhile), which is
 * opened without blocking (a FIFO would wait for a writer) and read no further than the limit.
 */
export function readBoundedFile(path: string, maxBytes: number): Buffer {
  const resolved = resolvedPath(path);
  const before = statSync(resolved);
  checkRegular(before, path, resolved);
  checkSize(before.size, maxBytes);
  let fd: number;
  try {
    fd = openSync(resolved, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileRefused(`cannot be read (${errorCode(error)})`);
  }
  try {
    const opened = fstatSync(fd);
    checkRegular(opened, path, resolved);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    checkSize(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The size of the file a path leads to, or 0 when it is not a regular file (its read says why). */
export function regularFileSize(path: string): number {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : 0;
  } catch {
    return 0;
  }
}

/** Whether a write failed for want of Neo4j's transaction memory (by its code, never its message). */
export function isOutOfTransactionMemory(error: unknown): boolean {
  return error instanceof Neo4jError && /OutOfMemoryError$|MemoryLimit/.test(error.code);
}

/** What to tell a person of a write that ran out of Neo4j's transaction memory. */
export const outOfTransactionMemory =
  "the write needs more of Neo4j's transaction memory than it may use (dbms.memory.transaction.total.max, " +
  'db.memory.transaction.max): load fewer articles at once (--batch-size), split a very large article, ' +
  'or give Neo4j more memory';
