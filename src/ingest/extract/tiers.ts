import type { ParsedArticle } from '../parse/parseArticle.ts';
import { isGroupName, isRoleName, plain, sentenceCase, singularPhrase } from './language.ts';

/** A tier the article compares, with the ways the text refers to it. */
export interface FoundTier {
  /** Display name as the article words it, sentence case ("Area managers"). */
  name: string;
  aliases: string[];
  confidence: number;
  /** Word stems that name this tier and no other tier of the article ("board", "execu"). */
  stems: string[];
}

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 5);
const comparisonSplit = /\s+(?:vs\.?|versus)\s+/i;
// Words that never tell tiers apart: the group nouns and function words.
const commonWords = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'in',
  'manag',
  'team',
  'teams',
  'level',
  'tier',
  'tiers',
  'group',
]);

/** "What Is X?", "Who Are X?", "The X", "Role of X", "Functions of X", "X: Role and Duties". */
const tierHeadings = [
  /^(?:what|who) (?:is|are|does|do) (?:an? |the )?(.+?)\??$/i,
  /^(?:the )?(?:role|roles|functions?|duties|responsibilities|job|work|tasks) of (?:an? |the )?(.+)$/i,
  /^the (.+)$/i,
  /^(.+?):? (?:role|roles|duties|responsibilities|functions)(?: and .+)?$/i,
];

/** Names of the tiers compared: from the title's "A vs B (vs C)", else from headings about one group. */
export function findTiers(article: ParsedArticle): FoundTier[] {
  const fromTitle = tiersOfComparison(article.title);
  const fromHeadings = fromTitle.length >= 2 ? [] : tiersOfHeadings(article);
  // An article about one group ("Executive Management in Practice") has that one tier.
  const alone = fromTitle.length < 2 && fromHeadings.length < 2 ? groupOfTitle(article.title) : null;
  const names =
    fromTitle.length >= 2 ? fromTitle : fromHeadings.length >= 2 ? fromHeadings : alone ? [alone] : [];
  const confidence = fromTitle.length >= 2 ? 0.95 : fromHeadings.length >= 2 ? 0.7 : 0.6;
  const tiers = names.map((name) => ({
    name: sentenceCase(name),
    aliases: [] as string[],
    confidence,
    stems: [] as string[],
  }));
  assignStems(tiers);
  for (const tier of tiers) tier.aliases = aliasesIn(article, tier);
  return tiers;
}

function cleanGroup(phrase: string): string {
  return phrase
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/[?!.:,]+$/, '')
    .trim();
}

/** The groups a title compares: "Area Managers vs Regional Managers vs Country Managers: ..." */
export function tiersOfComparison(title: string): string[] {
  const head = plain(title).split(/:\s| - |\?/)[0] ?? '';
  // "... Frontline Management in Hospitals": where the groups are is not part of their name.
  const parts = head
    .split(comparisonSplit)
    .map(cleanGroup)
    .map((part) =>
      part.replace(
        /^(.*?\b(?:management|managers?|leadership|leaders?|executives?|directors?|teams?))\s+(?:in|at|for|within|across)\s+.+$/i,
        '$1',
      ),
    )
    .filter(Boolean);
  if (parts.length < 2) return [];
  // "Field vs Desk Managers": the shared group noun is written once, on the last part ("Curator vs Site Manager" shares none).
  const lastWords = parts.at(-1)!.split(' ');
  const shared = lastWords.length > 1 && isGroupName(lastWords.at(-1)!) ? lastWords.at(-1)! : null;
  return parts.map((part) =>
    shared && !isGroupName(part) && !isRoleName(part) && part.split(' ').length <= 2
      ? `${part} ${shared}`
      : part,
  );
}

/** The group a title opens with: "Executive Management in Practice", "Middle Managers: A Guide". */
function groupOfTitle(title: string): string | null {
  const head = cleanGroup(plain(title).split(/:\s| - |\?/)[0] ?? '');
  const group = head.replace(/\s+(?:in|at|for|within|across|and|explained|today|101)\b.*$/i, '').trim();
  return group.split(' ').length <= 4 && isGroupName(group) ? group : null;
}

function tiersOfHeadings(article: ParsedArticle): string[] {
  const found: string[] = [];
  for (const section of article.sections) {
    for (const pattern of tierHeadings) {
      const match = pattern.exec(plain(section.name));
      const group = match?.[1] ? cleanGroup(match[1]) : null;
      if (group && isGroupName(group) && group.split(' ').length <= 4) {
        if (!found.some((f) => singularPhrase(f).toLowerCase() === singularPhrase(group).toLowerCase()))
          found.push(group);
        break;
      }
    }
  }
  return found.length >= 2 ? found : [];
}

/** Each tier's distinctive stems: the words of its name that no other tier's name has. */
function assignStems(tiers: FoundTier[]): void {
  const stemsOf = (tier: FoundTier) =>
    tier.name
      .split(/[\s-]+/)
      .map(stem)
      .filter((s) => s.length > 1 && !commonWords.has(s));
  for (const tier of tiers) {
    const others = new Set(tiers.filter((t) => t !== tier).flatMap(stemsOf));
    const own = stemsOf(tier).filter((s) => !others.has(s));
    // Two tiers that differ only in a common word ("senior leadership" / "senior management").
    tier.stems =
      own.length > 0
        ? own
        : tier.name
            .split(/\s+/)
            .map(stem)
            .filter((s) => !others.has(s));
  }
}

/** "The executive team, sometimes called the C-suite" / "(also known as floor supervisors)". */
function aliasesIn(article: ParsedArticle, tier: FoundTier): string[] {
  const aliases = new Set<string>();
  const names = [tier.name, singularPhrase(tier.name)].map((n) => n.toLowerCase());
  for (const statement of article.statements) {
    const text = plain(statement.text);
    const name = names.find((n) => text.toLowerCase().includes(n));
    if (!name) continue;
    const after = text.slice(text.toLowerCase().indexOf(name) + name.length);
    const match =
      /^[,(]?\s*(?:-\s*)?(?:sometimes|also|often|commonly|usually)? ?(?:called|known as|referred to as|nicknamed)\s+(?:the\s+)?["']?([A-Za-z][\w-]*(?:\s[\w-]+){0,3}?)["']?\s*(?:[,;.)]|-|$)/i.exec(
        after,
      );
    if (match?.[1]) aliases.add(match[1]);
    // "The operations manager (the "ops manager", as ...)", "A product manager (PM)": a short name in brackets
    const quoted = /^s?\s*\((?:the |an? )?(?:"([A-Za-z][\w-]*(?:\s[\w-]+){0,2})"|([A-Z]{2,5})s?\))/.exec(
      after,
    );
    if (quoted?.[1] ?? quoted?.[2]) aliases.add((quoted[1] ?? quoted[2])!);
  }
  return [...aliases];
}

/**
 * Which tiers a passage names, in order of first appearance: by full name or alias, else by a
 * distinctive stem ("the council" for the council of elders, "senior leaders" for senior leadership).
 */
export function tiersIn(text: string, tiers: readonly FoundTier[]): { tier: FoundTier; at: number }[] {
  const lower = plain(text).toLowerCase();
  const words = [...lower.matchAll(/[a-z0-9][a-z0-9-]*/g)];
  const hits: { tier: FoundTier; at: number }[] = [];
  // Where each tier's names occur; a name inside a longer tier's ("partner" in "managing partner") is that tier's.
  const spans = tiers.map((tier) => ({ tier, spans: nameSpans(lower, tier) }));
  const covered = (tier: FoundTier, from: number, to: number) =>
    spans.some(
      (other) =>
        other.tier !== tier && other.spans.some(([a, b]) => a <= from && to <= b && b - a > to - from),
    );
  for (const tier of tiers) {
    let at = -1;
    for (const [from, to] of spans.find((s) => s.tier === tier)!.spans) {
      if (!covered(tier, from, to) && (at < 0 || from < at)) at = from;
    }
    if (at < 0) {
      const word = words.find((w) => tier.stems.includes(stem(w[0])));
      if (word?.index !== undefined) at = word.index;
    }
    if (at >= 0) hits.push({ tier, at });
  }
  return hits.sort((a, b) => a.at - b.at);
}

function nameSpans(lower: string, tier: FoundTier): [number, number][] {
  const names = [tier.name, singularPhrase(tier.name), ...tier.aliases].map((n) => n.toLowerCase());
  return names.flatMap((n) =>
    [...lower.matchAll(new RegExp(`(?<![a-z0-9-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g'))].map(
      (m): [number, number] => [m.index, m.index + m[0].length],
    ),
  );
}

/** The tiers a passage names by full name or alias (not by a stem such as "leadership" in "Leadership Style"). */
export function tiersNamed(text: string, tiers: readonly FoundTier[]): FoundTier[] {
  const lower = plain(text).toLowerCase();
  return tiers.filter((tier) =>
    [tier.name, singularPhrase(tier.name), ...tier.aliases].some((n) =>
      new RegExp(`(?<![a-z0-9-])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(lower),
    ),
  );
}

/** The one tier a passage is about, if it names exactly one. */
export function onlyTier(text: string, tiers: readonly FoundTier[]): FoundTier | null {
  const hits = tiersIn(text, tiers);
  return hits.length === 1 ? hits[0]!.tier : null;
}
