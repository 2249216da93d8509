import type { CypherExecutor } from '../db/cypher.ts';
import { readGraphCounts, type GraphCounts } from '../data/graphCounts.ts';
import { changeGraph } from '../data/graphVersion.ts';
import { ArticleProblems, defaultBatchSize, type ArticleProblem } from './seedArticles.ts';
import { ensureSchema } from './write/schema.ts';
import { removeSources } from './write/writeGraph.ts';

/** What removing one source takes out of the graph, read before anything is written. */
export interface SourceRemoval {
  slug: string;
  /** How its claims came in: CURATED (from annotations) or EXTRACTED. */
  method: string | null;
  sections: number;
  statements: number;
  claims: number;
  /** Entities that only this source (or others removed with it) supports: they go with it. */
  entities: number;
}

export interface RemovalReport {
  /** The sources removed (or, in a dry run, that would be), in slug order. */
  removed: SourceRemoval[];
  dryRun: boolean;
  seconds: number;
  /** Nodes per label and relationships per type afterwards (unchanged by a dry run). */
  counts: GraphCounts;
}

export interface RemovalOptions {
  /** Let a source whose claims were curated (from annotations) be removed: the CLI's --force. */
  removeCurated?: boolean;
  /** Read and report what would go, write nothing. */
  dryRun?: boolean;
  /** Sources per write transaction (each wholly in one); default `defaultBatchSize`. */
  batchSize?: number;
}

// Each source among the slugs with what it holds, and how many entities are evidenced only by
// statements of the sources removed.
const removalQuery = `
  MATCH (s:Source) WHERE s.slug IN $slugs AND s.sha256 IS NOT NULL
  RETURN s.slug AS slug, s.method AS method,
    COUNT { MATCH (n:Section) WHERE n.source = s.slug } AS sections,
    COUNT { MATCH (n:Statement) WHERE n.source = s.slug } AS statements,
    COUNT { MATCH (st:Statement)<-[:EVIDENCED_BY]-(e)
            WHERE st.source = s.slug
              AND NOT EXISTS { MATCH (e)-[:EVIDENCED_BY]->(other:Statement) WHERE NOT other.source IN $slugs } } AS entities
  ORDER BY slug`;

// How many claims each source made: relationships carrying it as their source, mentions aside.
const claimsQuery = `
  UNWIND $slugs AS slug
  CALL (slug) { MATCH ()-[r]->() WHERE r.source = slug AND r.evidence IS NOT NULL RETURN count(r) AS claims }
  RETURN slug, claims`;

async function plannedRemoval(cypher: CypherExecutor, slugs: readonly string[]): Promise<SourceRemoval[]> {
  const rows = await cypher.read<Omit<SourceRemoval, 'claims'>>('remove.plan', removalQuery, { slugs });
  const claims = await cypher.read<{ slug: string; claims: number }>('remove.claims', claimsQuery, {
    slugs: rows.map((r) => r.slug),
  });
  const bySlug = new Map(claims.map((c) => [c.slug, c.claims]));
  return rows.map((row) => ({ ...row, claims: bySlug.get(row.slug) ?? 0 }));
}

// Every source the graph holds, for naming what may be removed.
const heldQuery =
  'MATCH (s:Source) WHERE s.sha256 IS NOT NULL RETURN s.slug AS slug, s.file AS file ORDER BY slug';

/** Every source the graph holds, with the file it was loaded from as the load recorded it. */
export async function heldSources(cypher: CypherExecutor): Promise<{ slug: string; file: string | null }[]> {
  return cypher.read<{ slug: string; file: string | null }>('remove.held', heldQuery);
}

/** Why each slug cannot be removed: unknown to the graph, or curated without leave. */
function refusals(
  slugs: readonly string[],
  planned: readonly SourceRemoval[],
  held: readonly string[],
  removeCurated: boolean,
): ArticleProblem[] {
  const found = new Map(planned.map((p) => [p.slug, p]));
  const shown =
    held.length > 10 ? `${held.slice(0, 10).join(', ')}, ... (${held.length} in all)` : held.join(', ');
  return slugs.flatMap((slug): ArticleProblem[] => {
    const source = found.get(slug);
    if (!source)
      return [{ file: slug, message: `the graph holds no source "${slug}"; it holds: ${shown || 'none'}` }];
    if (source.method === 'CURATED' && !removeCurated)
      return [
        {
          file: slug,
          message: `"${slug}" has curated claims (from its annotations): pass --force to remove them too`,
        },
      ];
    return [];
  });
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Removes the sources with these slugs: everything they stated and claimed, and the entities no
 * other source supports (removeSources in write/writeGraph.ts), `batchSize` sources to a write
 * transaction, each giving the graph a new version as a load does. Every slug is checked first,
 * and any the graph does not hold, or holds with curated claims without `removeCurated`, refused
 * together before anything is written.
 */
export async function removeArticles(
  cypher: CypherExecutor,
  slugs: readonly string[],
  { removeCurated = false, dryRun = false, batchSize = defaultBatchSize }: RemovalOptions = {},
): Promise<RemovalReport> {
  const started = performance.now();
  const wanted = [...new Set(slugs)].sort();
  const planned = await plannedRemoval(cypher, wanted);
  const problems = refusals(
    wanted,
    planned,
    (await heldSources(cypher)).map((s) => s.slug),
    removeCurated,
  );
  if (problems.length > 0) throw new ArticleProblems(problems, ['source', 'sources', 'cannot be removed']);
  if (!dryRun && planned.length > 0) {
    await ensureSchema(cypher);
    for (const batch of batches(planned, Math.max(1, batchSize)))
      await changeGraph(cypher, 'seed.remove', (tx) =>
        removeSources(
          tx,
          batch.map((s) => s.slug),
        ),
      );
  }
  return {
    removed: planned,
    dryRun,
    seconds: (performance.now() - started) / 1000,
    counts: await readGraphCounts(cypher),
  };
}
