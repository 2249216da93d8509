import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../src/projectRoot.ts';
import { similarPairs, type ComparedText } from '../../src/similarity/textSimilarity.ts';

/**
 * The similarity measured against judgement: the gold pairs (tests/fixtures/similarity) scored
 * with term weights learned from every responsibility and skill of the project's articles (the
 * seeds' annotations and the gold answers of the extraction sets), as the graph would weigh them.
 */

export const claimKinds = ['responsibilities', 'skills'] as const;
export type ClaimKind = (typeof claimKinds)[number];

const pair = z.object({ a: z.string().min(1), b: z.string().min(1), same: z.boolean() });
const goldSchema = z.object({ responsibilities: z.array(pair), skills: z.array(pair) });
export type GoldPair = z.infer<typeof pair>;

export const goldPairsFile = join(projectRoot, 'tests', 'fixtures', 'similarity', 'gold-pairs.yaml');

export function goldPairs(): Record<ClaimKind, GoldPair[]> {
  return goldSchema.parse(parse(readFileSync(goldPairsFile, 'utf8')));
}

const itemsSchema = z.array(z.object({ items: z.array(z.string()).default([]) })).default([]);
const annotationsSchema = z.object({ responsibilities: itemsSchema, skills: itemsSchema });
const goldArticleSchema = z.object({
  tiers: z
    .array(
      z.object({
        responsibilities: z.array(z.string()).default([]),
        skills: z.array(z.string()).default([]),
      }),
    )
    .default([]),
});

const yamlFiles = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as unknown);

/** Every responsibility or skill the project's articles word, trailing punctuation removed. */
export function claimCorpus(kind: ClaimKind): string[] {
  const texts: string[] = [];
  for (const doc of yamlFiles(join(projectRoot, 'seed', 'annotations'), '.yaml')) {
    const parsed = annotationsSchema.safeParse(doc);
    if (parsed.success) texts.push(...parsed.data[kind].flatMap((group) => group.items));
  }
  for (const set of ['dev', 'own', 'holdout']) {
    for (const doc of yamlFiles(join(projectRoot, 'tests', 'fixtures', 'extraction', set), '.gold.yaml')) {
      texts.push(...goldArticleSchema.parse(doc).tiers.flatMap((tier) => tier[kind]));
    }
  }
  return [...new Set(texts.map((t) => t.replace(/[.:;,\s]+$/, '')))];
}

export interface PairScore extends GoldPair {
  score: number;
}

/** Each gold pair of one kind with its score. */
export function scoreGoldPairs(kind: ClaimKind): PairScore[] {
  const pairs = goldPairs()[kind];
  const texts = [...new Set([...claimCorpus(kind), ...pairs.flatMap((p) => [p.a, p.b])])];
  const compared: ComparedText[] = texts.map((text) => ({ id: text, text, group: kind }));
  const wanted = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const scores = new Map(
    similarPairs(compared, wanted, 0).map((p) => [`${p.from}|${p.to}`, p.score] as const),
  );
  return pairs.map((p) => ({
    ...p,
    score: scores.get(p.a < p.b ? `${p.a}|${p.b}` : `${p.b}|${p.a}`) ?? 0,
  }));
}

export interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision and recall of "score at least `threshold` means the same" over the scored pairs. */
export function quality(scored: readonly PairScore[], threshold: number): Quality {
  const tp = scored.filter((p) => p.same && p.score >= threshold).length;
  const fp = scored.filter((p) => !p.same && p.score >= threshold).length;
  const fn = scored.filter((p) => p.same && p.score < threshold).length;
  return {
    threshold,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}
