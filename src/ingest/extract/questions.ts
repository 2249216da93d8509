import { isFramingHeading, isGroupName, namedListKind, plain, sentenceCase } from './language.ts';
import { nounPhrases } from './tagger.ts';
import { tiersIn, type FoundTier } from './tiers.ts';

// Nouns a question uses for the tiers themselves or for the comparison, not for what is compared.
const notATopic =
  /^(members?|people|persons?|one|ones|each|others?|both|way|ways|things?|differences?|similarit(y|ies)|comparison)$/i;

/**
 * What a comparison question asks about, named by the noun it asks about: "How much authority
 * does each have?" asks about authority, "What is the selection process for each?" the selection
 * process, "How long do panel members serve, and what is a warden's term of office?" the term of
 * office (its last noun phrase that names no tier). A question about positions, duties or skills
 * ("What skills does each need?") or with no such noun ("Is one more powerful than the other?")
 * names no dimension.
 */
export function questionTopic(heading: string, tiers: readonly FoundTier[]): string | null {
  const text = plain(heading).trim();
  // A yes-or-no question ("Do small companies need all three?") asks the reader, not about the tiers.
  if (!text.endsWith('?') || !/^(what|how|where|when|which|who|whose|to whom)\b/i.test(text)) return null;
  // A person ("What does a dean decide?") is a tier's member, not what the tiers are compared on.
  const person = (phrase: string) =>
    isGroupName(phrase) && new RegExp(`\\b(a|an|the|each|every|any) ${escaped(phrase)}\\b`, 'i').test(text);
  const phrases = nounPhrases(text).filter(
    (phrase) => tiersIn(phrase, tiers).length === 0 && !notATopic.test(phrase) && !person(phrase),
  );
  if (phrases.some((phrase) => namedListKind(phrase) !== null)) return null;
  const topic = phrases.at(-1);
  return topic && !isFramingHeading(topic) ? sentenceCase(topic) : null;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
