import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../src/projectRoot.ts';
import { similarPairs, type ComparedText } from '../../src/similarity/textSimilarity.ts';

/**
 * The similarity measured against judgement: the gold pairs (tests/fixtures/similarity) scored
 * with term weights learned from every responsibility, skill or characteristic of the project's
 * articles (the seeds' annotations and the gold answers of the extraction sets), as the graph
 * would weigh them; characteristics are compared on their own dimension, as the graph compares them.
 */

export const claimKinds = ['responsibilities', 'skills', 'characteristics'] as const;
export type ClaimKind = (typeof claimKinds)[number];

const pair = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  same: z.boolean(),
  /** The dimension both characteristics are on (characteristics only). */
  dimension: z.string().min(1).optional(),
});
const goldSchema = z.object({
  responsibilities: z.array(pair),
  skills: z.array(pair),
  characteristics: z.array(pair.required({ dimension: true })),
});
export type GoldPair = z.infer<typeof pair>;

/** How many pairs of each kind were written first (the list's first 41); later ones follow them. */
export const firstWritten: Readonly<Record<ClaimKind, number>> = {
  responsibilities: 28,
  skills: 13,
  characteristics: 0,
};

export const goldPairsFile = join(projectRoot, 'tests', 'fixtures', 'similarity', 'gold-pairs.yaml');

export function goldPairs(): Record<ClaimKind, GoldPair[]> {
  return goldSchema.parse(parse(readFileSync(goldPairsFile, 'utf8')));
}

const itemsSchema = z.array(z.object({ items: z.array(z.string()).default([]) })).default([]);
const annotationsSchema = z.object({
  responsibilities: itemsSchema,
  skills: itemsSchema,
  dimensions: z
    .array(
      z.object({
        dimension: z.string(),
        characteristics: z.array(z.object({ summary: z.string() })).default([]),
      }),
    )
    .default([]),
});
const goldArticleSchema = z.object({
  tiers: z
    .array(
      z.object({
        responsibilities: z.array(z.string()).default([]),
        skills: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  characteristics: z
    .array(z.object({ dimension: z.string().nullish(), text: z.string().nullish() }))
    .nullish(),
});

/** A dimension as the graph groups characteristics: its slug. */
const dimensionGroup = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface CorpusText {
  text: string;
  group: string;
}

const yamlFiles = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as unknown);

const trimmed = (text: string) => text.replace(/[.:;,\s]+$/, '');

/**
 * Every responsibility, skill or characteristic the project's articles word, trailing punctuation
 * removed, each with the group it is compared within (a characteristic's dimension).
 */
export function claimCorpus(kind: ClaimKind): CorpusText[] {
  const texts: CorpusText[] = [];
  for (const doc of yamlFiles(join(projectRoot, 'seed', 'annotations'), '.yaml')) {
    const parsed = annotationsSchema.safeParse(doc);
    if (!parsed.success) continue;
    if (kind === 'characteristics') {
      for (const d of parsed.data.dimensions)
        for (const c of d.characteristics)
          texts.push({ text: c.summary, group: dimensionGroup(d.dimension) });
    } else {
      for (const group of parsed.data[kind])
        for (const text of group.items) texts.push({ text, group: kind });
    }
  }
  for (const set of ['dev', 'own', 'holdout']) {
    for (const doc of yamlFiles(join(projectRoot, 'tests', 'fixtures', 'extraction', set), '.gold.yaml')) {
      const article = goldArticleSchema.parse(doc);
      if (kind === 'characteristics') {
        for (const c of article.characteristics ?? [])
          if (c.text && c.dimension) texts.push({ text: c.text, group: dimensionGroup(c.dimension) });
      } else {
        for (const text of article.tiers.flatMap((tier) => tier[kind])) texts.push({ text, group: kind });
      }
    }
  }
  const unique = new Map<string, CorpusText>();
  for (const t of texts) {
    const text = trimmed(t.text);
    unique.set(`${t.group}|${text}`, { text, group: t.group });
  }
  return [...unique.values()];
}

export interface PairScore extends GoldPair {
  score: number;
}

/** Each gold pair of one kind with its score. */
export function scoreGoldPairs(kind: ClaimKind): PairScore[] {
  const pairs = goldPairs()[kind];
  const groupOf = (p: GoldPair) => (p.dimension === undefined ? kind : dimensionGroup(p.dimension));
  const byId = new Map<string, ComparedText>();
  const add = (text: string, group: string) => {
    const id = `${group}|${trimmed(text)}`;
    byId.set(id, { id, text: trimmed(text), group });
    return id;
  };
  for (const t of claimCorpus(kind)) add(t.text, t.group);
  const ends = pairs.map((p) => [add(p.a, groupOf(p)), add(p.b, groupOf(p))] as const);
  const wanted = new Set(ends.flat());
  const scores = new Map(
    similarPairs([...byId.values()], wanted, 0).map((p) => [`${p.from}\n${p.to}`, p.score] as const),
  );
  return pairs.map((p, i) => {
    const [a, b] = ends[i] ?? ['', ''];
    return { ...p, score: scores.get(a < b ? `${a}\n${b}` : `${b}\n${a}`) ?? 0 };
  });
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
