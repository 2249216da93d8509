/**
 * Scoring of extracted knowledge against gold answers, by the rules the project's reviewers use
 * (the scorer that reads the public API): wording is matched leniently (case, punctuation,
 * plurals, stop words, acronyms such as CEO), meaning strictly (one extracted item matches at most
 * one gold item; claims are scored per tier, so a role in the wrong tier is wrong).
 */

export const claimKinds = [
  'tiers',
  'roles',
  'responsibilities',
  'skills',
  'dimensions',
  'characteristics',
] as const;
export const scoredKinds = ['title', ...claimKinds, 'furniture'] as const;
export type ScoredKind = (typeof scoredKinds)[number];

export interface Counts {
  tp: number;
  got: number;
  want: number;
}

export interface Gold {
  title: string;
  column: string | null;
  tiers: {
    name: string;
    aliases?: string[];
    roles?: string[];
    responsibilities?: string[];
    skills?: string[];
  }[];
  dimensions: string[];
  characteristics: { tier: string; dimension: string; text: string }[];
  furniture: string[];
}

/** What the API answers for one source, in the shape the scorer reads. */
export interface Answer {
  title: string | null;
  dimensions: string[];
  tiers: {
    name: string;
    roles: string[];
    responsibilities: string[];
    skills: string[];
    characteristics: { dimension: string; summary: string; evidence: string[] }[];
  }[];
  /** Whether a line of page furniture is searchable text of this source. */
  leaked: (line: string) => boolean;
}

const stop = new Set(
  'a an the of and or to for in on at by with their its his her our your this that these those as is are be who which'.split(
    ' ',
  ),
);
export const norm = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const stem = (t: string) =>
  t.length > 4 && t.endsWith('men')
    ? `${t.slice(0, -3)}man`
    : t.length > 3 && t.endsWith('ies')
      ? `${t.slice(0, -3)}y`
      : t.length > 3 && t.endsWith('s') && !t.endsWith('ss')
        ? t.slice(0, -1)
        : t;
const tokens = (s: string) =>
  norm(s)
    .split(' ')
    .filter((t) => t && !stop.has(t))
    .map(stem);
const initials = (s: string) =>
  norm(s)
    .split(' ')
    .filter((t) => t && !stop.has(t))
    .map((t) => t[0])
    .join('');

/** Same words mostly, or the shorter said again with a little more, or one is the other's acronym. */
export function similar(a: string, b: string): boolean {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  if (!A.size || !B.size) return false;
  const na = norm(a).replace(/ /g, '');
  const nb = norm(b).replace(/ /g, '');
  if (na === nb) return true;
  if (initials(a).length > 1 && initials(a) === nb) return true;
  if (initials(b).length > 1 && initials(b) === na) return true;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter += 1;
  const big = Math.max(A.size, B.size);
  const small = Math.min(A.size, B.size);
  return inter / big >= 0.6 || (inter / small >= 0.9 && inter / big >= 0.4);
}

function matchSets(got: readonly string[], want: readonly string[]): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of got) {
    const i = want.findIndex((w, k) => !used.has(k) && similar(g, w));
    if (i >= 0) {
      used.add(i);
      tp += 1;
    }
  }
  return { tp, got: got.length, want: want.length };
}

export type Score = Record<ScoredKind, Counts>;

export const emptyScore = (): Score =>
  Object.fromEntries(scoredKinds.map((k) => [k, { tp: 0, got: 0, want: 0 }])) as Score;

export function addInto(total: Score, score: Score): void {
  for (const k of scoredKinds) for (const f of ['tp', 'got', 'want'] as const) total[k][f] += score[k][f];
}

/** One article's answer against its gold file. */
export function scoreArticle(gold: Gold, answer: Answer): Score {
  const score = emptyScore();
  const add = (k: ScoredKind, m: Counts) => {
    for (const f of ['tp', 'got', 'want'] as const) score[k][f] += m[f];
  };
  const title = answer.title;
  add('title', {
    tp:
      title !== null && similar(title, gold.title) && norm(title).length <= norm(gold.title).length + 3
        ? 1
        : 0,
    got: title === null ? 0 : 1,
    want: 1,
  });
  const pairs: [Answer['tiers'][number], Gold['tiers'][number] | null][] = [];
  const usedGold = new Set<number>();
  for (const t of answer.tiers) {
    const i = gold.tiers.findIndex(
      (g, k) => !usedGold.has(k) && [g.name, ...(g.aliases ?? [])].some((n) => similar(t.name, n)),
    );
    if (i >= 0) usedGold.add(i);
    pairs.push([t, i >= 0 ? gold.tiers[i]! : null]);
  }
  add('tiers', { tp: pairs.filter(([, g]) => g).length, got: answer.tiers.length, want: gold.tiers.length });
  for (const k of ['roles', 'responsibilities', 'skills'] as const) {
    for (const [t, g] of pairs)
      add(k, g ? matchSets(t[k], g[k] ?? []) : { tp: 0, got: t[k].length, want: 0 });
    gold.tiers.forEach((g, i) => {
      if (!usedGold.has(i)) add(k, { tp: 0, got: 0, want: (g[k] ?? []).length });
    });
  }
  add('dimensions', matchSets(answer.dimensions, gold.dimensions));
  let chGot = 0;
  const chUsed = new Set<number>();
  for (const [t, g] of pairs) {
    for (const c of t.characteristics) {
      chGot += 1;
      if (!g) continue;
      const i = gold.characteristics.findIndex(
        (w, k) =>
          !chUsed.has(k) &&
          similar(w.tier, g.name) &&
          similar(c.dimension, w.dimension) &&
          [c.summary, ...c.evidence].some((x) => norm(x).includes(norm(w.text)) || similar(x, w.text)),
      );
      if (i >= 0) chUsed.add(i);
    }
  }
  add('characteristics', { tp: chUsed.size, got: chGot, want: gold.characteristics.length });
  const clean = gold.furniture.filter((line) => !answer.leaked(line)).length;
  add('furniture', { tp: clean, got: gold.furniture.length, want: gold.furniture.length });
  return score;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

export function figures({ tp, got, want }: Counts): Figures {
  const precision = got ? tp / got : want ? 0 : 1;
  const recall = want ? tp / want : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Micro-average over the claim kinds (title and furniture are reported apart). */
export function claimsMicro(score: Score): Counts {
  return claimKinds.reduce(
    (s, k) => ({ tp: s.tp + score[k].tp, got: s.got + score[k].got, want: s.want + score[k].want }),
    { tp: 0, got: 0, want: 0 },
  );
}
