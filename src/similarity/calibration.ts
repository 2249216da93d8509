/**
 * How the signals of a pair combine into the score: a logistic regression per kind of claim,
 * fitted on the judged pairs (tests/fixtures/similarity/gold-pairs.yaml) by
 * `npm run eval:similarity -- --calibrate`, which prints this table and the cross-validated
 * figures of docs/similarity.md. The score is the modelled probability that two claims mean the
 * same, so one threshold reads alike for every kind.
 */

/** The signals of a pair, each 0 to 1. */
export interface PairSignals {
  /** Cosine of the two sentence embeddings (sentenceModel.ts), below 0 read as 0. */
  meaning: number;
  /** TF-IDF cosine of their content words (terms.ts). */
  words: number;
  /** 1 when both state a scale of one sort (numbers, extent, time horizon) and they differ (scale.ts). */
  scaleDiffers: number;
}

export const signalNames = [
  'meaning',
  'words',
  'scaleDiffers',
] as const satisfies readonly (keyof PairSignals)[];

export interface Coefficients {
  intercept: number;
  meaning: number;
  words: number;
  scaleDiffers: number;
}

export const calibratedKinds = ['Responsibility', 'Skill', 'Characteristic'] as const;
export type CalibratedKind = (typeof calibratedKinds)[number];

/**
 * One fit for all kinds: fitted per kind, the held-out figures were worse (area under the
 * precision-recall curve 0.54 against 0.59) with three times the parameters. Word overlap fitted a
 * negative weight and is held at 0 (seed/eval/similarityCalibration.ts says why).
 */
const allKinds: Coefficients = { intercept: -1.879, meaning: 3.286, words: 0, scaleDiffers: -2.578 };

export const calibration: Readonly<Record<CalibratedKind, Coefficients>> = {
  Responsibility: allKinds,
  Skill: allKinds,
  Characteristic: allKinds,
};

/** The probability that a pair with these signals means the same, rounded to 3 decimals. */
export function calibratedScore(signals: PairSignals, c: Coefficients): number {
  const z =
    c.intercept +
    c.meaning * signals.meaning +
    c.words * signals.words +
    c.scaleDiffers * signals.scaleDiffers;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
