import type { ParsedArticle, ParsedSection, ParsedStatement } from '../parse/parseArticle.ts';
import { headingKindOf, plain, type ListKind } from './language.ts';
import { questionTopic } from './questions.ts';
import { onlyTier, tiersIn, type FoundTier } from './tiers.ts';

/** What the rules read: the article, its tiers, and what each section's heading says. */
export interface ExtractionContext {
  article: ParsedArticle;
  tiers: FoundTier[];
  sections: Map<string, SectionInfo>;
}

export interface SectionInfo {
  section: ParsedSection;
  statements: ParsedStatement[];
  /** The one tier the heading names ("What Is a Regional Director?"), if it names one. */
  tier: FoundTier | null;
  /** How many tiers the heading names. */
  tierCount: number;
  /** The kind of list the heading announces ("Functions of ...", "Skills Each Level Needs"). */
  kind: ListKind | 'both' | null;
  /** Whether the heading announces positions ("Who sits on the board?", "Typical job titles"). */
  positions: boolean;
  /** What a comparison question heading asks about ("How much authority does each have?": Authority). */
  topic: string | null;
  /** Whether the section sits in the part of the article that compares the tiers ("Key Differences" and the headings under it). */
  comparing: boolean;
}

const comparisonHeading =
  /\b(differences?|differ|compare[sd]?|comparing|comparison|vs\.?|versus|at a glance|side by side)\b/i;
export const closingHeading =
  /^(the )?(conclusions?|final thoughts|summary|in (short|summary|conclusion)|bottom line|wrapping up|takeaways?|faqs?|frequently asked|which (one|is right)|how to (choose|decide)|moving (up|on)|final words?|last word|(the )?verdict|our take|wrap-up)\b/i;

// "What skills does each level need?": a heading about every tier inherits none.
const aboutAll = /\b(each|both|every|all|either|the (two|three|four))\b/i;

export function contextOf(article: ParsedArticle, tiers: FoundTier[]): ExtractionContext {
  const sections = new Map<string, SectionInfo>();
  let comparing = false;
  // The tier of the last heading that named one: "Who is in it" under "The Executive Chef" speaks of it.
  let current: FoundTier | null = null;
  for (const section of article.sections) {
    const heading = section.slug === 'lead' ? '' : section.name;
    if (closingHeading.test(plain(heading))) comparing = false;
    else if (comparisonHeading.test(heading)) comparing = true;
    const topic = heading && (comparing || aboutAll.test(heading)) ? questionTopic(heading, tiers) : null;
    const kind = heading && !topic ? headingKindOf(heading) : null;
    const named = heading ? tiersIn(heading, tiers).length : 0;
    const own = heading ? onlyTier(heading, tiers) : null;
    if (own) current = own;
    else if (named > 1 || comparing) current = null;
    sections.set(section.slug, {
      section,
      statements: article.statements.filter((s) => s.sectionSlug === section.slug),
      tier: own ?? (kind && named === 0 && !aboutAll.test(heading) ? current : null),
      tierCount: named,
      kind: kind === 'roles' ? null : kind,
      positions: kind === 'roles',
      topic,
      comparing,
    });
  }
  return { article, tiers, sections };
}

export function sectionOf(context: ExtractionContext, statement: ParsedStatement): SectionInfo {
  const info = context.sections.get(statement.sectionSlug);
  if (!info) throw new Error(`statement ${statement.key} has no section`);
  return info;
}

// Subjects that stand for the tier the section is about: pronouns, and the job's own words.
const pronounSubject =
  /^(it|its|they|their|these|those|this|such|he|she|his|her|them|members|people in this|managers at this|this level|this tier|this group|at this level|examples|for example|typical|common|usual|(job )?titles|the (same )?(job|role|position|post)|such (jobs|roles|positions)|(in|at) (large|small|most|many|some) [a-z ]+,)\b/i;

/**
 * The tier a clause speaks of: the one it names before `end` (its subject), else, when its
 * subject is a pronoun, the tier its section is about.
 */
export function subjectTier(
  context: ExtractionContext,
  statement: ParsedStatement,
  clause: string,
  end = clause.length,
  { loose = false }: { loose?: boolean } = {},
): { tier: FoundTier; named: boolean; loose?: boolean } | null {
  // "In some organisations the same job ...": an opening adverbial is not the subject.
  const subject = clause
    .slice(0, end)
    .replace(
      /^(in|at|for|within|across) [^,]{0,40}?\b(organi[sz]ations?|compan(y|ies)|firms?|business(es)?|cases|countries|sectors?|practice)\b,?\s*/i,
      '',
    );
  const named = tiersIn(subject, context.tiers);
  if (named.length === 1) return { tier: named[0]!.tier, named: true };
  if (named.length > 1) return null;
  const sectionTier = sectionOf(context, statement).tier;
  // A clause that opens with its trigger ("Titles include ...", "Examples are ...") has the section's tier as subject.
  if (sectionTier && !subject.trim()) return { tier: sectionTier, named: false };
  if (sectionTier && /\b(at|in|of|on) this (level|tier|layer|rung)\b/i.test(subject))
    return { tier: sectionTier, named: false };
  if (
    sectionTier &&
    pronounSubject.test(
      plain(subject).replace(/^(in addition|also|however|moreover|typically|usually|generally),?\s+/i, ''),
    )
  ) {
    return { tier: sectionTier, named: false };
  }
  // Loosely, any subject that names no tier speaks of the section's ("The executive side of the board is made up of ...").
  if (loose && sectionTier) return { tier: sectionTier, named: false, loose: true };
  return null;
}
