import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kebabCase } from '../../src/textMatching.ts';
import { SeededRandom } from '../synthetic/random.ts';
import {
  bylines,
  columns,
  conclusions,
  dimensions,
  furnitureEndings,
  responsibilities,
  roles,
  skills,
  subtitles,
  tiers,
  type Level,
  type TierWords,
} from './vocabulary.ts';

/**
 * Deterministic "A vs B" articles of the shape of the real ones (a column line sometimes, the
 * title, headings such as "What Is A?", bullets "  • ...", numbered lists, "A: ... / B: ..."
 * dimension bullets, a table flattened to tabs, scraping noise, page furniture at the end), built
 * from the word lists with a seeded generator: the same count and seed give the same files on
 * every machine, and the first n of a longer run are the n of a shorter one.
 */

export interface GeneratedArticle {
  /** Position in the generated set; with the seed, all the text depends on. */
  index: number;
  /** Kebab-case, unique in the set: the file is `<slug>.txt`. */
  slug: string;
  text: string;
}

export const defaultSeed = 20_251_101;

/** One independent stream per article (and per revision), so article i does not depend on the others. */
function streamFor(seed: number, index: number, salt = 0): SeededRandom {
  return new SeededRandom(
    (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77) ^ Math.imul(salt, 0xc2b2ae3d)) >>> 0,
  );
}

const collective = /(Management|Leadership|Team|Board|Committee|Suite|Board of Directors)$/;
const isCollective = (tier: TierWords) => collective.test(tier.name);
const verb = (tier: TierWords) => (isCollective(tier) ? 'is' : 'are');
const pronoun = (tier: TierWords) => (isCollective(tier) ? 'It' : 'They');
/** The name inside a sentence: "middle management", "the board of directors", "C-suite". */
function inSentence(tier: TierWords): string {
  const lower = tier.name.replace(/\b[A-Z][a-z]+/g, (word) => word.toLowerCase());
  return /^(Board|Executive Team|Management Board|Executive Committee|C-Suite)/.test(tier.name)
    ? `the ${lower}`
    : lower;
}
const answersFor: Record<Level, (tier: TierWords) => string> = {
  top: () => 'the whole company',
  middle: (tier) => (isCollective(tier) ? 'its units' : 'their units'),
  lower: (tier) => (isCollective(tier) ? 'its teams' : 'their teams'),
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const uncapitalised = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function distinct<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(...pool.splice(Math.floor(random.next() * pool.length), 1));
  return picked;
}

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The two tiers an article compares. */
function pair(random: SeededRandom): [TierWords, TierWords] {
  const first = random.pick(tiers);
  const second = random.pick(tiers.filter((t) => t !== first));
  return [first, second];
}

function tierSection(random: SeededRandom, tier: TierWords, blocks: string[]): void {
  const name = inSentence(tier);
  blocks.push(
    random.pick([
      isCollective(tier) ? `What Is ${tier.name}?` : `Who Are ${tier.name}?`,
      `Role Of ${tier.name}`,
      `The ${tier.name}`,
    ]),
  );
  const tierRoles = distinct(random, roles[tier.level], random.int(2, 4));
  blocks.push(
    `${capitalised(name)} ${verb(tier)} ${tier.gist}. ${pronoun(tier)} ${isCollective(tier) ? 'includes' : 'include'} ${listed(tierRoles)}.` +
      (random.chance(0.5)
        ? ` ${pronoun(tier)} ${isCollective(tier) ? 'answers' : 'answer'} for the results of ${answersFor[tier.level](tier)}.`
        : ''),
  );

  const items = distinct(random, responsibilities[tier.level], random.int(3, 6));
  const form = random.int(0, 2);
  if (form === 0) {
    blocks.push(
      random.pick([
        `Responsibilities of ${tier.name}`,
        `Functions of ${tier.name}`,
        `Key Responsibilities of ${tier.name}`,
      ]),
    );
    if (random.chance(0.5)) blocks.push(`The key responsibilities of ${name} include:`);
    const bullets = items.map((item) => `  • ${item}.`);
    // Scraping noise seen in the sources: a bullet glued to its own repetition by a stray "o".
    if (random.chance(0.15) && items[0]) bullets[0] = `  • ${items[0]}. o ${items[0]}.`;
    blocks.push(bullets.join('\n'));
  } else if (form === 1) {
    blocks.push(`The main responsibilities of ${name} are:`);
    blocks.push(items.map((item, i) => `${i + 1}. ${item}.`).join('\n'));
  } else {
    blocks.push(`${capitalised(name)} ${verb(tier)} responsible for ${listed(items.map(uncapitalised))}.`);
  }

  const tierSkills = distinct(random, skills[tier.level], random.int(3, 4));
  if (random.chance(0.5)) {
    blocks.push(`Key skills: ${tierSkills.map(uncapitalised).join('; ')}.`);
  } else {
    blocks.push(
      random.pick([
        `Skills ${tier.name} Need`,
        `Skills and Qualifications of ${tier.name}`,
        `What Makes ${tier.name} Good?`,
      ]),
    );
    blocks.push(tierSkills.map((skill) => `  • ${skill}`).join('\n'));
  }
}

/** The text of article `index` of the set generated with `seed`; `revision` > 0 edits its introduction. */
export function articleText(index: number, seed = defaultSeed, revision = 0): string {
  const random = streamFor(seed, index);
  const [a, b] = pair(random);
  const blocks: string[] = [];
  const title = `${a.name} ${random.chance(0.3) ? 'vs.' : 'vs'} ${b.name}: ${random.pick(subtitles)}`;
  if (random.chance(0.2)) blocks.push(`Home » ${random.pick(columns)} » ${a.name} vs ${b.name}`);
  if (random.chance(0.4)) blocks.push(random.pick(columns));
  blocks.push(title);
  if (random.chance(0.5)) blocks.push(random.pick(bylines));
  let intro =
    `People often confuse ${inSentence(a)} and ${inSentence(b)}. ` +
    `Both have a part in running the organisation, yet their work, their authority and the skills they need are not the same. ` +
    random.pick([
      'This article explains the difference.',
      'Here is what sets them apart.',
      'Knowing who does what helps new managers find their way.',
    ]);
  if (revision > 0) {
    const edit = streamFor(seed, index, revision);
    intro += ` Revised in edition ${revision}: ${edit.pick(['a note on hybrid teams', 'examples from retail', 'a section on remote work', 'figures from a recent survey'])} was added.`;
  }
  blocks.push(intro);

  tierSection(random, a, blocks);
  tierSection(random, b, blocks);

  blocks.push(
    random.pick([
      `${a.name} vs ${b.name}: Key Differences`,
      `${a.name} vs ${b.name} at a Glance`,
      'The Main Differences',
    ]),
  );
  if (random.chance(0.5))
    blocks.push(
      `Although ${inSentence(a)} and ${inSentence(b)} work towards the same goals, they differ in several ways.`,
    );
  const compared = distinct(random, dimensions, random.int(2, 4));
  for (const dimension of compared) {
    blocks.push(dimension.name);
    if (random.chance(0.4)) blocks.push(dimension.intro);
    blocks.push(
      [
        `  • ${a.name}: ${dimension.byLevel[a.level][0]}`,
        `  • ${b.name}: ${dimension.byLevel[b.level][a.level === b.level ? 1 : 0]}`,
      ].join('\n'),
    );
  }
  if (random.chance(0.3)) {
    const rows = distinct(random, dimensions, 3).map(
      (d) =>
        `${d.name}\t${d.byLevel[a.level][1].replace(/\.$/, '')}\t${d.byLevel[b.level][0].replace(/\.$/, '')}`,
    );
    blocks.push([`Aspect\t${a.name}\t${b.name}`, ...rows].join('\n'));
  }

  blocks.push(random.pick(conclusions));
  const conclusion = `An organisation needs both: ${inSentence(a)} to ${a.level === 'top' ? 'set the direction' : 'plan and coordinate the work'}, and ${inSentence(b)} to ${b.level === 'lower' ? 'get the work done well every day' : a.level === 'top' ? 'turn that direction into results' : 'deliver the results'}.`;
  blocks.push(conclusion);
  // Scraping noise: the last paragraph printed twice.
  if (random.chance(0.2)) blocks.push(conclusion);
  blocks.push(...random.pick(furnitureEndings));
  return `${blocks.join('\n\n')}\n`;
}

function slugOf(index: number, seed: number): string {
  const [a, b] = pair(streamFor(seed, index));
  return kebabCase(`${a.name} vs ${b.name}`);
}

/** `count` articles; a pair of tiers drawn twice gets `-2`, `-3`, ... on its slug. */
export function generateArticles(count: number, seed = defaultSeed): GeneratedArticle[] {
  const seen = new Map<string, number>();
  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = slugOf(index, seed);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    articles.push({ index, slug: n === 1 ? base : `${base}-${n}`, text: articleText(index, seed) });
  }
  return articles;
}

/** Writes the articles as `<dir>/<slug>.txt` and returns them. */
export function writeArticles(dir: string, count: number, seed = defaultSeed): GeneratedArticle[] {
  mkdirSync(dir, { recursive: true });
  const articles = generateArticles(count, seed);
  for (const article of articles) writeFileSync(join(dir, `${article.slug}.txt`), article.text);
  return articles;
}

/** Rewrites an article's file with its introduction edited (`revision` > 0): a changed version. */
export function reviseArticle(
  dir: string,
  article: GeneratedArticle,
  revision: number,
  seed = defaultSeed,
): void {
  writeFileSync(join(dir, `${article.slug}.txt`), articleText(article.index, seed, revision));
}
