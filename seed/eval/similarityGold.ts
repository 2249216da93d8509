import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../src/projectRoot.ts';
import {
  calibratedScore,
  calibration,
  type CalibratedKind,
  type Coefficients,
  type PairSignals,
} from '../../src/similarity/calibration.ts';
import { pairSignals, type ComparedText } from '../../src/similarity/textSimilarity.ts';

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
  responsibilities: z.array(pair).default([]),
  skills: z.array(pair).default([]),
  characteristics: z.array(pair.required({ dimension: true })).default([]),
});
export type GoldPair = z.infer<typeof pair>;

export const goldPairsFile = join(projectRoot, 'tests', 'fixtures', 'similarity', 'gold-pairs.yaml');

/** The label whose calibration scores a kind. */
export const kindLabels: Readonly<Record<ClaimKind, CalibratedKind>> = {
  responsibilities: 'Responsibility',
  skills: 'Skill',
  characteristics: 'Characteristic',
};

/**
 * The pairs of a file of the gold format: any of the three kinds (a kind left out has none), each
 * pair `{a, b, same}`, characteristics with their `dimension`. A file that is not of that form is
 * refused with what is wrong where.
 */
export function readPairFile(file: string): Record<ClaimKind, GoldPair[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read pair file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = goldSchema.strict().safeParse(parse(text) ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(
      `${file} is not a pair file (keys responsibilities, skills, characteristics, each a list of {a, b, same}, characteristics with dimension): ${problems.join('; ')}`,
    );
  }
  return parsed.data;
}

export function goldPairs(): Record<ClaimKind, GoldPair[]> {
  return readPairFile(goldPairsFile);
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

export interface PairWithSignals extends GoldPair {
  signals: PairSignals;
}

/** Each pair of one kind with its signals, word weights learned from the project's claims of the kind. */
export async function signalsOfPairs(
  kind: ClaimKind,
  pairs: readonly GoldPair[],
): Promise<PairWithSignals[]> {
  const groupOf = (p: GoldPair) => (p.dimension === undefined ? kind : dimensionGroup(p.dimension));
  const compared = (text: string, group: string): ComparedText => ({
    id: `${group}|${trimmed(text)}`,
    text: trimmed(text),
    group,
  });
  const corpus = claimCorpus(kind).map((t) => compared(t.text, t.group));
  const ends = pairs.map((p) => [compared(p.a, groupOf(p)), compared(p.b, groupOf(p))] as const);
  const signals = await pairSignals(corpus, ends);
  return pairs.map((p, i) => ({ ...p, signals: signals[i] ?? { meaning: 0, words: 0, scaleDiffers: 0 } }));
}

/** Each pair of one kind with its score under `coefficients` (by default the calibrated ones). */
export async function scorePairs(
  kind: ClaimKind,
  pairs: readonly GoldPair[],
  coefficients: Coefficients = calibration[kindLabels[kind]],
): Promise<PairScore[]> {
  return (await signalsOfPairs(kind, pairs)).map(({ signals, ...p }) => ({
    ...p,
    score: calibratedScore(signals, coefficients),
  }));
}

/** Each gold pair of one kind with its score. */
export async function scoreGoldPairs(kind: ClaimKind): Promise<PairScore[]> {
  return scorePairs(kind, goldPairs()[kind]);
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

export const f1Of = (q: Quality): number =>
  q.precision + q.recall === 0 ? 0 : (2 * q.precision * q.recall) / (q.precision + q.recall);

/**
 * Area under the precision-recall curve, as average precision: the mean, over the pairs that
 * mean the same, of the precision among the pairs scoring at least as high (ties counted together).
 */
export function averagePrecision(scored: readonly PairScore[]): number {
  const positives = scored.filter((p) => p.same).length;
  if (positives === 0) return 0;
  let sum = 0;
  for (const p of scored) {
    if (!p.same) continue;
    const above = scored.filter((q) => q.score >= p.score);
    sum += above.filter((q) => q.same).length / above.length;
  }
  return sum / positives;
}
