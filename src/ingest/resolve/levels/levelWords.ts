import pluralize from 'pluralize';
import { isPersonNoun } from '../../extract/lexicon.ts';
import { lexiconLevels } from './levelLexicon.ts';

/**
 * The words by which organisations name their levels: the vocabulary of management itself, as
 * any analyst would write it before reading an article (board, chief, executive, senior,
 * director, head of, middle, manager, supervisor, team lead, first-line), for the titles and
 * group names that sit at each level of the ladder and the phrases that state a level outright.
 * The titles of particular trades and sectors are not listed: WordNet places those it knows
 * (levelLexicon.ts), and a person noun WordNet knows names the people a tier leads. Every pattern
 * is matched on lower-cased, normalised text, as whole words.
 */

export const levelSlugs = ['governance', 'top', 'senior', 'middle', 'first-line'] as const;
export type LevelSlug = (typeof levelSlugs)[number];

/** A level's position on the ladder, 0 (governance) to 4 (first-line). */
export const rankOf = (level: LevelSlug): number => levelSlugs.indexOf(level);
export const levelAt = (rank: number): LevelSlug =>
  levelSlugs[Math.max(0, Math.min(levelSlugs.length - 1, Math.round(rank)))] ?? 'middle';

const words = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');

/**
 * Titles and group names, most specific first: a phrase matched is taken out of the text, so
 * "non-executive chair" does not also count as an executive and as a chair, nor "vice
 * president" as a president. Only the vocabulary of management itself (board, chief, executive,
 * senior, director, head, middle, manager, supervisor, team lead, first-line ...) is written
 * here; the titles of particular trades are left to WordNet (levelLexicon.ts).
 */
export const titleWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'governance',
    pattern: words(
      'non[- ]executive(?: directors?| chairs?)?|independent directors?|board (?:chairs?|members?)|(?<!department )chair(?:man|woman|person)?s?(?: of the board)?|boards?(?: of (?:directors|trustees|governors))?|trustees?|governors|governing (?:body|board|council)|supervisory board|shareholders|stockholders',
    ),
  },
  { level: 'senior', pattern: words('(?:senior |executive )?vice[- ]presidents?|s?vps?|evps?') },
  {
    level: 'top',
    pattern: words(
      'chief [a-z]+(?: [a-z]+)? officers?|ce?os|ceo|coo|cfo|cto|cmo|cio|cpo|chro|cco|c-suite|c-level|c suite|(?:top|upper)(?:[- ]level)?(?: managers?| management| executives?| leaders?| leadership)?|executive (?:team|committee|board|management|leadership|directors?)|executives|presidents?|managing directors?|owners?|founders?|strategic(?: management| level|-level)',
    ),
  },
  {
    level: 'senior',
    pattern: words(
      'senior (?:managers?|management|leaders?|leadership(?: team)?|executives?|directors?)|directors?|heads? of (?:function|division|region)s?',
    ),
  },
  {
    level: 'first-line',
    pattern: words(
      '(?:first[- ]line|front[- ]?line|lower(?:[- ]level)?)(?: managers?| management| supervisors?| leaders?)?|junior (?:managers?|management|supervisors?)|supervisors?|supervisory|(?:team|shift|crew) lead(?:er)?s?|assistant managers?|operational (?:management|level)',
    ),
  },
  {
    level: 'middle',
    pattern: words(
      'middle(?:[- ]level)?(?: managers?| management)?|tactical|heads? of (?:department|departments|operations)|department (?:heads?|chairs?|managers?)|managers?|management',
    ),
  },
];

/**
 * The levels a title or group name says, each once per occurrence, most specific phrase first;
 * what the vocabulary leaves is looked up in WordNet.
 */
export function titleLevels(text: string): LevelSlug[] {
  let rest = ` ${text.toLowerCase()} `;
  const found: LevelSlug[] = [];
  for (const { level, pattern } of titleWords) {
    rest = rest.replace(pattern, () => {
      found.push(level);
      return ' ; ';
    });
  }
  return [...found, ...lexiconLevels(rest)];
}

/** Phrases that state a level outright ("middle-level positions", "the first level of management"). */
export const statedLevelWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'top',
    pattern: words(
      '(?:top|upper|strategic)[- ]level|highest (?:level|tier|rung|layer)|most senior (?:leader|person|executive|manager)s? in (?:the|a|an) (?:company|organi[sz]ation|business|firm)|run(?:s|ning)? the (?:whole |entire )?(?:company|organi[sz]ation|business|firm)(?! (?:of|units?|divisions?|departments?|teams?)(?![a-z]))|top executives|(?:co-)?owns?(?: and (?:runs?|leads?|manages?))? (?:a share of |part of )?the (?:company|organi[sz]ation|business|firm)',
    ),
  },
  {
    level: 'senior',
    pattern: words(
      'second most senior|(?:director|vice[- ]president|vp)[- ]level|one level below the (?:ceo|top|board|executive team)',
    ),
  },
  { level: 'middle', pattern: words('middle[- ]level|managers? of managers') },
  {
    level: 'first-line',
    pattern: words(
      'first (?:level|line) of management|first[- ]level|lowest (?:level|tier|rung|layer)|team[- ]level|supervisory level',
    ),
  },
];

export function statedLevels(text: string): LevelSlug[] {
  const lower = text.toLowerCase();
  return statedLevelWords.flatMap(({ level, pattern }) => [...lower.matchAll(pattern)].map(() => level));
}

/** Phrases that say a group is not a level of management at all. */
export const notManagement = words(
  '(?:is|are|as|remain|stay) (?:an? )?(?:senior |experienced )?individual contributors?|rather than managers|(?:is|are) not (?:a )?(?:line |people )?managers?|(?:has|have) no direct reports|an administrative role|not a management (?:role|position|level)',
);

/**
 * Who works below a tier, by the words for them: senior managers below make it top, managers
 * below at least middle, and people who are not managers first-line: workers and staff, or any
 * kind of person WordNet knows ("nurses", "cooks", "agents") counted or led ("12 nurses", "a team
 * of cooks", "supervises agents").
 */
export const subordinateWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'top',
    pattern: words(
      '(?:senior )?vice[- ]presidents|directors|senior managers|heads of (?:department|function)s?',
    ),
  },
  { level: 'middle', pattern: words('[a-z]* ?managers|supervisors|team leaders|heads of department') },
  { level: 'first-line', pattern: words('workers|staff|employees|team members') },
];

// The next two words after a count, "of", or a verb of managing.
const ledPeople =
  /(?:\d+|\bof|\bmanag(?:es?|ing)|\bsupervis(?:es?|ing)|\blead(?:s|ing)?|\boversees?|\boverseeing|\bdirects?|\bdirecting)\s+([a-z]+)(?:[\s-]+([a-z]+))?/g;

export function subordinateLevels(text: string): LevelSlug[] {
  const lower = text.toLowerCase();
  for (const { level, pattern } of subordinateWords) if (lower.search(pattern) >= 0) return [level];
  const people = [...lower.matchAll(ledPeople)]
    .flatMap(([, first = '', second = '']) => [first, second])
    .some((noun) => noun !== '' && noun !== pluralize.singular(noun) && isPersonNoun(noun));
  return people ? ['first-line'] : [];
}
