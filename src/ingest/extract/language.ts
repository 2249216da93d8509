import nlp from 'compromise';
import pluralize from 'pluralize';
import { normalizeForMatch } from '../../textMatching.ts';
import { isBodyNoun, isCollectiveNoun, isPersonNoun } from './lexicon.ts';

/**
 * The English of the genre: how articles comparing management tiers introduce lists, name
 * positions and word their headings. These are words of the genre, not of any one article.
 */

/** Text for matching, with dashes used as punctuation turned into a separate " - ". */
export function plain(text: string): string {
  // Reference pages mark citations and edit links in the text: "committee.[3]", "explained[edit]".
  const unmarked = text.replace(/\[(\d{1,3}|edit|citation needed)\]/gi, '');
  return normalizeForMatch(unmarked.replace(/\s*[\u2013\u2014]\s*/g, ' \u2014 ')).replace(/ \u2014 /g, ' - ');
}

const sentenceCache = new Map<string, string[]>();

/**
 * The sentences of a passage, as compromise's tokenizer splits them (it knows abbreviations such
 * as "etc." and "e.g."). Tokenizing alone, without compromise's tagger, is what makes it cheap;
 * each rule asks for the same statements, so splits are kept for the process (bounded).
 */
export function sentences(text: string): string[] {
  const known = sentenceCache.get(text);
  if (known) return known;
  const found = (nlp.tokenize(text).json() as { text: string }[]).map((s) => s.text.trim()).filter(Boolean);
  if (sentenceCache.size > 10_000) sentenceCache.clear();
  sentenceCache.set(text, found);
  return found;
}

/** A sentence cut where it turns to another subject: ", while ...", ", whereas ...", "; ...", ", but ...". */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/,?\s+(?=(?:whereas|while|but)\s)|;\s+/i)
    .map((c) => c.replace(/^(whereas|while|but)\s+/i, '').trim())
    .filter(Boolean);
}

/** A sentence that opens with a subordinate clause ("Since X is responsible for ..., the ...") asserts nothing by it. */
export function opensSubordinate(sentence: string): boolean {
  return /^(since|because|as|if|when|although|though|unless|whether|once|while|whereas)\b/i.test(sentence);
}

/** Item words that name no particular skill or duty ("a higher set of skills", "qualifications"). */
export function isGenericItem(item: string): boolean {
  const content = item
    .toLowerCase()
    .split(/\s+/)
    .filter(
      (w) =>
        !/^(a|an|the|of|and|or|higher|high|set|sets|more|less|much|many|different|certain|specific|such|that|this|these|some|other|various|right|necessary|relevant|required|skills?|qualifications?|experience|knowledge|abilit(y|ies)|competenc(e|es|ies)|requirements?|things?|lot|range)$/.test(
          w,
        ),
    );
  return content.length === 0;
}

/** Whether a phrase names a group of people in an organisation ("area managers", "the leadership team"). */
export function isGroupName(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  // WordNet files "level" and "tier" under ranks and rows, not people, yet the genre names a
  // group by them ("Top vs Middle Level"); they are the one pair the lexicon cannot give.
  return /^(levels?|tiers?)$/i.test(last) || isPersonNoun(last) || isCollectiveNoun(last);
}

export function isRoleName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length > 6 || words.length === 0) return false;
  if (
    /['’]s\b|\b(most|many|all|some|several|these|those|such)\b/i.test(phrase) ||
    /\s(of|in|for|at|to|and|or)$/i.test(phrase)
  )
    return false;
  if (/^[A-Z]{2,5}s?$/.test(last)) return true;
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = ofAt > 0 ? words[ofAt - 1]! : last;
  // "works council", "board of governors": a body is a position only when the phrase says which
  if (!isPersonNoun(head) && !(words.length > 1 && isBodyNoun(head))) return false;
  // "top executives", "members" alone are a description, not a position
  return (
    !(words.length === 1 && /^(executives?|members?|leaders?|heads?)$/i.test(head)) &&
    !/^(top|senior|other|all|many)$/i.test(words[0] ?? '')
  );
}

/** A phrase of two to four plain words that reads as a noun phrase: no verb form, number or clause word. */
export function isPlainNounPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (
    /[0-9:;"]/.test(phrase) ||
    /^(who|which|that|to|is|are|was|were|be|have|has|do|does|not|no|more|less|one|two|three|each|every|any|it|they)$/i.test(
      words[0]!,
    )
  )
    return false;
  return !words.some(
    (w) =>
      /^(is|are|was|were|be|been|being|have|has|had|do|does|did|will|would|can|could|should|must|may|might|who|which|that|when|where|while|because|if|than|then)$/i.test(
        w,
      ) || /ed$|ing$/.test(w.toLowerCase()),
  );
}

/** Singular of a noun phrase: its head noun (the word before "of", else the last) made singular. */
export function singularPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const ofAt = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  const headAt = ofAt > 0 ? ofAt - 1 : words.length - 1;
  const head = words[headAt] ?? '';
  if (/^[A-Z]{2,5}s$/.test(head)) words[headAt] = head.slice(0, -1);
  else if (!/^[A-Z]{2,}$/.test(head) && !/(ss|us|is|staff|counsel|personnel)$/i.test(head))
    words[headAt] = pluralize.singular(head);
  return words.join(' ');
}

/** Sentence case that keeps acronyms: "Head of Sales" -> "Head of sales", "IT manager" stays. */
export function sentenceCase(phrase: string): string {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      if (/^[A-Z0-9]{2,}s?$/.test(w) || /^[A-Z]-/.test(w) || /[A-Z].*[A-Z]/.test(w.slice(1))) return w; // CEO, C-suite, McKinsey
      return i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
    });
  return words.join(' ');
}

/** Determiners and hedges that open a list item without being part of its name. */
export function stripDeterminers(phrase: string): string {
  let text = phrase.trim();
  for (;;) {
    const next = text.replace(
      /^(the|a|an|and|or|its|their|his|her|some|other|usually|sometimes|often|also|typically|generally|normally|various|several|both|either|possibly|even|then|etc\.?)\s+/i,
      '',
    );
    if (next === text)
      return text.replace(/[\s,.;:]+$/, '').replace(/\s+(etc\.?|and so on|and others)$/i, '');
    text = next;
  }
}

/**
 * The items of an enumeration: "a, b, and c", "a; b; c", "a and b". Commas and semicolons always
 * separate; a lone "and"/"or" separates only when both sides start alike (two verbs in -ing, or
 * two short noun phrases), so "approving leave and overtime" stays one item.
 */
export function splitEnumeration(
  text: string,
  { splitAnd = 'gerunds' }: { splitAnd?: 'gerunds' | 'always' | 'never' } = {},
): string[] {
  const separator = text.includes(';') ? /\s*;\s*/ : /\s*,\s*(?![^(]*\))/;
  const parts = text
    .replace(/\s+as well as\s+/gi, ', ')
    .split(separator)
    .flatMap((part) => part.split(/^(?:and|or)\s+/i))
    .map((part) => part.replace(/^(?:and|or)\s+/i, '').trim())
    .filter(Boolean);
  const joined: string[] = [];
  // "Hiring, evaluating and, when needed, replacing X": a comma-separated aside is not an item.
  for (const part of parts) {
    const previous = joined.at(-1);
    if (previous !== undefined && /\b(and|or)$/i.test(previous))
      joined[joined.length - 1] = `${previous} ${part}`;
    else if (
      previous !== undefined &&
      /^(when|if|where|as|especially|including|in particular)\b/i.test(part) &&
      parts.length > 2
    )
      joined[joined.length - 1] = `${previous}, ${part}`;
    else joined.push(part);
  }
  if (splitAnd === 'never') return joined;
  return joined.flatMap((part) => {
    const pieces = part.split(/\s+(?:and|or)\s+/i);
    if (pieces.length < 2) return [part];
    if (splitAnd === 'always') return rejoinPairs(pieces);
    // "building and leading the executive team" is one duty; "planning work and hiring staff" two
    return pieces.every((p) => /^\w+ing\b/i.test(p) && p.includes(' ')) ? pieces : [part];
  });
}

// "the ability to see both the big picture and the detail": "both" and "between" keep their "and".
function rejoinPairs(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let open: string | null = null;
  for (const piece of pieces) {
    if (open !== null) {
      out.push(`${open} and ${piece}`);
      open = null;
    } else if (/\b(both|between|either|neither)\b/i.test(piece)) open = piece;
    else if (out.length > 0 && /^(of|to|for|with|in|on|from|about|among)\s/i.test(piece)) {
      // "deep knowledge of the business and of its industry"
      out[out.length - 1] = `${out.at(-1)!} and ${piece}`;
    } else if (
      out.length > 0 &&
      piece.split(' ').length <= 2 &&
      /\s(with|to|for|of|on|in|from|about|among)\s/i.test(` ${out.at(-1)!} `.slice(1))
    ) {
      // "building relationships with ministers and stakeholders": the second noun ends the phrase
      out[out.length - 1] = `${out.at(-1)!} and ${piece}`;
    } else out.push(piece);
  }
  if (open !== null) out.push(open);
  return out;
}

export type ListKind = 'responsibilities' | 'skills';

const responsibilityCue =
  /\b(responsib\w*|dut(y|ies)|functions?|tasks?|roles?|jobs?|in charge|accountab\w*|do\b|does\b|activities|work of|what .* do|you will|you'll|expected to|day[- ]to[- ]day work)\b/i;
const skillCue =
  /\b(skills?|skill set|qualit(y|ies)|qualifications?|competenc(e|es|ies|y)|abilit(y|ies)|traits?|attributes?|makes? (a|an) (good|great|effective|successful)|needs?|requires?|required|requirements?|expertise|capabilit(y|ies)|strengths?|characteristics of a (good|great))\b/i;

/** Which kind of list a heading or lead-in announces, if it says. */
export function listKindOf(text: string): ListKind | 'both' | null {
  const skill = skillCue.test(text);
  const responsibility = responsibilityCue.test(text);
  if (skill && responsibility) return 'both';
  return skill ? 'skills' : responsibility ? 'responsibilities' : null;
}

// A header that names what its cells list: positions, duties, or abilities. Any other header (even
// "Accountable to", which would announce duties in a sentence) names a dimension.
const rolesHeader = /\b(titles?|roles|positions|posts|ranks|members|who sits|who is in|examples?)\b/i;
const dutiesHeader =
  /\b(responsibilit(y|ies)|dut(y|ies)|tasks?|functions|activities|accountabilities|what (they|it) (do|does|own|decide)s?)\b/i;
const skillsHeader =
  /\b(skills?|competenc(e|es|ies)|qualifications?|abilities|qualities|requirements|expertise|capabilities|strengths|what it takes)\b/i;

/** What a table's header cell or a question's noun names as listed, if it names one. */
export const namedListKind = (text: string): ListKind | 'roles' | null =>
  rolesHeader.test(text)
    ? 'roles'
    : dutiesHeader.test(text)
      ? skillsHeader.test(text)
        ? null
        : 'responsibilities'
      : skillsHeader.test(text)
        ? 'skills'
        : null;

/**
 * What a heading announces, questions included: "Who sits on X?" / "Who is in it" / "Typical job
 * titles" positions; "What does X decide?" / "What they own" duties; "What it takes" abilities.
 */
export function headingKindOf(heading: string): ListKind | 'both' | 'roles' | null {
  const text = plain(heading).replace(/[?:.]$/, '');
  if (positionsHeading.test(text)) return 'roles';
  if (/^what (it|the (job|role)) takes\b/i.test(text)) return 'skills';
  if (
    /^what (?:(?:do|does) )?(?:[\w-]+ ){0,4}?(own|owns|decide|decides|handle|handles|oversee|oversees|look after|looks after|is in charge of|are in charge of)$/i.test(
      text,
    )
  )
    return 'responsibilities';
  return listKindOf(text);
}

const positionsHeading =
  /^(who (is|are|sits?|serves?|belongs?) (in|on|at|to)\b|who (leads|heads|chairs|runs|makes up)\b|(typical |common |example |main )?(job )?(titles|positions|posts|ranks)( and roles)?$|(typical |common |example )?roles( at this level| in (it|this (level|tier|team|group)))?$|who('s| is) who\b)/i;

/**
 * Whether the words before a list say it lists duties or skills rather than positions: they end
 * in a word of those kinds ("Typical tasks include ...", "A bursar's duties include ..."), or
 * they are themselves a duty, opening with a verb's -ing form and its object ("Keeping records
 * of ..., including ...").
 */
export function leadsDutiesOrSkills(lead: string): boolean {
  const text = lead.trim();
  // "... within a region, for example ...": after a comma the list gives examples of the whole clause
  const last = /[,;:)]$/.test(text) ? '' : (text.split(/\s+/).at(-1) ?? '');
  if (/^(roles?|jobs?|titles?|positions?|posts?)$/i.test(last)) return false;
  // "Depending on the firm, ...": an -ing form before a preposition is an aside, not a duty
  return (
    (last !== '' && listKindOf(last) !== null) ||
    /^[A-Z][a-z]+ing\s+(?!(?:on|upon|to|in|at|for|with|from|of|by|as|about)\b)[a-z]/.test(text)
  );
}

/** Headings that frame the article rather than name something tiers are compared on. */
export function isFramingHeading(text: string): boolean {
  return (
    /^(the )?(introduction|overview|background|summary|conclusions?|final thoughts|in (short|summary|conclusion)|faqs?|frequently asked|key (differences|takeaways)|the (main|key) differences|differences|similarities|comparison|bottom line|wrapping up|takeaways?|references|sources|further reading|at a glance)\b/i.test(
      text.trim(),
    ) ||
    /\b(vs\.?|versus|differences?|differ|compare|compared|comparison|at a glance|similarities)\b/i.test(text)
  );
}

/** A label written before a colon ("Key skills: ..."), if the passage starts with one. */
export function leadLabel(text: string): { label: string; rest: string } | null {
  const match = /^([^:.;!?]{2,60}):\s+(\S.*)$/s.exec(text);
  if (!match || match[1]!.split(' ').length > 6) return null;
  return { label: match[1]!.trim(), rest: match[2]!.trim() };
}
