import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherExecutor } from '../../src/db/cypher.ts';
import type { ArticleFiles } from '../../src/ingest/loadArticle.ts';
import { removeArticles } from '../../src/ingest/removeArticles.ts';
import { seedArticles } from '../../src/ingest/seedArticles.ts';
import { median } from '../measure.ts';
import { generateArticles, reviseArticle, type GeneratedArticle } from './generate.ts';

/** Seconds for each operation on one article, in one round. */
export interface OneArticleRound {
  load: number;
  replace: number;
  remove: number;
}

/**
 * One article beyond a loaded folder of `count`: loaded (new to the graph), replaced by a revised
 * version, then removed, each timed from the call to its commit (reading and writing), as
 * `npm run seed -- --article FILE` and `--remove SLUG` do it without Node's start-up.
 */
export async function timeOneArticle(
  cypher: CypherExecutor,
  dir: string,
  count: number,
  seed: number,
  round: number,
): Promise<OneArticleRound> {
  const extra: GeneratedArticle | undefined = generateArticles(count + 1, seed).at(-1);
  if (!extra) throw new Error('no article generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${extra.slug}.txt`);
  writeFileSync(file, extra.text);
  const files: ArticleFiles[] = [{ article: file, annotations: null }];
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return (performance.now() - started) / 1000;
  };
  const load = await timed(() => seedArticles(cypher, files));
  reviseArticle(dir, extra, round + 1, seed);
  if (readFileSync(file, 'utf8') === extra.text) throw new Error('the revised article is the same');
  const replace = await timed(() => seedArticles(cypher, files));
  const remove = await timed(() => removeArticles(cypher, [extra.slug]));
  rmSync(file);
  return { load, replace, remove };
}

/** The markdown section of the figures. */
export function oneArticleSection(count: number, rounds: readonly OneArticleRound[]): string {
  const row = (name: string, pick: (r: OneArticleRound) => number) =>
    `| ${name} | ${median(rounds.map(pick)).toFixed(2)} | ${rounds.map((r) => pick(r).toFixed(2)).join(', ')} |`;
  return `## One article among ${count}

One more generated article (extracted, no annotations) on top of the ${count} loaded: loaded, replaced by a revised version,
then removed, each in its own transaction, timed from the call to the commit (\`seedArticles\` and \`removeArticles\`, in
process), ${rounds.length} rounds:

| operation | median seconds | per round |
| --- | ---: | --- |
${row('load (new to the graph)', (r) => r.load)}
${row('replace (revised text)', (r) => r.replace)}
${row('remove', (r) => r.remove)}

Each is one transaction that also keeps the graph independent of the order articles come in: the mentions of what the
article brings in, and the similarity pairs of each kind of claim it touches, recomputed over the whole kind (only the
pairs that differ are written). How much of the time that recompute takes is not measured apart here.
`;
}
