import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { z } from 'zod';
import { nodeId } from '../../src/data/model.ts';
import { loadArticle, seedDir, type ArticleFiles } from '../../src/ingest/loadArticle.ts';
import type { Catalogue } from '../../src/ingest/annotations.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { similar } from './score.ts';

/**
 * Placement of tiers on the ladder, measured against a careful analyst's gold
 * (tests/fixtures/levels/placement.gold.yaml): for each tier of the gold, whether the load placed
 * the article's tier of that name at the level the gold gives (or one it also accepts), or, for a
 * tier the gold says is no level of management, left it unplaced.
 */
const levelOrNone = z.enum(['governance', 'top', 'senior', 'middle', 'first-line', 'none']);
const goldSchema = z.object({
  articles: z.record(
    z.string(),
    z.object({
      set: z.enum(['seed', 'dev', 'own', 'holdout', 'extra']),
      tiers: z.record(z.string(), z.union([levelOrNone, z.array(levelOrNone).min(1)])),
    }),
  ),
});

export const placementGoldFile = join(projectRoot, 'tests', 'fixtures', 'levels', 'placement.gold.yaml');

export interface GoldPlacement {
  slug: string;
  set: string;
  tiers: { name: string; accepted: string[] }[];
}

export function readPlacementGold(file = placementGoldFile): GoldPlacement[] {
  const gold = goldSchema.parse(parse(readFileSync(file, 'utf8')));
  return Object.entries(gold.articles).map(([slug, article]) => ({
    slug,
    set: article.set,
    tiers: Object.entries(article.tiers).map(([name, level]) => ({
      name,
      accepted: Array.isArray(level) ? level : [level],
    })),
  }));
}

const folders: Record<string, string> = {
  dev: join(projectRoot, 'tests', 'fixtures', 'extraction', 'dev'),
  own: join(projectRoot, 'tests', 'fixtures', 'extraction', 'own'),
  holdout: join(projectRoot, 'tests', 'fixtures', 'extraction', 'holdout'),
  extra: join(projectRoot, 'tests', 'fixtures', 'levels', 'articles'),
};

/**
 * The article file of a gold entry. A seed is loaded with its curated annotations but without the
 * placements they state, so that what is measured is the rules' placement of its tiers.
 */
export function goldArticleFiles(article: GoldPlacement): ArticleFiles {
  if (article.set === 'seed') {
    const curated = parseDocument(readFileSync(join(seedDir, 'annotations', `${article.slug}.yaml`), 'utf8'));
    curated.delete('levels');
    const annotations = join(mkdtempSync(join(tmpdir(), 'placement-')), `${article.slug}.yaml`);
    writeFileSync(annotations, curated.toString());
    return { article: join(seedDir, 'articles', `${article.slug}.txt`), annotations };
  }
  return { article: join(folders[article.set] ?? '', `${article.slug}.txt`), annotations: null };
}

/** The level each tier of a loaded article is placed at (null: not placed), by tier name. */
export function placementsOf(files: ArticleFiles, catalogue: Catalogue): Map<string, string | null> {
  const { plan } = loadArticle(files, catalogue);
  const tiers = plan.nodes.filter((n) => n.label === 'Tier');
  const levelOf = new Map(
    plan.relationships
      .filter((r) => r.type === 'AT_LEVEL')
      .map((r) => [r.from.id, r.to.id.slice(nodeId('Level', '').length)]),
  );
  return new Map(tiers.map((t) => [String(t.props['name']), levelOf.get(t.id) ?? null]));
}

export interface PlacementOutcome {
  slug: string;
  set: string;
  tier: string;
  accepted: string[];
  got: string | null;
  correct: boolean;
  /** Correct by the gold's first reading alone. */
  strict: boolean;
}

export function scorePlacements(
  gold: GoldPlacement,
  placed: ReadonlyMap<string, string | null>,
): PlacementOutcome[] {
  return gold.tiers.map(({ name, accepted }) => {
    const match =
      [...placed.keys()].find((n) => n.toLowerCase() === name.toLowerCase()) ??
      [...placed.keys()].find((n) => similar(n, name));
    const got = match === undefined ? null : (placed.get(match) ?? null);
    const expected = got ?? 'none';
    return {
      slug: gold.slug,
      set: gold.set,
      tier: name,
      accepted,
      got,
      correct: accepted.includes(expected),
      strict: accepted[0] === expected,
    };
  });
}

export function evaluatePlacement(catalogue: Catalogue, gold = readPlacementGold()): PlacementOutcome[] {
  return gold.flatMap((article) =>
    scorePlacements(article, placementsOf(goldArticleFiles(article), catalogue)),
  );
}
