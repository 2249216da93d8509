import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText } from '../../../bench/articles/generate.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { countsOf, resetAndSeed } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

/** An article of `bullets` bullets, about 50 bytes each. */
const bulleted = (bullets: number) =>
  `A list of many duties\n\n${Array.from({ length: bullets }, (_, i) => `- Duty number ${i + 1} of the managers in the list`).join('\n')}\n`;

describe('the bounds of what the loader reads', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    dir = mkdtempSync(join(tmpdir(), 'loader-bounds-'));
    writeFileSync(join(dir, 'good-article.txt'), articleText(0));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it('refuses links to devices, FIFOs, files too large and articles of too many statements, each named, and writes nothing', async () => {
    const before = await countsOf(driver);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(
      join(dir, 'huge-article.txt'),
      `A huge article\n\n${'Words of a paragraph. '.repeat(5_000)}\n`,
    );
    writeFileSync(join(dir, 'many-bullets.txt'), bulleted(300));
    try {
      const cli = runSeedCli(['--articles', dir, '--max-article-size', '64KB', '--max-statements', '200']);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain('Seed failed, nothing was written: 4 article files cannot be loaded:');
      expect(cli.stderr).toMatch(
        /zero\.txt: a link to \/dev\/zero, a character device: only regular files are read/,
      );
      expect(cli.stderr).toMatch(/pipe\.txt: a FIFO \(named pipe\): only regular files are read/);
      expect(cli.stderr).toMatch(
        /huge-article\.txt: 107 KB, more than the 64 KB an article file may have \(--max-article-size\)/,
      );
      expect(cli.stderr).toMatch(
        /many-bullets\.txt: the article has 300 statements .*more than the 200 one article may have \(--max-statements\)/,
      );
      expect(await countsOf(driver)).toEqual(before);
    } finally {
      for (const name of ['zero.txt', 'pipe.txt', 'huge-article.txt', 'many-bullets.txt'])
        rmSync(join(dir, name));
    }
  });

  it('refuses a run larger than its limit before reading any file, naming the largest', async () => {
    const before = await countsOf(driver);
    writeFileSync(join(dir, 'second-article.txt'), articleText(1));
    try {
      const cli = runSeedCli(['--articles', dir, '--max-run-size', '4KB']);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(
        /the 2 article files: \d+ KB together, more than the 4 KB one run may read \(--max-run-size\): load them in several runs, or raise the limit; the largest: .*(good|second)-article\.txt \(\d+ KB\)/,
      );
      expect(await countsOf(driver)).toEqual(before);
    } finally {
      rmSync(join(dir, 'second-article.txt'));
    }
  });

  it('refuses the same with --article, naming the file', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    try {
      const cli = runSeedCli(['--article', join(dir, 'zero.txt')]);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(
        /zero\.txt: a link to \/dev\/zero, a character device: only regular files are read/,
      );
    } finally {
      rmSync(join(dir, 'zero.txt'));
    }
  });
});
