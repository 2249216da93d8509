import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSlug, bundledArticles, type ArticleFiles } from '../../../src/ingest/loadArticle.ts';
import { removeArticles } from '../../../src/ingest/removeArticles.ts';
import { seedGraph } from '../../../src/ingest/seedArticles.ts';
import { projectRoot } from '../../../src/projectRoot.ts';
import { graphSnapshot, snapshotDiff, type GraphSnapshot } from '../../support/graphSnapshot.ts';
import { emptyGraph, resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { testDriver } from '../../support/testDatabase.ts';

/**
 * Random sequences of loads, replacements and removals over a handful of small articles, some
 * with two writers at once, each compared whole (nodes, relationships and their properties,
 * similarity scores) with a load of the articles it ends with from an empty graph.
 */

const dev = join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev');
const extractedNames = [
  'board-of-directors-vs-executive-team',
  'line-managers-vs-staff-managers',
  'levels-of-management',
];
// A sentence added to an article's first long paragraph in its second version: it names tiers the
// other articles bring in, so a replacement changes mentions, claims and similarity.
const addedSentence =
  ' Line managers, staff managers and the board of directors all answer to the executive team.';

interface Article {
  slug: string;
  /** Its versions: an extracted article has two, a curated one its bundled one. */
  versions: ArticleFiles[];
}

function extractedArticles(dir: string): Article[] {
  return extractedNames.map((slug) => {
    const text = readFileSync(join(dev, `${slug}.txt`), 'utf8');
    const lines = text.split('\n');
    const long = lines.findIndex((line) => line.length > 80);
    lines[long] = `${lines[long]}${addedSentence}`;
    const versions = ['v1', 'v2'].map((v, i) => {
      const file = join(dir, v, `${slug}.txt`);
      writeFileSync(file, i === 0 ? text : lines.join('\n'));
      return { article: file, annotations: null };
    });
    return { slug, versions };
  });
}

type Step = { op: 'load' | 'remove'; article: number; version: number };

const stepArbitrary = (count: number) =>
  fc.record({
    op: fc.constantFrom<Step['op']>('load', 'load', 'remove'),
    article: fc.integer({ min: 0, max: count - 1 }),
    version: fc.integer({ min: 0, max: 1 }),
  });

describe('the graph does not depend on the order articles come in', () => {
  let driver: Driver;
  let dir: string;
  let articles: Article[];
  // A load from empty of each final set met, computed once.
  const fresh = new Map<string, GraphSnapshot>();

  beforeAll(() => {
    driver = testDriver();
    dir = mkdtempSync(join(tmpdir(), 'order-'));
    for (const v of ['v1', 'v2']) mkdirSync(join(dir, v));
    articles = [
      ...bundledArticles().map((files) => ({ slug: articleSlug(files.article), versions: [files] })),
      ...extractedArticles(dir),
    ];
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetAndSeed(driver);
    await driver.close();
  });

  async function apply(steps: readonly Step[], state: Map<string, number>): Promise<void> {
    for (const step of steps) {
      const article = articles[step.article];
      if (!article) throw new Error(`no article ${step.article}`);
      const version = Math.min(step.version, article.versions.length - 1);
      if (step.op === 'remove') {
        if (!state.has(article.slug)) continue;
        await removeArticles(testCypher(driver), [article.slug], { removeCurated: true });
        state.delete(article.slug);
      } else {
        const files = article.versions[version];
        if (!files) throw new Error(`no version ${version} of ${article.slug}`);
        await seedGraph(testCypher(driver), [files], () => undefined, { replaceCurated: true });
        state.set(article.slug, version);
      }
    }
  }

  async function freshLoad(state: ReadonlyMap<string, number>): Promise<GraphSnapshot> {
    const key = [...state].sort().join(',');
    const known = fresh.get(key);
    if (known) return known;
    await emptyGraph(testCypher(driver));
    const files = articles
      .filter((a) => state.has(a.slug))
      .map((a) => a.versions[state.get(a.slug) ?? 0])
      .filter((f): f is ArticleFiles => f !== undefined);
    if (files.length > 0) await seedGraph(testCypher(driver), files);
    const snapshot = await graphSnapshot(driver);
    fresh.set(key, snapshot);
    return snapshot;
  }

  // A ceiling, not a measure: each run loads and removes articles several times, on busy shared cores.
  it(
    'ends as a load of the final set from empty, with one writer or two at once',
    { timeout: 900_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(stepArbitrary(articles.length), { minLength: 2, maxLength: 5 }),
          fc.boolean(),
          async (steps, concurrent) => {
            await emptyGraph(testCypher(driver));
            const state = new Map<string, number>();
            if (concurrent) {
              // Two writers at once, each with the steps of its own articles in order, so the final
              // set is known whatever the interleaving.
              const lanes = [0, 1].map((lane) => steps.filter((s) => s.article % 2 === lane));
              await Promise.all(lanes.map((lane) => apply(lane, state)));
            } else {
              await apply(steps, state);
            }
            const reached = await graphSnapshot(driver);
            const expected = await freshLoad(state);
            expect(snapshotDiff(reached, expected)).toEqual({ missing: [], extra: [] });
          },
        ),
        { numRuns: 5, endOnFailure: true },
      );
    },
  );
});
