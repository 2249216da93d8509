import type { ParsedStatement } from '../parse/parseArticle.ts';
import { subjectTier, type ExtractionContext } from './context.ts';
import type { ListFinding } from './findings.ts';
import { clauses, isGenericItem, splitEnumeration, stripDeterminers, type ListKind } from './language.ts';
import { tagged, textOf, type TaggedWord } from './tagger.ts';
import { tiersIn } from './tiers.ts';

/**
 * Claims read from a clause whose subject is a tier (its name, "members of the X", or a pronoun
 * standing for the section's tier) and whose predicate states a duty or a requirement, from the
 * words' parts of speech rather than from a list of particular sentences:
 *
 * - a predicate that opens with an action verb ("hire and coach the people on their teams, run
 *   regular one-to-ones and write ...") or with "is expected to" / "are responsible for" lists
 *   duties, one per coordinated verb phrase;
 * - one that opens with a verb of needing ("needs", "requires"), a modal of obligation before
 *   "be able to" / "have" / "be comfortable", or "ask(s) for" lists requirements (for "ask for",
 *   whoever asks: the employers of the section's tier).
 *
 * Contrasts ("A ..., whereas B ...", "A ...; B ...") are split first, so each side gives its own
 * claims. Only sections about one tier are read: a page's opening and its comparisons describe.
 * These read running prose, which says less plainly what it lists than a bullet does, so their
 * confidence is below a list item's, and a page that lists a tier's duties (or skills) in lists
 * keeps those (see `proseWhereNoList`).
 */
export function clauseClaims(
  context: ExtractionContext,
  statement: ParsedStatement,
  sentence: string,
): ListFinding[] {
  const found: ListFinding[] = [];
  // A page's opening and its comparisons describe the tiers; what each does is said in its own section.
  if (!context.sections.get(statement.sectionSlug)?.tier) return found;
  // "..., and they are expected to ...": a new subject opens a clause of its own.
  for (const clause of clauses(sentence).flatMap((c) =>
    c.split(/,\s+and\s+(?=(?:they|he|she|it|these|those)\s)/i),
  )) {
    const words = withoutOpening(tagged(clause));
    const verbAt = verbAfterSubject(words, context);
    if (verbAt <= 0 || !words.slice(0, verbAt).some((w) => /^(NOUN|PROPN|PRON)$/.test(w.pos))) continue;
    const subject = textOf(words.slice(0, verbAt));
    // The verb the tagger mistook, as found after the subject, read as the verb it is.
    const rest = words.slice(verbAt).map((w, i) => (i === 0 ? { ...w, pos: 'VERB' } : w));
    for (const part of predicateParts(rest)) {
      const finding = claimOf(context, statement, sentence, subject, part);
      if (finding) found.push(finding);
    }
  }
  return found;
}

/** One predicate's claim for the clause's subject, if it states a duty or a requirement. */
function claimOf(
  context: ExtractionContext,
  statement: ParsedStatement,
  sentence: string,
  subject: string,
  words: readonly TaggedWord[],
): ListFinding | null {
  const predicate = readPredicate(words);
  if (!predicate) return null;
  const tier =
    subjectTier(context, statement, subject)?.tier ??
    (predicate.anyone ? (context.sections.get(statement.sectionSlug)?.tier ?? null) : null);
  if (!tier) return null;
  const items = predicate.kind === 'skills' ? requirementItems(predicate.rest) : verbPhrases(predicate.rest);
  if (items.length === 0) return null;
  return {
    kind: predicate.kind,
    tier,
    items: items.map((name) => ({ statement, sentence, name })),
    leadIn: null,
    confidence: predicate.anyone ? 0.45 : 0.55,
    prose: true,
  };
}

/**
 * A subject with two predicates of different kinds ("needs a calm manner and must be able to read
 * a plan"): split where "and" opens a modal or a verb of needing.
 */
function predicateParts(words: readonly TaggedWord[]): TaggedWord[][] {
  const parts: TaggedWord[][] = [[]];
  words.forEach((word, i) => {
    const next = lower(words[i + 1]);
    if (
      lower(word) === 'and' &&
      /^(must|should|needs?|requires?|is|are)$/.test(next) &&
      parts.at(-1)!.length > 1
    ) {
      parts.push([]);
      return;
    }
    parts.at(-1)!.push(word);
  });
  return parts;
}

/**
 * Where the predicate starts: the first verb, unless it is part of a tier's name that the tagger
 * read as a verb ("Crew leads set ...": "leads" is the tier's, "set" the verb).
 */
function verbAfterSubject(words: readonly TaggedWord[], context: ExtractionContext): number {
  const isVerb = (w: TaggedWord) => w.pos === 'VERB' || w.pos === 'AUX';
  const stem = (word: string) => word.toLowerCase().replace(/s$/, '');
  const nameWords = new Set(
    context.tiers.flatMap((t) => [t.name, ...t.aliases]).flatMap((n) => n.split(/\s+/).map(stem)),
  );
  const inNames = (w: TaggedWord | undefined) => w !== undefined && nameWords.has(stem(w.text));
  // Right after a tier's name the tagger may call the verb an adjective ("Wardens open the gates").
  let named = words[0]?.pos === 'DET' ? 1 : 0;
  while (inNames(words[named])) named += 1;
  const after = words[named];
  if (
    named > 0 &&
    inNames(words[named - 1]) &&
    after &&
    !isVerb(after) &&
    startsVerbPhrase(after, words.slice(named), true)
  )
    return named;
  let at = words.findIndex(isVerb);
  const inName = (i: number) =>
    inNames(words[i]) && tiersIn(textOf(words.slice(0, i + 1)), context.tiers).length > 0;
  while (at > 0 && inName(at)) {
    const next = words.slice(at + 1).findIndex(isVerb);
    if (next < 0) return -1;
    at += next + 1;
  }
  return at;
}

// An opening adverbial before the subject: "On the delivery side, they ...", "Increasingly, they ...".
function withoutOpening(words: readonly TaggedWord[]): readonly TaggedWord[] {
  const comma = words.findIndex((w) => w.text === ',');
  const opens = words[0] && /^(ADP|ADV|SCONJ)$/.test(words[0].pos);
  if (opens && comma > 0 && comma <= 12) return words.slice(comma + 1);
  return words;
}

interface Predicate {
  kind: ListKind;
  rest: readonly TaggedWord[];
  /** Whether the subject may be anyone ("Most companies ask for ..."): the section's tier is meant. */
  anyone?: boolean;
}

const lower = (w: TaggedWord | undefined) => w?.text.toLowerCase() ?? '';

// Verbs that relate or place a tier rather than say what it does.
const stative =
  /^(is|are|was|were|be|been|has|have|had|sit|sits|report|reports|belong|belongs|tend|tends|seem|seems|become|becomes|remain|remains|include|includes|vary|varies|use|uses|call|calls|earn|earns|spend|spends|get|gets|mean|means|differ|differs|exist|exists|come|comes|go|goes|want|wants|like|likes|know|knows|think|thinks|find|finds|say|says|hold|holds|work|works|serve|serves|stay|stays|lead|leads)$/i;

/** What the predicate says: a duty or a requirement, and the words that follow its opening. */
function readPredicate(words: readonly TaggedWord[]): Predicate | null {
  const at = (i: number) => lower(words[i]);
  let i = 0;
  const skipAdverbs = () => {
    while (words[i]?.pos === 'ADV' || /^(also|usually|often|typically|normally|increasingly)$/.test(at(i)))
      i += 1;
  };
  skipAdverbs();
  if (/^(needs?|requires?)$/.test(at(i))) return { kind: 'skills', rest: words.slice(i + 1) };
  if (/^(asks?|looks?)$/.test(at(i)) && at(i + 1) === 'for')
    return { kind: 'skills', rest: words.slice(i + 2), anyone: true };
  if (/^(must|should|will|has|have)$/.test(at(i))) {
    const modal = i;
    i += /^(has|have)$/.test(at(i)) && at(i + 1) === 'to' ? 2 : 1;
    skipAdverbs();
    if (at(i) === 'be' && at(i + 1) === 'able' && at(i + 2) === 'to')
      return { kind: 'skills', rest: words.slice(i + 3) };
    if (at(i) === 'be' && /^(comfortable|confident|familiar|fluent)$/.test(at(i + 1)))
      return { kind: 'skills', rest: words.slice(i + 1) };
    if (/^(have|know|understand)$/.test(at(i))) return { kind: 'skills', rest: words.slice(i + 1) };
    if (/^(must|should)$/.test(at(modal)) && words[i]?.pos === 'VERB' && !stative.test(at(i)))
      return { kind: 'responsibilities', rest: words.slice(i) };
    return null;
  }
  if (/^(is|are)$/.test(at(i))) {
    i += 1;
    skipAdverbs();
    if (at(i) === 'expected' && at(i + 1) === 'to') {
      const rest = words.slice(i + 2);
      return /^(have|show|bring)$/.test(lower(rest[0]))
        ? { kind: 'skills', rest: rest.slice(1) }
        : { kind: 'responsibilities', rest };
    }
    if (/^(responsible|accountable)$/.test(at(i)) && at(i + 1) === 'for')
      return { kind: 'responsibilities', rest: words.slice(i + 2) };
    return null;
  }
  if (words[i]?.pos === 'VERB' && !stative.test(at(i)))
    return { kind: 'responsibilities', rest: words.slice(i) };
  return null;
}

// Where a clause turns from what is done to why or how: ", since ...", ", because ...", ", so that ...".
const tail = /,?\s+(since|because|so that|so|as|which|although|though|but|even when|even if)\s.*$|[.;:!?]+$/i;

/**
 * Coordinated verb phrases, one duty each: split at a comma or "and" where a verb follows ("hire
 * and coach the people, run one-to-ones and write reviews" gives three: a bare verb before "and"
 * shares the object after it).
 */
function verbPhrases(words: readonly TaggedWord[]): string[] {
  const pieces: TaggedWord[][] = [[]];
  words.forEach((word, i) => {
    const next = words[i + 1];
    const after = next && lower(next) === 'to' ? words[i + 2] : next;
    const joint = word.text === ',' || (lower(word) === 'and' && words[i - 1]?.text !== ',');
    const current = pieces.at(-1)!;
    if (joint && after && startsVerbPhrase(after, words.slice(i + 1)) && current.length >= 2) {
      pieces.push([]);
      return;
    }
    if (lower(word) === 'and' && current.length === 0) return;
    current.push(word);
  });
  return pieces
    .map((piece) =>
      textOf(piece)
        .replace(/^(to|and)\s+/i, '')
        .replace(tail, '')
        .trim(),
    )
    .map((text) => stripDeterminers(text.replace(/^(also|then)\s+/i, '')))
    .filter((text) => text.split(' ').length >= 2 && text.split(' ').length <= 20);
}

// wink tags a verb by its neighbours; a word it calls a noun right after "and" may still open a verb phrase ("and step in").
function startsVerbPhrase(word: TaggedWord, rest: readonly TaggedWord[], adjective = false): boolean {
  if (word.pos === 'VERB') return !stative.test(lower(word)) || lower(word) === 'lead';
  if (word.pos !== 'NOUN' && !(adjective && word.pos === 'ADJ')) return false;
  const retagged = tagged(`they ${textOf(rest).replace(/^(and|,)\s*/i, '')}`);
  return retagged[1]?.pos === 'VERB';
}

/** What a requirement asks for: an ability ("give honest feedback") or things ("a first aid certificate, and patience"). */
function requirementItems(words: readonly TaggedWord[]): string[] {
  if (words[0]?.pos === 'VERB') return verbPhrases(words);
  const text = textOf(words).replace(tail, '');
  return splitEnumeration(text, { splitAnd: 'always' })
    .map((item) => stripDeterminers(item.replace(tail, '')))
    .filter((item) => item.split(' ').length >= 1 && item.split(' ').length <= 14 && !isGenericItem(item));
}

/**
 * Prose claims of a kind for a tier only where the page lists none of that kind for it: a page
 * that lists a tier's duties says in its sentences what the tier is, not more duties.
 */
export function proseWhereNoList(findings: readonly ListFinding[]): ListFinding[] {
  const listed = new Set(
    findings.filter((f) => !f.prose && f.items.length >= 2).map((f) => `${f.kind}|${f.tier.name}`),
  );
  return findings.filter((f) => !f.prose || !listed.has(`${f.kind}|${f.tier.name}`));
}
