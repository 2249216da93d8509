import { escapeRegExp } from '../../../textMatching.ts';
import type { ParsedStatement } from '../../parse/parseArticle.ts';
import {
  levelAt,
  levelSlugs,
  notManagement,
  rankOf,
  statedLevels,
  subordinateLevels,
  titleLevels,
  type LevelSlug,
} from './levelWords.ts';

/**
 * Places an article's tiers on the reference ladder from what the article says about each, as an
 * analyst would read it (README, "Levels"): its members' titles, the words of its own name, the
 * level a sentence about it states, whom it reports to and who reports to it, and, for a tier
 * none of these place, where it stands against the article's other tiers. Pure.
 */

/** A passage about a tier with what it says, and the statements it comes from. */
export interface Said {
  text: string;
  evidence: readonly ParsedStatement[];
}

export interface TierInput {
  slug: string;
  name: string;
  aliases: readonly string[];
  /** Role names the article places in the tier, each with its evidence. */
  members: readonly Said[];
  /** What the article's comparisons say the tier reports to (its reporting-line characteristics). */
  superiors: readonly Said[];
  /** What they say reports to the tier (its span-of-control characteristics). */
  subordinates: readonly Said[];
  /** Statements of the article's other claims about the tier, to cite where nothing else names it. */
  fallbackEvidence: readonly ParsedStatement[];
}

export interface Placement {
  tier: string;
  level: LevelSlug;
  /** From 0 to 1: the share of the evidence that points to this level, lower for a tier placed only by its neighbours. */
  confidence: number;
  evidence: ParsedStatement[];
  /** What placed it, in words. */
  basis: string;
}

export interface Unplaced {
  tier: string;
  reason: string;
}

interface Vote {
  level: LevelSlug;
  weight: number;
  evidence: readonly ParsedStatement[];
  basis: string;
}

// A body's name places it whoever sits on it (a CEO on a board), so a governance name counts twice.
const weights = { stated: 4, members: 4, name: 3, governanceName: 6, superior: 2, subordinate: 2 } as const;
// A member's title is a few words; a longer "role" is a sentence read as one, not a title.
const titleLength = 5;

// The tier's names as patterns: singular or plural, a hyphen or a space between words alike.
const forms = (tier: TierInput): RegExp[] =>
  [...new Set([tier.name, ...tier.aliases].map((n) => n.toLowerCase()))]
    .filter((n) => n.length > 1)
    .map(
      (n) =>
        new RegExp(
          `(?<![a-z0-9])${escapeRegExp(n.replace(/s$/, '')).replace(/[-\s]+/g, '[- ]')}s?(?![a-z0-9])`,
        ),
    );

const names = (text: string, patterns: readonly RegExp[]) => patterns.some((p) => p.test(text.toLowerCase()));

/** The clauses of a statement, so "A is X, while B is Y" speaks of A and B apart. */
const clausesOf = (statement: ParsedStatement) =>
  statement.normalized
    .split(/(?<=[.;!?])\s+|\s*[;|\t]\s*|,?\s+(?:while|whereas|but|and not)\s+/i)
    .filter((c) => c.trim().length > 0);

const reportsTo =
  /(?:reports?|reporting|answers?|accountable|responsible) (?:directly |straight |up )?(?:in)?to (.+)$/i;
const managed =
  /(?:manag(?:es?|ing)|supervis(?:es?|ing)|lead(?:s|ing)?|oversees?|looks? after|is in charge of) (?:a |an |the )?(?:small |large )?(?:group|team|staff)? ?(?:of )?(.+)$/i;

/** What the article says of one tier: its votes, whom it reports to, and whether it is no level at all. */
interface Reading {
  tier: TierInput;
  votes: Vote[];
  superiors: Said[];
  outside: string | null;
}

function nameAndMemberVotes(tier: TierInput, naming: readonly ParsedStatement[]): Vote[] {
  const votes: Vote[] = [...new Set(titleLevels(tier.name))].map((level) => ({
    level,
    weight: level === 'governance' ? weights.governanceName : weights.name,
    evidence: naming,
    basis: `its name, "${tier.name}"`,
  }));
  const memberLevels = tier.members.flatMap((m) => {
    const [level] = m.text.split(/\s+/).length > titleLength ? [] : titleLevels(m.text);
    return level ? [{ level, member: m }] : [];
  });
  for (const { level, member } of memberLevels)
    votes.push({
      level,
      weight: weights.members / (memberLevels.length + 1),
      evidence: member.evidence,
      basis: `its member ${member.text}`,
    });
  return votes;
}

/** Reads a tier's name, members, and the clauses of the article whose subject is the tier. */
function readTier(
  tier: TierInput,
  own: readonly RegExp[],
  others: readonly RegExp[],
  statements: readonly ParsedStatement[],
): Reading {
  const about = statements.filter((s) => names(s.normalized, own));
  const naming = about.length > 0 ? about.slice(0, 1) : tier.fallbackEvidence.slice(0, 1);
  const votes = nameAndMemberVotes(tier, naming);
  const superiors = [...tier.superiors];
  const subordinates = [...tier.subordinates];
  let outside: string | null = null;
  for (const statement of about) {
    for (const clause of clausesOf(statement)) {
      const superior = reportsTo.exec(clause);
      const subject = superior ? clause.slice(0, superior.index) : clause;
      if (!names(subject, own) || names(subject, others)) continue;
      for (const level of statedLevels(subject))
        votes.push({ level, weight: weights.stated, evidence: [statement], basis: `"${clause.trim()}"` });
      if (subject.toLowerCase().search(notManagement) >= 0) outside ??= clause.trim();
      if (superior?.[1]) superiors.push({ text: superior[1], evidence: [statement] });
      const below = managed.exec(subject)?.[1];
      if (below) subordinates.push({ text: below, evidence: [statement] });
    }
  }
  votes.push(...subordinateVotes(subordinates));
  return { tier, votes, superiors, outside };
}

// The alternatives a reporting line names ("the owner, an area manager or head office").
const alternativesOf = (text: string) =>
  text
    .split(/,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+(?:directly\s+|straight\s+)?(?:to\s+)?/i)
    .filter((a) => a.trim());

/**
 * The levels one below a superior of rank `rank` (the mean rank, when the article names several
 * alternatives): those who report to the chief executive run the organisation with them or right
 * below, so a superior at the top gives both.
 */
function below(rank: number): LevelSlug[] {
  if (Math.abs(rank - rankOf('top')) < 0.01) return ['top', 'senior'];
  return [...new Set([levelAt(Math.floor(rank + 1)), levelAt(Math.ceil(rank + 1))])];
}

/**
 * Votes from whom a tier reports to: one level below the titles the reporting line names (their
 * mean, for alternatives such as "the owner or the area manager"), and, for an alternative that is
 * another tier of the article, one level below where that tier is placed, once it is (a stronger
 * vote: the article ranks its own tiers).
 */
function superiorVotes(
  superiors: readonly Said[],
  tiers: readonly TierInput[],
  placed: ReadonlyMap<string, Placement>,
): Vote[] {
  return superiors.flatMap((s) => {
    const alternatives = alternativesOf(s.text);
    const share = weights.superior / alternatives.length;
    const votes: Vote[] = [];
    const titled: number[] = [];
    for (const alternative of alternatives) {
      const tier = tiers.find((t) => names(alternative, forms(t)));
      const above = tier && placed.get(tier.slug);
      if (tier && !above) continue;
      if (above) {
        const levels = below(rankOf(above.level));
        const basis = `it reports to ${alternative.trim()}`;
        for (const level of levels)
          votes.push({ level, weight: (share * 1.5) / levels.length, evidence: s.evidence, basis });
        continue;
      }
      const ranks = titleLevels(alternative).map(rankOf);
      if (ranks.length > 0) titled.push(Math.min(...ranks));
    }
    if (titled.length === 0) return votes;
    const levels = below(titled.reduce((sum, r) => sum + r, 0) / titled.length);
    const weight = (share * titled.length) / levels.length;
    return [
      ...votes,
      ...levels.map((level) => ({
        level,
        weight,
        evidence: s.evidence,
        basis: `it reports to ${s.text.trim()}`,
      })),
    ];
  });
}

function subordinateVotes(subordinates: readonly Said[]): Vote[] {
  return subordinates.flatMap((s) =>
    subordinateLevels(s.text).map((level) => ({
      level,
      weight: weights.subordinate,
      evidence: s.evidence,
      basis: `${s.text.trim()} report to it`,
    })),
  );
}

/** The level with the most weight, the share it has, and the votes for it. */
function tally(votes: readonly Vote[]) {
  const total = votes.reduce((sum, v) => sum + v.weight, 0);
  if (total === 0) return null;
  const byLevel = levelSlugs.map((level) => ({
    level,
    weight: votes.filter((v) => v.level === level).reduce((sum, v) => sum + v.weight, 0),
  }));
  const best = byLevel.reduce((a, b) => (b.weight > a.weight ? b : a));
  const share = best.weight / total;
  return { level: best.level, share, votes: votes.filter((v) => v.level === best.level) };
}

const placementOf = (
  tier: string,
  level: LevelSlug,
  confidence: number,
  votes: readonly Vote[],
): Placement => {
  const evidence = [...new Map(votes.flatMap((v) => v.evidence).map((s) => [s.key, s])).values()];
  const basis = [...new Set(votes.map((v) => v.basis))].join('; ');
  return { tier, level, confidence: Math.round(confidence * 100) / 100, evidence, basis };
};

/** Places each reading from its votes and its reporting line, given where the others are placed. */
function placeReadings(readings: readonly Reading[], placed: Map<string, Placement>): void {
  const tiers = readings.map((r) => r.tier);
  for (const reading of readings) {
    if (reading.outside !== null) continue;
    const others = tiers.filter((t) => t !== reading.tier);
    const result = tally([...reading.votes, ...superiorVotes(reading.superiors, others, placed)]);
    if (result)
      placed.set(
        reading.tier.slug,
        placementOf(reading.tier.slug, result.level, 0.5 + 0.45 * result.share, result.votes),
      );
  }
}

/**
 * Places what the votes place (twice, the second time with the levels of the tiers each reports
 * to), then a tier nothing placed by its rank among the article's tiers; the rest are reported.
 */
export function placeTiers(
  tiers: readonly TierInput[],
  statements: readonly ParsedStatement[],
): { placed: Placement[]; unplaced: Unplaced[] } {
  const readings = tiers.map((tier) =>
    readTier(tier, forms(tier), tiers.filter((t) => t !== tier).flatMap(forms), statements),
  );
  const placed = new Map<string, Placement>();
  placeReadings(readings, placed);
  placeReadings(readings, placed);
  const outside = new Map(
    readings.flatMap((r) => (r.outside === null ? [] : [[r.tier.slug, r.outside] as const])),
  );
  placeByRank(tiers, placed, outside);
  const unplaced = tiers
    .filter((t) => !placed.has(t.slug))
    .map((t) => ({
      tier: t.slug,
      reason: outside.has(t.slug)
        ? `the article says it is not a level of management: "${outside.get(t.slug)}"`
        : 'neither its name, its members, a statement about it nor its reporting line says a level',
    }));
  return { placed: tiers.flatMap((t) => placed.get(t.slug) ?? []), unplaced };
}

/**
 * A tier nothing placed, between or beside tiers the article lists in order of rank (their
 * placed levels rise or fall along the list), goes between them, or one level beyond the end.
 */
function placeByRank(
  tiers: readonly TierInput[],
  placed: Map<string, Placement>,
  outside: ReadonlyMap<string, string>,
): void {
  const ranks = tiers.map((t) => {
    const p = placed.get(t.slug);
    return p ? rankOf(p.level) : null;
  });
  const known = ranks.flatMap((r, i) => (r === null ? [] : [{ r, i }]));
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first.r === last.r) return;
  const step = (last.r - first.r) / (last.i - first.i);
  const ordered = known.every(
    (k, j) => j === 0 || Math.sign(k.r - (known[j - 1]?.r ?? k.r)) !== -Math.sign(step),
  );
  if (!ordered) return;
  tiers.forEach((tier, i) => {
    if (ranks[i] !== null || outside.has(tier.slug)) return;
    const level = levelAt(first.r + step * (i - first.i));
    const evidence = tier.fallbackEvidence.slice(0, 1);
    if (evidence.length === 0) return;
    const basis = `its rank among the article's tiers, listed in order of level`;
    placed.set(tier.slug, placementOf(tier.slug, level, 0.5, [{ level, weight: 1, evidence, basis }]));
  });
}
