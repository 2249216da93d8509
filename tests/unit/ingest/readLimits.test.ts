import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isOutOfTransactionMemory,
  parseSize,
  readBoundedFile,
  regularFileSize,
} from '../../../src/ingest/readLimits.ts';

describe('what the loader agrees to read', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-limits-'));
    writeFileSync(join(dir, 'article.txt'), 'A title\n\nSome text of the article.\n');
    symlinkSync(join(dir, 'article.txt'), join(dir, 'link.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'large.txt'), 'x'.repeat(10_000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file, directly or through a link', () => {
    expect(readBoundedFile(join(dir, 'article.txt'), 1_000).toString()).toContain('Some text');
    expect(readBoundedFile(join(dir, 'link.txt'), 1_000).toString()).toContain('Some text');
  });

  it('refuses a device, a FIFO and a directory at once, saying what it is and where a link leads', () => {
    expect(() => readBoundedFile(join(dir, 'zero.txt'), 1_000)).toThrow(
      'a link to /dev/zero, a character device: only regular files are read',
    );
    // A FIFO with no writer would block an ordinary open for ever.
    expect(() => readBoundedFile(join(dir, 'pipe.txt'), 1_000)).toThrow(
      'a FIFO (named pipe): only regular files are read',
    );
    expect(() => readBoundedFile(join(dir, 'folder.txt'), 1_000)).toThrow(
      'a directory: only regular files are read',
    );
  });

  it('refuses a link to nothing and a loop of links', () => {
    expect(() => readBoundedFile(join(dir, 'dangling.txt'), 1_000)).toThrow(
      'no such file (or a link to nothing)',
    );
    expect(() => readBoundedFile(join(dir, 'loop-a.txt'), 1_000)).toThrow('a link that leads back to itself');
  });

  it('refuses a file over the size limit, with its size and the limit', () => {
    expect(() => readBoundedFile(join(dir, 'large.txt'), 4_096)).toThrow(
      '10 KB, more than the 4 KB an article file may have (--max-article-size)',
    );
    expect(readBoundedFile(join(dir, 'large.txt'), 10_000)).toHaveLength(10_000);
  });

  it('counts only regular files towards a run, and reads sizes as people write them', () => {
    expect(regularFileSize(join(dir, 'large.txt'))).toBe(10_000);
    expect(regularFileSize(join(dir, 'zero.txt'))).toBe(0);
    expect(parseSize('2MB')).toBe(2 * 1024 * 1024);
    expect(parseSize('512 kb')).toBe(512 * 1024);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('lots')).toBeNull();
    expect(parseSize('0')).toBeNull();
  });

  it("tells Neo4j's transaction memory running out by its code", () => {
    const pool = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '51N72',
      'memory pool out of memory',
    );
    const deadlock = new Neo4jError(
      'deadlock',
      'Neo.TransientError.Transaction.DeadlockDetected',
      '50N05',
      '',
    );
    expect(isOutOfTransactionMemory(pool)).toBe(true);
    expect(isOutOfTransactionMemory(deadlock)).toBe(false);
  });
});
