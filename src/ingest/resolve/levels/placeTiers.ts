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

const weights = { stated: 4, members: 3, name: 2, superior: 2, subordinate: 2 } as const;

const forms = (tier: TierInput): RegExp[] =>
  [...new Set([tier.name, ...tier.aliases].map((n) => n.toLowerCase()))]
    .filter((n) => n.length > 1)
    .map((n) => new RegExp(`(?<![a-z0-9])${escapeRegExp(n.replace(/s$/, ''))}s?(?![a-z0-9])`));

const names = (text: string, patterns: readonly RegExp[]) => patterns.some((p) => p.test(text.toLowerCase()));

/** The clauses of a statement, so "A is X, while B is Y" speaks of A and B apart. */
const clausesOf = (statement: ParsedStatement) =>
  statement.normalized
    .split(/(?<=[.;!?])\s+|\s*[;|\t]\s*|,?\s+(?:while|whereas|but|and not)\s+/i)
    .filter((c) => c.trim().length > 0);

const reportsTo =
  /(?:reports?|reporting|answers?|accountable|responsible) (?:directly |straight |up )?to (.+)$/i;
const managed =
  /(?:manages?|supervises?|leads?|oversees?|looks? after|is in charge of|responsible for) (?:a |an |the )?(?:group|team|staff)? ?(?:of )?(.+)$/i;

/** Votes of one tier from its name, members and stated words, and the superiors its sentences name. */
function votesOf(
  tier: TierInput,
  own: readonly RegExp[],
  others: readonly RegExp[],
  statements: readonly ParsedStatement[],
) {
  const votes: Vote[] = [];
  const about = statements.filter((s) => names(s.normalized, own));
  const naming = about.slice(0, 1);
  for (const level of new Set(titleLevels(tier.name)))
    votes.push({ level, weight: weights.name, evidence: naming, basis: `its name, "${tier.name}"` });
  const memberLevels = tier.members.flatMap((m) => {
    const [level] = titleLevels(m.text);
    return level ? [{ level, member: m }] : [];
  });
  for (const { level, member } of memberLevels)
    votes.push({
      level,
      weight: (weights.members * 2) / (memberLevels.length + 1),
      evidence: member.evidence,
      basis: `its member ${member.text}`,
    });
  const superiors = [...tier.superiors];
  const subordinates = [...tier.subordinates];
  let outside: string | null = null;
  for (const statement of about) {
    for (const clause of clausesOf(statement)) {
      if (!names(clause, own) || names(clause, others)) continue;
      for (const level of statedLevels(clause))
        votes.push({ level, weight: weights.stated, evidence: [statement], basis: `"${clause.trim()}"` });
      if (clause.toLowerCase().search(notManagement) >= 0) outside ??= clause.trim();
      const superior = reportsTo.exec(clause)?.[1];
      if (superior) superiors.push({ text: superior, evidence: [statement] });
      const below = managed.exec(clause)?.[1];
      if (below) subordinates.push({ text: below, evidence: [statement] });
    }
  }
  return { votes, superiors, subordinates, outside, naming };
}

/** A vote one level below the mean of the superiors' levels. */
function superiorVotes(superiors: readonly Said[]): Vote[] {
  return superiors.flatMap((s) => {
    const levels = titleLevels(s.text);
    if (levels.length === 0) return [];
    const mean = levels.reduce((sum, l) => sum + rankOf(l), 0) / levels.length + 1;
    const below = [Math.floor(mean), Math.ceil(mean)];
    return below.map((rank) => ({
      level: levelAt(rank),
      weight: weights.superior / below.length,
      evidence: s.evidence,
      basis: `it reports to ${s.text.trim()}`,
    }));
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

/**
 * Tiers whose superiors name another tier of the article: `[above, below]` pairs, so a tier no
 * word places is placed next to the one it reports to or that reports to it.
 */
function orderOf(tiers: readonly TierInput[], superiors: ReadonlyMap<string, readonly Said[]>) {
  const pairs: { above: string; below: string; said: Said }[] = [];
  for (const below of tiers)
    for (const said of superiors.get(below.slug) ?? [])
      for (const above of tiers)
        if (above !== below && names(said.text, forms(above)))
          pairs.push({ above: above.slug, below: below.slug, said });
  return pairs;
}

/** Places what the votes place, then tiers placed only by their neighbours; the rest are reported. */
export function placeTiers(
  tiers: readonly TierInput[],
  statements: readonly ParsedStatement[],
): { placed: Placement[]; unplaced: Unplaced[] } {
  const placed = new Map<string, Placement>();
  const outside = new Map<string, string>();
  const superiors = new Map<string, readonly Said[]>();
  const naming = new Map<string, readonly ParsedStatement[]>();
  for (const tier of tiers) {
    const others = tiers.filter((t) => t !== tier).flatMap(forms);
    const found = votesOf(tier, forms(tier), others, statements);
    superiors.set(tier.slug, found.superiors);
    naming.set(tier.slug, found.naming);
    if (found.outside !== null) {
      outside.set(tier.slug, found.outside);
      continue;
    }
    const result = tally([
      ...found.votes,
      ...superiorVotes(found.superiors),
      ...subordinateVotes(found.subordinates),
    ]);
    if (result)
      placed.set(tier.slug, placementOf(tier.slug, result.level, 0.5 + 0.45 * result.share, result.votes));
  }
  placeByNeighbours(tiers, placed, orderOf(tiers, superiors), outside);
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
 * A tier nothing placed goes one level below the tier it reports to, or one above a tier that
 * reports to it; a tier placed below one that reports to it is raised to that one's level.
 */
function placeByNeighbours(
  tiers: readonly TierInput[],
  placed: Map<string, Placement>,
  order: ReturnType<typeof orderOf>,
  outside: ReadonlyMap<string, string>,
): void {
  for (let pass = 0; pass < tiers.length; pass += 1) {
    for (const { above, below, said } of order) {
      const a = placed.get(above);
      const b = placed.get(below);
      const vote = (level: LevelSlug, basis: string): Vote => ({
        level,
        weight: 1,
        evidence: said.evidence,
        basis,
      });
      if (a && !b && !outside.has(below)) {
        const level = levelAt(rankOf(a.level) + 1);
        placed.set(below, placementOf(below, level, 0.5, [vote(level, `it reports to ${said.text.trim()}`)]));
      } else if (b && !a && !outside.has(above)) {
        const level = levelAt(rankOf(b.level) - 1);
        placed.set(above, placementOf(above, level, 0.5, [vote(level, `${below} reports to it`)]));
      } else if (a && b && rankOf(a.level) > rankOf(b.level)) {
        placed.set(above, { ...a, level: b.level, confidence: Math.min(a.confidence, 0.5) });
      }
    }
  }
}
