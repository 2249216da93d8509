/**
 * The words by which organisations name their levels, as general knowledge of how companies,
 * public bodies, schools, hospitals and firms are run rather than any article's phrasing: the
 * titles and group names that sit at each level of the ladder (governance, top, senior, middle,
 * first-line), and the phrases that state a level outright. Every pattern is matched on
 * lower-cased, normalised text, as whole words.
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
 * "non-executive director" does not also count as an executive and as a director, nor "vice
 * president" as a president.
 */
export const titleWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'governance',
    pattern: words(
      'non[- ]executive(?: directors?| chairs?)?|independent (?:non[- ]executive )?directors?|board (?:chairs?|members?)|(?<!department )chair(?:man|woman|person)?s?(?: of the board)?|boards?(?: of (?:directors|trustees|governors|management))?|trustees?|governors|governing (?:body|board|council)|supervisory board|senate|council|shareholders|stockholders',
    ),
  },
  { level: 'senior', pattern: words('(?:senior |executive |assistant )?vice[- ]presidents?|s?vps?|evps?') },
  {
    level: 'top',
    pattern: words(
      'chief [a-z]+(?: [a-z]+)? officers?|ce?os|ceo|coo|cfo|cto|cmo|cio|cpo|chro|cco|c-suite|c-level|c suite|top(?:-level| level)?|upper|executive (?:team|committee|board|management|leadership|directors?)|executives|presidents?|managing (?:directors?|partners?)|owners?|founders?|head ?teachers?|headmasters?|headmistress(?:es)?|principals?|vice[- ]chancellors?|chancellors?|provosts?|rectors?|permanent secretar(?:y|ies)|strategic(?: management| level|-level)',
    ),
  },
  {
    level: 'senior',
    pattern: words(
      'senior (?:managers?|management|leaders?|leadership(?: team)?|executives?|directors?)|directors?(?: general)?|heads? of (?:function|division|region)s?|deputy secretar(?:y|ies)|deputy heads?|deans?',
    ),
  },
  {
    level: 'first-line',
    pattern: words(
      'first[- ]line|front[- ]?line|lower(?: management| level|-level)?|junior (?:managers?|management|supervisors?)|supervisors?|supervisory|team lead(?:er)?s?|crew (?:lead(?:er)?|chief)s?|shift (?:managers?|lead(?:er)?s?|supervisors?)|fore(?:man|men|woman|women)|gangers?|line managers?|charge nurses?|ward (?:managers?|sisters?)|sous chefs?|assistant managers?|operational management|operational level',
    ),
  },
  {
    level: 'middle',
    pattern: words(
      'middle(?: management| managers?| level|-level)?|tactical|heads? of (?:department|departments|operations)|department (?:heads?|chairs?|managers?)|(?:general|branch|division|divisional|regional|district|area|plant|site|store|unit|department|operations|program|programme|portfolio|project|office|sales|hr|product|engineering) managers?|managers?|management',
    ),
  },
];

/** The levels a title or group name says, each once per occurrence, most specific phrase first. */
export function titleLevels(text: string): LevelSlug[] {
  let rest = ` ${text.toLowerCase()} `;
  const found: LevelSlug[] = [];
  for (const { level, pattern } of titleWords) {
    rest = rest.replace(pattern, () => {
      found.push(level);
      return ' ; ';
    });
  }
  return found;
}

/** Phrases that state a level outright ("middle-level positions", "the first level of management"). */
export const statedLevelWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'top',
    pattern: words(
      '(?:top|upper|strategic)[- ]level|most senior (?:leader|person|executive|manager)s? in (?:the|a|an) (?:company|organi[sz]ation|school|business|firm)|runs? the (?:whole|entire) (?:company|organi[sz]ation|business|firm)(?! of)|top executives|co-owns?|owns? (?:a share of )?the (?:firm|company|business)',
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
      'first (?:level|line) of management|first[- ]level|lowest level|team[- ]level|supervisory level',
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

/** Who works below a tier, by the words for them: managers below make it at least middle. */
export const subordinateWords: readonly { level: LevelSlug; pattern: RegExp }[] = [
  {
    level: 'top',
    pattern: words(
      '(?:senior )?vice[- ]presidents|directors|senior managers|heads of (?:department|function)s?',
    ),
  },
  {
    level: 'middle',
    pattern: words('[a-z]* ?managers|supervisors|team leaders|heads of department|deputy managers'),
  },
  {
    level: 'first-line',
    pattern: words(
      'workers|staff|employees|colleagues|assistants|operatives|engineers|cooks|nurses|agents|associates|team members|crew|salespeople|teams? of [a-z]+',
    ),
  },
];

export function subordinateLevels(text: string): LevelSlug[] {
  const lower = text.toLowerCase();
  for (const { level, pattern } of subordinateWords) if (lower.search(pattern) >= 0) return [level];
  return [];
}
