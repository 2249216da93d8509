import { semanticLabels } from '../data/model.ts';
import type { GraphPlan } from './plan/graphPlan.ts';
import type { ParsedArticle } from './parse/parseArticle.ts';

/**
 * The writing systems of names, from the Unicode Script property: a name that mixes scripts
 * ("Сhief executive" with a Cyrillic С) or is written in another script than its article ("СЕО"
 * in an English article) is most likely a look-alike of a name in the article's own script, and
 * would become an entity apart from the one it imitates; the loader warns of it.
 */
const scripts = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Ethiopic',
  'Hangul',
  'Han',
  'Hiragana',
  'Katakana',
] as const;
const patterns = scripts.map((script) => ({ script, pattern: new RegExp(`\\p{Script=${script}}`, 'u') }));
// Japanese writes Han and kana together, Korean Hangul with Han: one writing system each.
const sameSystem: Record<string, string> = { Hiragana: 'Han', Katakana: 'Han', Hangul: 'Han' };

function scriptOf(letter: string): string {
  const script = patterns.find(({ pattern }) => pattern.test(letter))?.script ?? 'another script';
  return sameSystem[script] ?? script;
}

/** The letters of a text by writing system. */
function lettersByScript(text: string): Map<string, string[]> {
  const byScript = new Map<string, string[]>();
  for (const letter of text.match(/\p{L}/gu) ?? []) {
    const script = scriptOf(letter);
    byScript.set(script, [...(byScript.get(script) ?? []), letter]);
  }
  return byScript;
}

/**
 * Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables for a single Latin
 * letter): a name spelled with these alone reads as Latin ("СЕО"), while one with any other
 * letter of its script ("Правление") is plainly written in that script.
 */
const latinLookAlikes = new Set('АВЕКМНОРСТХУЅІЈҮҺԚԜаеорсухіјѕԁԛԝүһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν');

/** The script most of an article's statements are written in. */
export function mainScript(article: Pick<ParsedArticle, 'statements'>): string | null {
  const counts = lettersByScript(article.statements.map((s) => s.normalized).join(' '));
  const [first] = [...counts].sort((a, b) => b[1].length - a[1].length);
  return first?.[0] ?? null;
}

/** What is suspicious about a name's letters, or null. */
export function nameScriptWarning(name: string, articleScript: string | null): string | null {
  const byScript = lettersByScript(name);
  if (byScript.size > 1) {
    const [main, ...others] = [...byScript].sort((a, b) => b[1].length - a[1].length);
    const strays = others.map(([script, letters]) => `${script} ${[...new Set(letters)].join(' ')}`);
    return `the name "${name}" mixes ${main?.[0] ?? ''} letters with ${strays.join(', ')}: look-alike letters of another script?`;
  }
  const [only] = byScript.keys();
  const lookAlike = [...(byScript.get(only ?? '') ?? [])].every((letter) => latinLookAlikes.has(letter));
  if (only !== undefined && articleScript === 'Latin' && only !== 'Latin' && lookAlike)
    return `the name "${name}" is written in ${only} letters that look like Latin ones, in an article written in Latin: a look-alike of a Latin name?`;
  return null;
}

/** Warnings for the names of the entities an article's plan writes, each name once. */
export function planNameWarnings(plan: GraphPlan, article: Pick<ParsedArticle, 'statements'>): string[] {
  const script = mainScript(article);
  const labels: readonly string[] = semanticLabels;
  const names = new Set(
    plan.nodes.flatMap((node) =>
      labels.includes(node.label) && typeof node.props['name'] === 'string' ? [node.props['name']] : [],
    ),
  );
  return [...names].flatMap((name) => nameScriptWarning(name, script) ?? []);
}
