import { calibratedScore, signalNames, type Coefficients } from '../../src/similarity/calibration.ts';
import {
  claimKinds,
  f1Of,
  quality,
  type ClaimKind,
  type PairScore,
  type PairWithSignals,
} from './similarityGold.ts';

/**
 * Fitting the combination of signals on judged pairs: a logistic regression (with a small ridge
 * penalty, as the pairs are few), and its figures measured by repeated stratified k-fold
 * cross-validation, so that the figures come from pairs the fit did not see.
 */

type SignalName = (typeof signalNames)[number];
const features = (p: PairWithSignals, left: ReadonlySet<SignalName>): number[] => [
  1,
  ...signalNames.map((name) => (left.has(name) ? 0 : p.signals[name])),
];

/**
 * The fit used: like `fitLogistic`, but a signal of likeness that comes out with a negative weight
 * is left out and the rest refitted. On the judged pairs, chosen to be hard, the pairs that do
 * not mean the same share more words than those that do, so word overlap fits a negative weight;
 * over a graph's claims, sharing words is no sign of differing, so that weight would not carry.
 */
export function fitCalibration(pairs: readonly PairWithSignals[]): Coefficients {
  const left = new Set<SignalName>();
  for (;;) {
    const fit = fitLogistic(pairs, left);
    const negative = (['meaning', 'words'] as const).filter((name) => fit[name] < 0 && !left.has(name));
    if (negative.length === 0) return fit;
    for (const name of negative) left.add(name);
  }
}

/** Logistic regression by Newton's method on the log-loss plus `ridge` × n × the squared weights. */
export function fitLogistic(
  pairs: readonly PairWithSignals[],
  left: ReadonlySet<SignalName> = new Set(),
  ridge = 0.0003,
): Coefficients {
  const size = signalNames.length + 1;
  let w = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = new Array<number>(size * size).fill(0);
    for (const p of pairs) {
      const x = features(p, left);
      const prob = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0)));
      x.forEach((xi, i) => {
        gradient[i] = (gradient[i] ?? 0) + (prob - (p.same ? 1 : 0)) * xi;
        x.forEach(
          (xj, j) => (hessian[i * size + j] = (hessian[i * size + j] ?? 0) + prob * (1 - prob) * xi * xj),
        );
      });
    }
    for (let i = 1; i < size; i += 1) {
      gradient[i] = (gradient[i] ?? 0) + 2 * ridge * pairs.length * (w[i] ?? 0);
      hessian[i * size + i] = (hessian[i * size + i] ?? 0) + 2 * ridge * pairs.length;
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, i) => wi - (step[i] ?? 0));
    if (step.every((s) => Math.abs(s) < 1e-9)) break;
  }
  const at = (i: number) => w[i] ?? 0;
  const of = (name: (typeof signalNames)[number]) => at(signalNames.indexOf(name) + 1);
  return { intercept: at(0), meaning: of('meaning'), words: of('words'), scaleDiffers: of('scaleDiffers') };
}

/** Solves `a x = b` (a square, row-major, small and well posed) by Gauss-Jordan elimination. */
function solve(a: readonly number[], b: readonly number[]): number[] {
  const n = b.length;
  const m = Array.from({ length: n }, (_, i) => [...a.slice(i * n, i * n + n), b[i] ?? 0]);
  const cell = (r: number, c: number) => m[r]?.[c] ?? 0;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(cell(r, col)) > Math.abs(cell(pivot, col))) pivot = r;
    const top = m[pivot] ?? [];
    m[pivot] = m[col] ?? [];
    m[col] = top;
    for (let r = 0; r < n; r += 1) {
      const row = m[r];
      if (r === col || !row) continue;
      const factor = cell(r, col) / cell(col, col);
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** A seeded generator (mulberry32), so a cross-validation gives the same figures every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold of each pair: same and different pairs dealt round the folds in a shuffled order. */
function stratifiedFolds(pairs: readonly PairWithSignals[], folds: number, next: () => number): number[] {
  const fold = new Array<number>(pairs.length).fill(0);
  for (const same of [true, false]) {
    const indices = pairs.flatMap((p, i) => (p.same === same ? [i] : []));
    const keyed = indices.map((i) => [next(), i] as const).sort((x, y) => x[0] - y[0]);
    keyed.forEach(([, i], k) => (fold[i] = k % folds));
  }
  return fold;
}

export type PairsByKind = Readonly<Record<ClaimKind, readonly PairWithSignals[]>>;

/**
 * Each pair's score from fits that did not see it: `repeats` × `folds`-fold cross-validation,
 * folds stratified per kind, a fit per kind (`perKind`) or one on all kinds' training pairs; a
 * pair's score is the mean of its held-out scores over the repeats.
 */
export function crossValidatedScores(
  byKind: PairsByKind,
  perKind: boolean,
  folds = 5,
  repeats = 20,
): Record<ClaimKind, PairScore[]> {
  const next = random(20261207);
  const sums = Object.fromEntries(claimKinds.map((k) => [k, new Array<number>(byKind[k].length).fill(0)]));
  for (let r = 0; r < repeats; r += 1) {
    const foldOf = Object.fromEntries(claimKinds.map((k) => [k, stratifiedFolds(byKind[k], folds, next)]));
    for (let f = 0; f < folds; f += 1) {
      const training = (k: ClaimKind) => byKind[k].filter((_, i) => foldOf[k]?.[i] !== f);
      const pooled = perKind ? undefined : fitCalibration(claimKinds.flatMap(training));
      for (const kind of claimKinds) {
        const coefficients = pooled ?? fitCalibration(training(kind));
        byKind[kind].forEach((p, i) => {
          const sum = sums[kind];
          if (foldOf[kind]?.[i] === f && sum)
            sum[i] = (sum[i] ?? 0) + calibratedScore(p.signals, coefficients);
        });
      }
    }
  }
  return Object.fromEntries(
    claimKinds.map((k) => [
      k,
      byKind[k].map(({ signals: _, ...p }, i) => ({ ...p, score: (sums[k]?.[i] ?? 0) / repeats })),
    ]),
  ) as Record<ClaimKind, PairScore[]>;
}

/** The threshold from 0.2 to 0.8 (steps of 0.05) with the best F1 over the scored pairs. */
export function bestThreshold(scored: readonly PairScore[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 4; step <= 16; step += 1) {
    const threshold = step / 20;
    const f1 = f1Of(quality(scored, threshold));
    if (f1 > best.f1 + 1e-9) best = { threshold, f1 };
  }
  return best.threshold;
}
