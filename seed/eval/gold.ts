import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { seedDir } from '../../src/ingest/loadArticle.ts';
import type { GraphPlan } from '../../src/ingest/plan/graphPlan.ts';
import { answerFromPlan } from './answer.ts';
import type { Gold } from './score.ts';

const names = z.array(z.string().min(1)).default([]);
const goldSchema = z.object({
  title: z.string().min(1),
  column: z.string().min(1).nullable().default(null),
  tiers: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: names,
        roles: names,
        responsibilities: names,
        skills: names,
      }),
    )
    .default([]),
  dimensions: names,
  characteristics: z
    .array(z.object({ tier: z.string().min(1), dimension: z.string().min(1), text: z.string().min(1) }))
    .default([]),
  furniture: names,
  roles: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: names,
        responsibilities: names,
        skills: names,
        reportsTo: names,
      }),
    )
    .optional(),
});

/** The page layouts extraction is measured on, one row each in the figures. */
export const layouts = ['familiar', 'prose', 'tables', 'questions', 'heavy furniture', 'role pages'] as const;
export type Layout = (typeof layouts)[number];

export interface GoldArticle {
  slug: string;
  article: string;
  gold: Gold;
  layout: Layout;
}

/**
 * The layout a gold file says its article stresses, in its opening comment ("# Layout stressed:
 * PROSE."), or in a `layout:` field; an article that names none follows the familiar layout
 * (headings over bullet lists).
 */
export function layoutOf(goldText: string): Layout {
  const named =
    /^#\s*Layout stressed:\s*([A-Za-z ]+?)\s*[.(\n]/im.exec(goldText)?.[1] ??
    /^layout:\s*(.+)$/m.exec(goldText)?.[1] ??
    '';
  const word = named.trim().toLowerCase();
  if (/prose|sentences/.test(word)) return 'prose';
  if (/table/.test(word)) return 'tables';
  if (/faq|question/.test(word)) return 'questions';
  if (/furniture/.test(word)) return 'heavy furniture';
  return 'familiar';
}

/**
 * The gold files of a folder (`NAME.gold.yaml`), each with its article: `NAME.txt` beside it, or
 * the bundled article of that name (the seeds' gold is written from their curated annotations).
 */
export function readGoldFolder(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.gold\.yaml$/, '');
      const beside = join(dir, `${slug}.txt`);
      const article = existsSync(beside) ? beside : join(seedDir, 'articles', `${slug}.txt`);
      if (!existsSync(article))
        throw new Error(`${join(dir, f)}: no article ${slug}.txt beside it or in seed/articles/`);
      const text = readFileSync(join(dir, f), 'utf8');
      const parsed = goldSchema.safeParse(parse(text));
      if (!parsed.success)
        throw new Error(
          `${join(dir, f)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      // A gold file that scores claims about roles themselves is of a role page.
      return { slug, article, gold: parsed.data, layout: parsed.data.roles ? 'role pages' : layoutOf(text) };
    });
}

/**
 * Gold answers for an article with curated annotations: what the curated claims say, in the gold
 * format (a characteristic's text is the first statement it cites). Extraction alone on the same
 * article is then scored against the curators.
 */
export function goldFromCurated(curated: GraphPlan): Gold {
  const answer = answerFromPlan(curated);
  return {
    title: answer.title ?? '',
    column: null,
    tiers: answer.tiers.map((t) => ({
      name: t.name,
      aliases: [],
      roles: t.roles,
      responsibilities: t.responsibilities,
      skills: t.skills,
    })),
    dimensions: answer.dimensions,
    characteristics: answer.tiers.flatMap((t) =>
      t.characteristics.map((c) => ({
        tier: t.name,
        dimension: c.dimension,
        text: c.evidence[0] ?? c.summary,
      })),
    ),
    furniture: [],
  };
}
