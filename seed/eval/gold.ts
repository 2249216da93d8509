import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { seedDir } from '../loadArticle.ts';
import type { Gold } from './score.ts';

const names = z.array(z.string().min(1)).default([]);
const goldSchema = z.object({
  title: z.string().min(1),
  column: z.string().min(1).nullable().default(null),
  tiers: z.array(z.object({ name: z.string().min(1), aliases: names, roles: names, responsibilities: names, skills: names })).default([]),
  dimensions: names,
  characteristics: z.array(z.object({ tier: z.string().min(1), dimension: z.string().min(1), text: z.string().min(1) })).default([]),
  furniture: names,
});

export interface GoldArticle {
  slug: string;
  article: string;
  gold: Gold;
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
      if (!existsSync(article)) throw new Error(`${join(dir, f)}: no article ${slug}.txt beside it or in seed/articles/`);
      const parsed = goldSchema.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return { slug, article, gold: parsed.data };
    });
}
