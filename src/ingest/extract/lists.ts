import nlp from 'compromise';
import type { ParsedStatement } from '../parse/parseArticle.ts';
import { sectionOf, subjectTier, type ExtractionContext, type SectionInfo } from './context.ts';
import type { ListFinding, ListItem } from './findings.ts';
import { clauseClaims } from './clauseClaims.ts';
import { isRoleListLeadIn } from './roles.ts';
import {
  isGenericItem,
  leadLabel,
  listKindOf,
  opensSubordinate,
  plain,
  sentences,
  splitEnumeration,
  stripDeterminers,
  type ListKind,
} from './language.ts';
import { onlyTier, tiersIn, type FoundTier } from './tiers.ts';

/** Consecutive bullets of one section. */
export interface BulletRun {
  section: SectionInfo;
  bullets: ParsedStatement[];
  /** The paragraph right before the first bullet, in the same section. */
  leadIn: ParsedStatement | null;
}

export function bulletRuns(context: ExtractionContext): BulletRun[] {
  const runs: BulletRun[] = [];
  for (const section of context.sections.values()) {
    let current: BulletRun | null = null;
    section.statements.forEach((statement, i) => {
      if (statement.kind !== 'bullet') {
        current = null;
        return;
      }
      if (!current) {
        const previous = section.statements[i - 1];
        current = {
          section,
          bullets: [],
          leadIn: previous && previous.kind === 'paragraph' ? previous : null,
        };
        runs.push(current);
      }
      current.bullets.push(statement);
    });
  }
  return runs;
}

/** Bullets labelled by tier ("Regional directors: ...") compare tiers; they are not a list of items. */
export function tierLabelled(run: BulletRun, tiers: readonly FoundTier[]): boolean {
  const labelled = run.bullets.filter((b) => b.lead && onlyTier(b.lead, tiers));
  return labelled.length >= 2 && labelled.length * 2 >= run.bullets.length;
}

const startsWithVerb = (text: string) =>
  /^[A-Z]?[a-z]+ing\b/.test(text) ||
  /^(ensure|direct|lead|manage|set|create|develop|oversee|review|approve|plan|make|decide|run|monitor|report|hire|build|define|drive|maintain|coordinate|supervise|delegate|allocate|represent|communicate|assign|prepare|implement|evaluate|control|organi[sz]e|motivate|train|handle|preside|establish|guide|track|turn|translate|design|advise|support|resolve|recruit|appoint)\b/i.test(
    text,
  );

/**
 * Under a heading that announces skills or duties, tier-labelled bullets list each tier's items
 * ("Supervisors: technical know-how, patience and giving clear instructions"), not a comparison.
 */
export function labelledLists(run: BulletRun): boolean {
  return (run.section.kind === 'skills' || run.section.kind === 'responsibilities') && !run.section.comparing;
}

function itemsPerLabel(run: BulletRun, tiers: readonly FoundTier[]): ListFinding[] {
  const kind = run.section.kind === 'skills' ? 'skills' : 'responsibilities';
  return run.bullets.flatMap((bullet) => {
    const tier = bullet.lead ? onlyTier(bullet.lead, tiers) : null;
    if (!tier || !bullet.lead) return [];
    const rest = bullet.normalized.slice(bullet.lead.length + 1).replace(/\.$/, '');
    const items = splitEnumeration(rest, { splitAnd: 'always' }).map(cleanItem).filter(Boolean);
    return [
      {
        kind,
        tier,
        items: items.map((name) => ({ statement: bullet, name })),
        leadIn: null,
        confidence: 0.75,
      } satisfies ListFinding,
    ];
  });
}

/** Bullet lists of responsibilities or skills, with the tier and kind their heading or lead-in give. */
export function findBulletLists(context: ExtractionContext, runs: readonly BulletRun[]): ListFinding[] {
  const findings: ListFinding[] = [];
  for (const run of runs) {
    if (tierLabelled(run, context.tiers)) {
      if (labelledLists(run)) findings.push(...itemsPerLabel(run, context.tiers));
      continue;
    }
    const leadText = run.leadIn ? plain(run.leadIn.text) : '';
    const leadKind = leadText ? listKindOf(leadText) : null;
    const headingKind = run.section.kind;
    let kind: ListKind | null =
      headingKind === 'skills' || headingKind === 'responsibilities'
        ? headingKind
        : leadKind === 'skills' || leadKind === 'responsibilities'
          ? leadKind
          : null;
    let confidence = 0.85;
    if (!kind) {
      // Nothing says which: items that start with a verb are duties, noun phrases are abilities.
      const verbs = run.bullets.filter((b) => startsWithVerb(plain(b.text))).length;
      kind =
        verbs * 2 > run.bullets.length
          ? 'responsibilities'
          : headingKind === 'both' || leadKind === 'both'
            ? 'skills'
            : null;
      confidence = 0.6;
    }
    if (!kind) continue;
    const leadTier = leadText ? onlyTier(leadText, context.tiers) : null;
    const tier = leadTier ?? run.section.tier;
    if (!tier) continue;
    if (!leadTier && !run.section.tier) confidence -= 0.1;
    if (isRoleListLeadIn(leadText) && run.bullets.every((b) => b.normalized.split(' ').length <= 6)) continue;
    const items: ListItem[] = run.bullets.map((statement) => ({ statement, name: null }));
    if (items.length > 0) findings.push({ kind, tier, items, leadIn: run.leadIn, confidence });
  }
  return findings;
}

const adverbs =
  '(?:also |directly |mainly |primarily |chiefly |ultimately |usually |typically |often |really |always |mostly |heavily |most |especially )*';
const responsibleFor = new RegExp(
  `\\b(?:is|are|remains?|will be|should be)\\s+${adverbs}(?:responsible|accountable)\\s+for\\s+(.+)$`,
  'i',
);
const dutiesAre =
  /\b(?:main |key |chief |primary |core |daily |typical )?(?:responsibilities|duties|functions|tasks)\s+(?:of [^,]+?\s+)?(?:are|include|involve|cover)\s*:?\s+(.+)$/i;
// "Ops managers handle scheduling, inventory, supplier contracts and quality checks."
const handles = new RegExp(
  `\\b(?:handles?|oversees?|looks? after|takes? care of|deals? with)\\s+${adverbs}(.+)$`,
  'i',
);
const alsoDoes =
  /^(?:they|it|he|she|these managers|this level)\s+(?:also|additionally|further)\s+([a-z]+)\s+(.+)$/i;
const needs = new RegExp(
  `\\b(needs?|requires?|relies ${adverbs}on|depends ${adverbs}on|draws? ${adverbs}on|demands?|calls? for|(?:must|should|will|need to|have to) ${adverbs}(?:have|bring|show)|(?:is|are) ${adverbs}expected to (?:have|bring|show)|(?:must|should) ${adverbs}be (?:good at|skilled (?:in|at)|strong (?:in|at))|(?:is|are) ${adverbs}(?:good at|skilled (?:in|at)))\\s+(.+)$`,
  'i',
);
// "We look for associates with strong drafting skills and commercial awareness."
const lookFor = /\blooks? for ((?:[\w-]+ ){0,3}?[\w-]+) (?:with|who have|who show)\s+(.+)$/i;
// "The capabilities most often assessed at this level are A, B and C."
const skillsAre =
  /^(?:the )?(?:key |main |core |essential |most important )?(?:skills|capabilities|competencies|qualities|abilities|strengths)\b(.*?)\b(?:are|include)\s*:?\s+(.+)$/i;
// "Technical skills matter most at this level."
const skillMatters =
  /^((?:[\w-]+ ){0,3}(?:skills?|knowledge|abilities|experience|expertise))\s+(?:matters?|counts?|is|are)\s+(?:most|more|too|also|as well|especially|particularly|essential|vital|crucial|key|critical)\b(.*)$/i;
const objectEnd =
  /:|;|\s-\s|,?\s(?:because|since|as it|as they|so that|in order|which|who|that|to be able|above all|more than|rather than|while|whereas)\b|\.(?:\s|$)/i;
const skillWords =
  /\b(skills?|knowledge|know-how|abilit(y|ies)|experience|expertise|judg(e)?ment|literacy|thinking|understanding|communication|competenc\w*|qualities|awareness|acumen|intelligence|talent|analysis|credibility|stamina|patience|eye for)\b/i;

type SentenceRule = (
  context: ExtractionContext,
  statement: ParsedStatement,
  sentence: string,
) => ListFinding | null;

/**
 * Enumerations inside sentences: "X are responsible for A, B, and C", "X handle A, B and C",
 * "Key skills: a; b", "X needs A and B", "They also ...". Sentences of a section that compares
 * the tiers on one dimension describe the tiers there, and are left to the dimension rules.
 */
export function findSentenceLists(
  context: ExtractionContext,
  comparing: ReadonlySet<string> = new Set(),
): ListFinding[] {
  const findings: ListFinding[] = [];
  for (const statement of context.article.statements) {
    if (comparing.has(statement.sectionSlug) || comparing.has(statement.key)) continue;
    let lastTier: FoundTier | null = null;
    for (const sentence of sentences(plain(statement.text))) {
      const also = alsoDoes.exec(sentence);
      if (also && lastTier) {
        findings.push({
          kind: 'responsibilities',
          tier: lastTier,
          items: [{ statement, sentence, name: cleanItem(`${also[1]} ${also[2]}`) }],
          leadIn: null,
          confidence: 0.55,
        });
        continue;
      }
      const finding = sentenceRules.reduce<ListFinding | null>(
        (found, rule) => found ?? rule(context, statement, sentence),
        null,
      );
      if (finding) findings.push(finding);
      // What the enumeration rules do not read, the clause reader may: prose says duties one verb phrase at a time.
      const read =
        statement.kind === 'paragraph' ? besides(finding, clauseClaims(context, statement, sentence)) : [];
      findings.push(...read);
      lastTier = (finding ?? read[0])?.kind === 'responsibilities' ? (finding ?? read[0])!.tier : null;
    }
  }
  return findings;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** Clause claims of a sentence an enumeration rule read too: only the items it did not find. */
function besides(found: ListFinding | null, read: ListFinding[]): ListFinding[] {
  if (!found) return read;
  const known = found.items.map((i) => wordsOf(i.name ?? ''));
  const isNew = (name: string) => {
    const words = wordsOf(name);
    return known.every((k) => [...words].filter((w) => k.has(w)).length * 2 < words.size);
  };
  return read
    .map((f) => ({ ...f, items: f.items.filter((i) => isNew(i.name ?? '')) }))
    .filter((f) => f.items.length > 0);
}

const finding = (
  kind: ListKind,
  tier: FoundTier,
  statement: ParsedStatement,
  sentence: string,
  items: string[],
  confidence: number,
): ListFinding | null =>
  items.length === 0
    ? null
    : { kind, tier, items: items.map((name) => ({ statement, sentence, name })), leadIn: null, confidence };

/** "Key skills: a; b; c", "Skills needed: a, b, c", "Main duties: ..." at the start of a sentence. */
const labelledList: SentenceRule = (context, statement, sentence) => {
  // A bullet's label names the bullet itself ("Strategic planning skills: Since ..."); only prose carries such lists.
  const label = statement.kind === 'paragraph' ? leadLabel(sentence) : null;
  if (!label) return null;
  const kind = listKindOf(label.label);
  const tier = onlyTier(label.label, context.tiers) ?? sectionOf(context, statement).tier;
  if ((kind !== 'skills' && kind !== 'responsibilities') || !tier) return null;
  const items = splitEnumeration(label.rest.replace(/\.$/, ''), { splitAnd: 'never' })
    .map(cleanItem)
    .filter(Boolean);
  const phrases = items.every(
    (i) => i.split(' ').length <= 10 && !/\b(is|are|was|were|must|should|will)\b/i.test(i),
  );
  return items.length >= 2 && phrases ? finding(kind, tier, statement, sentence, items, 0.8) : null;
};

const responsibilities: SentenceRule = (context, statement, sentence) => {
  const match = responsibleFor.exec(sentence) ?? dutiesAre.exec(sentence);
  // "..., individuals who are responsible for ..." describes, and "Since X is responsible ..." argues: neither lists duties.
  if (
    !match ||
    opensSubordinate(unlabelled(sentence)) ||
    /\b(who|which|that)\s+$/i.test(sentence.slice(0, match.index))
  )
    return null;
  const subject = subjectTier(context, statement, sentence, match.index);
  if (!subject) return null;
  const items = gerundRuns(
    splitEnumeration(dutiesOf(match[1]!), { splitAnd: 'gerunds' }).map(cleanItem),
  ).filter((i) => i && !/^(the )?(following|these|those|this|that)$/i.test(i));
  // One object that is not an activity ("responsible for the people who...") is not a duty.
  if (items.length < 2 && !items.every((i) => /^[a-z]+ing\b/i.test(i))) return null;
  return finding('responsibilities', subject.tier, statement, sentence, items, subject.named ? 0.75 : 0.65);
};

const handled: SentenceRule = (context, statement, sentence) => {
  const match = handles.exec(sentence);
  if (!match || opensSubordinate(sentence)) return null;
  const subject = subjectTier(context, statement, sentence, match.index);
  if (!subject) return null;
  const items = splitEnumeration(dutiesOf(match[1]!), { splitAnd: 'never' }).map(cleanItem).filter(Boolean);
  // Only a real enumeration of things: "X handle A, B and C", not "X deals with the board" nor "oversee 50 stores, usually through ...".
  const things = items.every(
    (i) =>
      i.split(' ').length <= 4 &&
      !/^(usually|often|through|by|via|with|and|or|sit|sits|work|works)\b/i.test(i) &&
      !/\d/.test(i),
  );
  return items.length >= 3 && things
    ? finding('responsibilities', subject.tier, statement, sentence, items, 0.6)
    : null;
};

// "Senior executives advise ministers on policy, lead departments ..., and account for ...";
// "they design menus, cost every dish, manage suppliers and oversee several kitchens";
// "Professional CEOs are brought in to build ..., professionalise ..., and prepare ...".
const verbList: SentenceRule = (context, statement, sentence) => {
  const clause = sentence.includes(': ') ? sentence.slice(sentence.indexOf(': ') + 2) : sentence;
  const opening =
    /^((?:[\w'’-]+ ){1,5}?)(?:(?:are|is) (?:brought in|hired|appointed|there|expected|paid) to |(?:job|role|task|duty|work|main job) is to |(?:also |usually |typically |mainly )?)(?=[a-z])/.exec(
      clause,
    );
  if (!opening || clause.split(',').length < 3) return null;
  const subject = subjectTier(context, statement, opening[1]!, opening[1]!.length);
  if (!subject) return null;
  const rest = clause.slice(opening[0].length).replace(/[.!]$/, '');
  const items = splitEnumeration(rest, { splitAnd: 'never' })
    .flatMap((item) => item.split(/\s+and\s+(?=[a-z]+ )/))
    .map(cleanItem)
    .filter(Boolean);
  if (items.length < 3 || !items.every(startsWithVerbInContext)) return null;
  return finding('responsibilities', subject.tier, statement, sentence, items, subject.named ? 0.65 : 0.55);
};

// compromise's tagger reads the first word as a verb when a subject stands before it.
const startsWithVerbInContext = (item: string) => {
  const terms =
    (nlp(`they ${item}`).terms().json() as { terms: { tags: string[] }[] }[])[1]?.terms[0]?.tags ?? [];
  return (
    terms.includes('Verb') &&
    !/^(are|is|was|were|have|has|had|do|does|did|can|could|may|might|must|should|will|would)\b/i.test(item)
  );
};

// "Good head chefs are calm under pressure and obsessive about consistency", "A good X has A and B".
const goodIs =
  /^(?:a |an |the )?(?:good|great|effective|successful|strong|the best|best) ([\w-]+(?: [\w-]+){0,3}?) (?:is|are|has|have|needs?|brings?|shows?)\s+(.+)$/i;

const skills: SentenceRule = (context, statement, sentence) => {
  const section = sectionOf(context, statement);
  const look = lookFor.exec(sentence);
  if (look) {
    const tier = onlyTier(look[1]!, context.tiers);
    const items = tier ? skillItems(look[2]!) : [];
    if (tier && items.length > 0) return finding('skills', tier, statement, sentence, items, 0.6);
  }
  const good = goodIs.exec(sentence);
  if (good) {
    const tier = onlyTier(good[1]!, context.tiers);
    const items = tier ? skillItems(good[2]!) : [];
    if (tier && items.length > 0) return finding('skills', tier, statement, sentence, items, 0.65);
  }
  // "Boards look for A and B" in a tier's section: what is looked for in the tier
  const sought = /^(?:[\w-]+ ){0,3}looks? for\s+(.+)$/i.exec(sentence);
  if (
    sought &&
    section.tier &&
    skillWords.test(sought[1]!) &&
    tiersIn(sought[1]!, context.tiers).length === 0
  ) {
    const items = skillItems(sought[1]!);
    if (items.length > 0) return finding('skills', section.tier, statement, sentence, items, 0.55);
  }
  const listed = skillsAre.exec(sentence);
  if (listed) {
    const subject =
      subjectTier(context, statement, listed[1]!, listed[1]!.length) ??
      (section.tier ? { tier: section.tier, named: false } : null);
    if (subject) return finding('skills', subject.tier, statement, sentence, skillItems(listed[2]!), 0.65);
  }
  const matters = skillMatters.exec(sentence);
  if (matters) {
    const subject = onlyTier(matters[2]!, context.tiers) ?? section.tier;
    if (subject) return finding('skills', subject, statement, sentence, [cleanItem(matters[1]!)], 0.55);
  }
  const match = needs.exec(sentence);
  if (
    !match ||
    opensSubordinate(unlabelled(sentence)) ||
    /(\bnot|n't|\bnever|\bno longer)\s+$/i.test(sentence.slice(0, match.index))
  )
    return null;
  const subject = subjectTier(context, statement, sentence, match.index);
  if (!subject) return null;
  const span = objectOf(match[2]!);
  // "A good X needs ..." and "must be good at ..." speak of abilities whatever the words.
  const aboutAbilities =
    /^(a|an) (good|great|effective|successful|strong)\b/i.test(sentence) ||
    /good at|skilled|strong (in|at)|calls? for|expected/i.test(match[1]!);
  if (section.kind !== 'skills' && !aboutAbilities && !skillWords.test(span)) return null;
  const confidence = tiersIn(sentence, context.tiers).length > 1 ? 0.55 : 0.7;
  return finding('skills', subject.tier, statement, sentence, skillItems(span), confidence);
};

const sentenceRules: readonly SentenceRule[] = [labelledList, responsibilities, handled, skills, verbList];

// In a list of activities, a piece that is not one belongs to the one before ("hitting the targets for safety, quality, delivery and cost").
function gerundRuns(items: string[]): string[] {
  if (!/^[a-z]+ing\b/i.test(items[0] ?? '')) return items;
  return items.reduce<string[]>((out, item) => {
    if (out.length > 0 && !/^[a-z]+ing\b/i.test(item)) out[out.length - 1] = `${out.at(-1)!}, ${item}`;
    else out.push(item);
    return out;
  }, []);
}

// Duties run to the end of their clause: "setting fees and managing the teams that work on their matters".
const dutiesOf = (text: string) =>
  text.split(/:|;|\s-\s|,?\s+(?:whereas|while|but)\s/i)[0]!.replace(/[.!]$/, '');

const objectOf = (text: string) => {
  const end = objectEnd.exec(text);
  return (end ? text.slice(0, end.index) : text)
    .split(/,?\s+(?:whereas|while|but)\s|;\s/i)[0]!
    .replace(/[.!]$/, '');
};

const skillItems = (span: string) =>
  splitEnumeration(objectOf(span), { splitAnd: 'always' })
    .map(cleanItem)
    .filter((i) => i && i.split(' ').length <= 12 && !isGenericItem(i) && !/^to\s/i.test(i));

// A bullet's label ("Strategic planning skills: Since ...") is not part of its first sentence.
const unlabelled = (sentence: string) => sentence.replace(/^[^:]{2,60}:\s+/, '');

function cleanItem(item: string): string {
  return stripDeterminers(
    item
      .replace(/,\s*(which|because|so that|as|since|and so)\b.*$/i, '')
      .replace(/\s+(?:above all|first and foremost|most of all|too|as well)$/i, '')
      .replace(/[.!?;:,\s]+$/, ''),
  );
}
