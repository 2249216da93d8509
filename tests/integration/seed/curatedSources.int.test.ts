import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { runSeedCli } from '../../support/seedCli.ts';
import { countsOf, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

const slug = 'senior-leadership-vs-senior-management';

describe('a file named like a curated article', () => {
  let driver: Driver;
  let dir: string;
  const methods = async () =>
    (
      await testCypher(driver).read<{ method: string }>(
        'test',
        'MATCH ()-[r:MEMBER_OF]->() WHERE r.source = $slug RETURN DISTINCT r.method AS method ORDER BY method',
        { slug },
      )
    ).map((row) => row.method);

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    dir = mkdtempSync(join(tmpdir(), 'curated-'));
    // The bundled article's text with a line more (so not unchanged), without its annotations
    // beside it: its claims would be extracted.
    const text = readFileSync(join(projectRoot, 'seed', 'articles', `${slug}.txt`), 'utf8');
    writeFileSync(
      join(dir, `${slug}.txt`),
      `${text}\nA closing note on leadership and management added later.\n`,
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetAndSeed(driver);
    await driver.close();
  });

  it('does not replace its curated claims with extracted ones, and says which article and how to', async () => {
    const before = await countsOf(driver);
    expect(await methods()).toEqual(['CURATED']);
    for (const args of [
      ['--articles', dir],
      ['--article', join(dir, `${slug}.txt`)],
    ]) {
      const cli = runSeedCli(args);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(
        `${slug}.txt: the graph holds "${slug}" with curated claims (from its annotations), and this file comes without annotations: ` +
          'loading it would replace them with claims extracted from the text.',
      );
      expect(cli.stderr).toContain('or pass --force to replace them');
    }
    expect(await countsOf(driver)).toEqual(before);
    expect(await methods()).toEqual(['CURATED']);
  });

  it('replaces them with --force', async () => {
    const cli = runSeedCli(['--articles', dir, '--force']);
    expect(cli.stderr).not.toContain('failed:');
    expect(cli.status).toBe(0);
    expect(await methods()).toEqual(['EXTRACTED']);
  });
});
