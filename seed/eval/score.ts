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
  'role responsibilities',
  'role skills',
  'reports to',
] as const;
/** Claims an article makes about a role itself; scored only where the gold lists `roles`. */
export const roleKinds = ['role responsibilities', 'role skills', 'reports to'] as const;
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
  /** What the article says of roles themselves; absent where the gold does not score it. */
  roles?: GoldRole[];
}

export interface GoldRole {
  name: string;
  aliases?: string[];
  responsibilities?: string[];
  skills?: string[];
  reportsTo?: string[];
}

/** A role as the API answers it, with its own claims and the names of its managers. */
export interface AnswerRole {
  name: string;
  aliases: string[];
  responsibilities: string[];
  skills: string[];
  reportsTo: string[][];
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
  /** Roles the source makes any claim about (roles(filter: { source })). */
  roles: AnswerRole[];
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

function overlap(a: string, b: string): { inter: number; big: number; small: number } {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  let inter = 0;
  for (const t of A) if (B.has(t)) inter += 1;
  return { inter, big: Math.max(A.size, B.size), small: Math.min(A.size, B.size) };
}

const squashed = (s: string) => norm(s).replace(/ /g, '');

/** The same words, in any order, plural or singular. */
export function sameWords(a: string, b: string): boolean {
  const na = squashed(a);
  const nb = squashed(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const { inter, big, small } = overlap(a, b);
  return small > 0 && inter === big;
}

/** The same item: the same words, or one is the other's acronym. */
export function exact(a: string, b: string): boolean {
  if (sameWords(a, b)) return true;
  return (
    (initials(a).length > 1 && initials(a) === squashed(b)) ||
    (initials(b).length > 1 && initials(b) === squashed(a))
  );
}

/** Same words mostly, or the shorter said again with a little more, or one is the other's acronym. */
export function similar(a: string, b: string): boolean {
  if (exact(a, b)) return true;
  const { inter, big, small } = overlap(a, b);
  if (!small) return false;
  return inter / big >= 0.6 || (inter / small >= 0.9 && inter / big >= 0.4);
}

/**
 * Names of roles and tiers: titles that differ in one word are different positions ("chief
 * operating officer" / "chief information officer"), so one name's words must all be in the other.
 */
export function sameName(a: string, b: string): boolean {
  if (exact(a, b)) return true;
  const { inter, big, small } = overlap(a, b);
  return small > 0 && inter === small && inter / big >= 0.5;
}

type Match = (a: string, b: string) => boolean;
type Names = string | readonly string[];
const alternatives = (x: Names): readonly string[] => (typeof x === 'string' ? [x] : x);

/**
 * Pairs each extracted item with at most one gold item: the same words first, then acronyms, then
 * the looser match, so a loose match never takes the gold item another extracted item names exactly.
 * An item may be a list of alternative names (a tier's name and aliases).
 */
export function pairUp(got: readonly Names[], want: readonly Names[], loose: Match): [number, number][] {
  const usedGot = new Set<number>();
  const usedWant = new Set<number>();
  const pairs: [number, number][] = [];
  for (const eq of [sameWords, exact, loose]) {
    got.forEach((g, i) => {
      if (usedGot.has(i)) return;
      const k = want.findIndex(
        (w, j) => !usedWant.has(j) && alternatives(g).some((a) => alternatives(w).some((b) => eq(a, b))),
      );
      if (k < 0) return;
      usedGot.add(i);
      usedWant.add(k);
      pairs.push([i, k]);
    });
  }
  return pairs;
}

function matchSets(got: readonly string[], want: readonly string[], loose: Match = similar): Counts {
  return { tp: pairUp(got, want, loose).length, got: got.length, want: want.length };
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
  const tierPairs = pairUp(
    answer.tiers.map((t) => t.name),
    gold.tiers.map((g) => [g.name, ...(g.aliases ?? [])]),
    sameName,
  );
  const usedGold = new Set(tierPairs.map(([, k]) => k));
  const pairs: [Answer['tiers'][number], Gold['tiers'][number] | null][] = answer.tiers.map((t, i) => {
    const k = tierPairs.find(([g]) => g === i)?.[1];
    return [t, k === undefined ? null : gold.tiers[k]!];
  });
  add('tiers', { tp: pairs.filter(([, g]) => g).length, got: answer.tiers.length, want: gold.tiers.length });
  for (const k of ['roles', 'responsibilities', 'skills'] as const) {
    for (const [t, g] of pairs)
      add(
        k,
        g
          ? matchSets(t[k], g[k] ?? [], k === 'roles' ? sameName : similar)
          : { tp: 0, got: t[k].length, want: 0 },
      );
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
          sameName(w.tier, g.name) &&
          similar(c.dimension, w.dimension) &&
          [c.summary, ...c.evidence].some((x) => norm(x).includes(norm(w.text)) || similar(x, w.text)),
      );
      if (i >= 0) chUsed.add(i);
    }
  }
  add('characteristics', { tp: chUsed.size, got: chGot, want: gold.characteristics.length });
  if (gold.roles) scoreRoles(gold.roles, answer.roles, add);
  const clean = gold.furniture.filter((line) => !answer.leaked(line)).length;
  add('furniture', { tp: clean, got: gold.furniture.length, want: gold.furniture.length });
  return score;
}

/**
 * Role claims, as the shared scorer does: roles paired by name or alias, then each role's own
 * responsibilities and skills, and its managers (any of whose names may match).
 */
function scoreRoles(
  gold: readonly GoldRole[],
  roles: readonly AnswerRole[],
  add: (k: ScoredKind, m: Counts) => void,
) {
  const names = (r: { name: string; aliases?: string[] }) => [r.name, ...(r.aliases ?? [])];
  const rolePairs = pairUp(roles.map(names), gold.map(names), sameName);
  const used = new Set(rolePairs.map(([, k]) => k));
  const got = {
    'role responsibilities': (r: AnswerRole): Names[] => r.responsibilities,
    'role skills': (r: AnswerRole): Names[] => r.skills,
    'reports to': (r: AnswerRole): Names[] => r.reportsTo,
  };
  const want = {
    'role responsibilities': (g: GoldRole) => g.responsibilities ?? [],
    'role skills': (g: GoldRole) => g.skills ?? [],
    'reports to': (g: GoldRole) => g.reportsTo ?? [],
  };
  for (const k of roleKinds) {
    roles.forEach((r, i) => {
      const items = got[k](r);
      const k2 = rolePairs.find(([g]) => g === i)?.[1];
      const g = k2 === undefined ? undefined : gold[k2];
      if (!g) return add(k, { tp: 0, got: items.length, want: 0 });
      const loose = k === 'reports to' ? sameName : similar;
      add(k, { tp: pairUp(items, want[k](g), loose).length, got: items.length, want: want[k](g).length });
    });
    gold.forEach((g, i) => {
      if (!used.has(i)) add(k, { tp: 0, got: 0, want: want[k](g).length });
    });
  }
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

/** Micro-average over the claims about roles themselves (their own duties, skills and reporting lines). */
export function roleClaimsMicro(score: Score): Counts {
  return roleKinds.reduce(
    (s, k) => ({ tp: s.tp + score[k].tp, got: s.got + score[k].got, want: s.want + score[k].want }),
    { tp: 0, got: 0, want: 0 },
  );
}

/** Micro-average over the claim kinds (title and furniture are reported apart). */
export function claimsMicro(score: Score): Counts {
  return claimKinds.reduce(
    (s, k) => ({ tp: s.tp + score[k].tp, got: s.got + score[k].got, want: s.want + score[k].want }),
    { tp: 0, got: 0, want: 0 },
  );
}
