/**
 * The scale a claim states: how many (its numbers), how much of something (one, several, the
 * whole) and over how long (days and weeks, months to a year, years). Two characteristics often
 * differ by their scale alone ("one kitchen" / "several kitchens", "one to two years" / "five
 * years or more", "this month's numbers" / "the next five years"), which a sentence embedding reads
 * as near, since every other word is shared. One of the signals of the similarity
 * (textSimilarity.ts).
 */

export interface Scale {
  /** The numbers stated, in words or digits ("one to three years": 1 and 3). */
  numbers: ReadonlySet<number>;
  /** How much of a thing: 1 one of it, 2 several, 3 all of it. */
  extent: ReadonlySet<number>;
  /** Over how long: 1 days or weeks, 2 months up to a year, 3 years and more. */
  horizon: ReadonlySet<number>;
}

const numberWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

const extentWords: Readonly<Record<string, number>> = {
  one: 1,
  single: 1,
  individual: 1,
  own: 1,
  small: 1,
  several: 2,
  multiple: 2,
  many: 2,
  various: 2,
  whole: 3,
  entire: 3,
  every: 3,
  all: 3,
};

const horizonWords: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  daily: 1,
  today: 1,
  'day-to-day': 1,
  week: 1,
  weeks: 1,
  weekly: 1,
  'short-term': 1,
  month: 2,
  months: 2,
  monthly: 2,
  quarter: 2,
  quarters: 2,
  quarterly: 2,
  year: 2,
  yearly: 2,
  annual: 2,
  'medium-term': 2,
  years: 3,
  decade: 3,
  decades: 3,
  'long-term': 3,
  'longer-term': 3,
};

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];

function valuesOf(words: readonly string[], table: Readonly<Record<string, number>>): Set<number> {
  return new Set(words.flatMap((w) => (Object.hasOwn(table, w) ? [table[w] ?? 0] : [])));
}

/** The scale a text states; a set is empty where it states none of that sort. */
export function scaleOf(text: string): Scale {
  const words = wordsOf(text);
  const digits = words.filter((w) => /^[0-9]+$/.test(w)).map(Number);
  return {
    numbers: new Set([...valuesOf(words, numberWords), ...digits]),
    extent: valuesOf(words, extentWords),
    horizon: valuesOf(words, horizonWords),
  };
}

const bothStated = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size > 0 && b.size > 0;
const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) =>
  a.size === b.size && [...a].every((x) => b.has(x));
const disjoint = (a: ReadonlySet<number>, b: ReadonlySet<number>) => ![...a].some((x) => b.has(x));

/**
 * 1 when both texts state a scale of one sort and they differ (other numbers; no extent or
 * horizon in common), else 0.
 */
export function scalesDiffer(a: Scale, b: Scale): number {
  if (bothStated(a.numbers, b.numbers) && !sameSet(a.numbers, b.numbers)) return 1;
  if (bothStated(a.extent, b.extent) && disjoint(a.extent, b.extent)) return 1;
  if (bothStated(a.horizon, b.horizon) && disjoint(a.horizon, b.horizon)) return 1;
  return 0;
}
