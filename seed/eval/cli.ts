import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/projectRoot.ts';
import { evaluateFolder, evaluateSeeds, type SetResult } from './evaluate.ts';
import { extractionDoc } from './extractionDoc.ts';
import { layoutText, setText } from './report.ts';

const usage = `usage: npm run eval:extraction [-- [--write] [DIR ...]]

  DIR      folders of NAME.txt + NAME.gold.yaml (default: the project's extraction fixtures)
  --write  also write docs/extraction.md with the figures and the method`;

/** The project's gold sets: the development set, our own additions, the held-out set. */
export const fixtureSets = [
  {
    name: 'development set (the seven articles shared with the project)',
    dir: 'tests/fixtures/extraction/dev',
  },
  { name: 'our own development articles', dir: 'tests/fixtures/extraction/own' },
  { name: 'held-out articles (measured, never tuned on)', dir: 'tests/fixtures/extraction/holdout' },
  {
    name: 'held-out articles of other layouts (written before their rules, never tuned on)',
    dir: 'tests/fixtures/extraction/layouts',
  },
  { name: 'role pages, development set', dir: 'tests/fixtures/extraction/roles-dev' },
  {
    name: 'role pages of our own, in other words and layouts (written after the first rules)',
    dir: 'tests/fixtures/extraction/roles-holdout',
  },
] as const;

function main(): void {
  const { values, positionals } = parseArgs({
    options: { write: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const folders =
    positionals.length > 0
      ? positionals.map((dir) => ({ name: dir, dir }))
      : fixtureSets.filter((s) => existsSync(join(projectRoot, s.dir)));
  const sets: SetResult[] = folders.map(({ name, dir }) => {
    if (!existsSync(dir) && !existsSync(join(projectRoot, dir))) throw new Error(`${dir}: no such folder`);
    return evaluateFolder(name, existsSync(dir) ? dir : join(projectRoot, dir));
  });
  if (positionals.length === 0) sets.push(evaluateSeeds());
  for (const set of sets) console.log(`${setText(set)}\n`);
  for (const set of sets) console.log(`${layoutText(set.name, [set])}\n`);
  if (values.write) {
    const file = join(projectRoot, 'docs', 'extraction.md');
    writeFileSync(file, extractionDoc(sets));
    console.log(`wrote ${file}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`eval:extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
