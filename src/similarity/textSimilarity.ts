import {
  calibratedScore,
  calibration,
  type CalibratedKind,
  type Coefficients,
  type PairSignals,
} from './calibration.ts';
import { embedTexts, embeddingCosine } from './sentenceModel.ts';
import { scaleOf, scalesDiffer, type Scale } from './scale.ts';
import { cosine, TermWeights, termsOf, type TermVector } from './terms.ts';

export { cosine, TermWeights, termsOf, type TermVector } from './terms.ts';
export { scaleOf, scalesDiffer } from './scale.ts';

/**
 * How alike two claim texts are in meaning, the one score the graph stores (`SIMILAR_TO`) and
 * analytics read: a sentence embedding's cosine (what the texts say, whatever their words),
 * the TF-IDF cosine of their content words, and whether they state different scales (scale.ts), combined
 * by a logistic regression per kind fitted on judged pairs (calibration.ts). The score is the
 * modelled probability that the two mean the same (docs/similarity.md).
 */

/** A text to compare, with the group it is compared within (characteristics: their dimension). */
export interface ComparedText {
  id: string;
  text: string;
  group: string;
}

export interface ScoredPair {
  /** The two ids in ascending order: one pair, one relationship, whichever end changed. */
  from: string;
  to: string;
  score: number;
}

// Per text, what does not depend on the texts it is compared with: a load compares its claims
// with every claim of their kind, most of them read before, so these are kept rather than
// computed again on every write.
interface TextFeatures {
  terms: string[];
  scale: Scale;
  embedding: Float32Array;
}
const featureCache = new Map<string, TextFeatures>();
const featureCacheSize = 100_000;

async function featuresOf(texts: readonly string[]): Promise<Map<string, TextFeatures>> {
  const missing = [...new Set(texts.filter((t) => !featureCache.has(t)))];
  if (featureCache.size + missing.length > featureCacheSize) featureCache.clear();
  const embeddings = await embedTexts(missing);
  missing.forEach((text, i) => {
    const embedding = embeddings[i];
    if (embedding) featureCache.set(text, { terms: termsOf(text), scale: scaleOf(text), embedding });
  });
  const result = new Map<string, TextFeatures>();
  for (const text of texts) {
    const features = featureCache.get(text) ?? (await featuresOf([text])).get(text);
    if (features) result.set(text, features);
  }
  return result;
}

interface Prepared {
  text: ComparedText;
  features: TextFeatures;
  vector: TermVector;
}

/** The signals of two prepared texts (calibration.ts). */
function signalsOf(a: Prepared, b: Prepared): PairSignals {
  return {
    meaning: Math.max(0, embeddingCosine(a.features.embedding, b.features.embedding)),
    words: cosine(a.vector, b.vector),
    scaleDiffers: scalesDiffer(a.features.scale, b.features.scale),
  };
}

async function prepare(all: readonly ComparedText[]): Promise<Map<string, Prepared[]>> {
  const features = await featuresOf(all.map((t) => t.text));
  const weights = new TermWeights(all.map((t) => features.get(t.text)?.terms ?? []));
  const groups = new Map<string, Prepared[]>();
  for (const text of all) {
    const f = features.get(text.text);
    if (!f) continue;
    const prepared = { text, features: f, vector: weights.vector(f.terms) };
    const group = groups.get(text.group);
    if (group) group.push(prepared);
    else groups.set(text.group, [prepared]);
  }
  return groups;
}

/**
 * The least meaning signal with which a pair can score `floor`, the other signals at their most
 * favourable (each is 0 to 1); -Infinity when meaning does not raise the score.
 */
function leastMeaning(c: Coefficients, floor: number): number {
  if (c.meaning <= 0 || floor <= 0 || floor >= 1) return Number.NEGATIVE_INFINITY;
  const logit = Math.log(floor / (1 - floor));
  // A score is rounded to 3 decimals, so a pair just under the floor may round up to it.
  return (logit - 0.01 - c.intercept - Math.max(0, c.words) - Math.max(0, c.scaleDiffers)) / c.meaning;
}

/** The pairs of one text, best first: the order in which the best few of a text are kept. */
export type PairsOf = (id: string) => readonly ScoredPair[];

const byRank = (x: ScoredPair, y: ScoredPair): number =>
  y.score - x.score || x.from.localeCompare(y.from) || x.to.localeCompare(y.to);

/**
 * For any text of `all`, its pairs with the other texts of its group whose score reaches `floor`,
 * best first (an id not in `all` has none); each text's pairs are scored once, when first asked
 * for. `kind` chooses the calibration (the label of the claims compared); the word weights come
 * from all of `all`, so a claim's words count by how rare they are among the claims of its kind.
 */
export async function pairsOfTexts(
  all: readonly ComparedText[],
  floor: number,
  kind: CalibratedKind = 'Responsibility',
): Promise<PairsOf> {
  const groups = await prepare(all);
  const byId = new Map(
    [...groups.values()].flatMap((group) => group.map((p) => [p.text.id, { p, group }] as const)),
  );
  const coefficients = calibration[kind];
  const least = leastMeaning(coefficients, floor);
  const known = new Map<string, ScoredPair[]>();
  const score = (a: Prepared, group: readonly Prepared[]): ScoredPair[] => {
    const found: ScoredPair[] = [];
    for (const b of group) {
      if (b.text.id === a.text.id) continue;
      // Most pairs of a kind are far apart: one dot product tells they cannot reach the floor.
      const meaning = embeddingCosine(a.features.embedding, b.features.embedding);
      if (meaning < least) continue;
      const signals: PairSignals = {
        meaning: Math.max(0, meaning),
        // Skipped where it weighs nothing: the word cosine is most of a pair's time.
        words: coefficients.words === 0 ? 0 : cosine(a.vector, b.vector),
        scaleDiffers: scalesDiffer(a.features.scale, b.features.scale),
      };
      const value = calibratedScore(signals, coefficients);
      if (value < floor) continue;
      const [from, to] = a.text.id < b.text.id ? [a.text.id, b.text.id] : [b.text.id, a.text.id];
      found.push({ from, to, score: value });
    }
    return found.sort(byRank);
  };
  return (id) => {
    const entry = byId.get(id);
    if (!entry) return [];
    let pairs = known.get(id);
    if (!pairs) {
      pairs = score(entry.p, entry.group);
      known.set(id, pairs);
    }
    return pairs;
  };
}

/**
 * Pairs of a `changed` text with any text of `all` (changed ones included) in the same group
 * whose score reaches `floor`, at most `perText` best for each changed text (pairsOfTexts).
 */
export async function similarPairs(
  all: readonly ComparedText[],
  changed: ReadonlySet<string>,
  floor: number,
  perText = Number.POSITIVE_INFINITY,
  kind: CalibratedKind = 'Responsibility',
): Promise<ScoredPair[]> {
  const pairsOf = await pairsOfTexts(all, floor, kind);
  const pairs = new Map<string, ScoredPair>();
  for (const text of all) {
    if (!changed.has(text.id)) continue;
    for (const pair of pairsOf(text.id).slice(0, perText)) pairs.set(`${pair.from}|${pair.to}`, pair);
  }
  return [...pairs.values()];
}

/** The signals of each pair of texts (for calibration and evaluation), TF-IDF learned from `corpus`. */
export async function pairSignals(
  corpus: readonly ComparedText[],
  pairs: readonly (readonly [ComparedText, ComparedText])[],
): Promise<PairSignals[]> {
  const groups = await prepare([...corpus, ...pairs.flat()]);
  const byId = new Map([...groups.values()].flat().map((p) => [p.text.id, p] as const));
  return pairs.map(([a, b]) => {
    const pa = byId.get(a.id);
    const pb = byId.get(b.id);
    if (!pa || !pb) throw new Error(`pair ${a.id} / ${b.id} was not prepared`);
    return signalsOf(pa, pb);
  });
}
