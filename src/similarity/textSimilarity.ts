import winkNLP, { type TokenItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * How alike two short claim texts are, from their words alone: each text becomes the stems of
 * its content words' lemmas (wink-nlp's English model: stop words dropped, "organisation" and
 * "organizations" one lemma, "operational" and "operations" one stem), weighted by TF-IDF over
 * the texts compared with it, and two texts score the cosine of their vectors (0 to 1).
 * Everything runs offline from the model package; nothing is tuned to particular articles.
 */

const nlp = winkNLP(model);
// wink-nlp declares `its.lemma` and `its.stem` in the shape of its internal helpers, which its own
// `out()` then refuses (winkjs/wink-nlp#136): this adds the shape `out()` calls them with.
declare module 'wink-nlp' {
  interface ItsHelpers {
    stem(index: number, token: unknown, cache: unknown, addons: ModelAddons): string;
    lemma(index: number, token: unknown, cache: unknown, addons: ModelAddons): string;
  }
}

/** The token helpers used here, as the plain functions handed to `out()` that they are. */
interface TokenHelpers {
  type: TokenItsFunction<string>;
  pos: TokenItsFunction<string>;
  stopWordFlag: TokenItsFunction<boolean>;
  lemma: TokenItsFunction<string>;
  stem: TokenItsFunction<string>;
}
const its: TokenHelpers = nlp.its;

/**
 * The terms of a text: stems of the lemmas of its words that are not stop words, and its numbers.
 * The stop word list holds the number words ("one", "two"), yet in a characteristic the number is
 * often what it says ("plans for five years" against "plans for one to two years").
 */
export function termsOf(text: string): string[] {
  const tokens = nlp.readDoc(text).tokens();
  const lemmas = tokens
    .filter((t) =>
      t.out(its.pos) === 'NUM'
        ? ['word', 'number'].includes(t.out(its.type))
        : t.out(its.type) === 'word' && !t.out(its.stopWordFlag),
    )
    .out(its.lemma)
    .map((lemma) => lemma.toLowerCase())
    .filter((lemma) => (/^[a-z]/.test(lemma) ? lemma.length > 1 : /^[0-9]/.test(lemma)));
  if (lemmas.length === 0) return [];
  // Lemmas first, so British and American spellings meet, then their stems, so an adjective
  // and its noun ("operational", "operation") do.
  return nlp
    .readDoc(lemmas.join(' '))
    .tokens()
    .filter((t) => ['word', 'number'].includes(t.out(its.type)))
    .out(its.stem);
}

export type TermVector = ReadonlyMap<string, number>;

/**
 * TF-IDF over a collection of texts (the claims of one kind in the graph). Inverse document
 * frequency is smoothed, ln((1 + n) / (1 + df)) + 1, so a term every text has still counts a little
 * and a term no text of the collection has (a text scored against it) counts the most.
 */
export class TermWeights {
  private readonly documentFrequency = new Map<string, number>();
  private readonly size: number;

  constructor(documents: Iterable<readonly string[]>) {
    let size = 0;
    for (const terms of documents) {
      size += 1;
      for (const term of new Set(terms))
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.size = size;
  }

  idf(term: string): number {
    return Math.log((1 + this.size) / (1 + (this.documentFrequency.get(term) ?? 0))) + 1;
  }

  /** The text's unit-length TF-IDF vector (empty for a text without content words). */
  vector(terms: readonly string[]): TermVector {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weighted = [...counts].map(([term, count]) => [term, count * this.idf(term)] as const);
    const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
    return new Map(norm === 0 ? [] : weighted.map(([term, w]) => [term, w / norm]));
  }
}

/** Cosine of two unit vectors, rounded to 3 decimals so stored scores compare stably. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return Math.round(Math.min(1, dot) * 1000) / 1000;
}

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

// Terms by text: a load compares its claims with every claim of their kind, most of them read
// before, so their terms are kept rather than parsed again on every write.
const termCache = new Map<string, string[]>();
const termCacheSize = 200_000;

function cachedTerms(text: string): string[] {
  let terms = termCache.get(text);
  if (!terms) {
    if (termCache.size >= termCacheSize) termCache.clear();
    terms = termsOf(text);
    termCache.set(text, terms);
  }
  return terms;
}

/**
 * Pairs of a `changed` text with any text of `all` (changed ones included) in the same group
 * whose score reaches `floor`, at most `perText` best for each changed text; the weights come
 * from all of `all`, so a claim's words count by how rare they are among the claims of its kind.
 * Only texts sharing a term with a changed one are scored (any other scores 0).
 */
export function similarPairs(
  all: readonly ComparedText[],
  changed: ReadonlySet<string>,
  floor: number,
  perText = Number.POSITIVE_INFINITY,
): ScoredPair[] {
  const terms = new Map(all.map((t) => [t.id, cachedTerms(t.text)]));
  const weights = new TermWeights(terms.values());
  const vectors = new Map(all.map((t) => [t.id, weights.vector(terms.get(t.id) ?? [])]));
  const postings = new Map<string, ComparedText[]>();
  for (const t of all) {
    for (const term of vectors.get(t.id)?.keys() ?? []) {
      const key = `${t.group}|${term}`;
      const list = postings.get(key);
      if (list) list.push(t);
      else postings.set(key, [t]);
    }
  }
  const pairs = new Map<string, ScoredPair>();
  for (const a of all) {
    if (!changed.has(a.id)) continue;
    const va = vectors.get(a.id);
    if (!va) continue;
    const candidates = new Map<string, ComparedText>();
    for (const term of va.keys())
      for (const b of postings.get(`${a.group}|${term}`) ?? []) if (b.id !== a.id) candidates.set(b.id, b);
    const found: ScoredPair[] = [];
    for (const b of candidates.values()) {
      const score = cosine(va, vectors.get(b.id) ?? new Map<string, number>());
      if (score < floor) continue;
      const [from, to] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      found.push({ from, to, score });
    }
    found.sort((x, y) => y.score - x.score || x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
    for (const pair of found.slice(0, perText)) pairs.set(`${pair.from}|${pair.to}`, pair);
  }
  return [...pairs.values()];
}
