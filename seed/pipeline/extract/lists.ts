import type { ParsedStatement } from '../parseArticle.ts';
import { sectionOf, subjectTier, type ExtractionContext, type SectionInfo } from './context.ts';
import type { ListFinding, ListItem } from './findings.ts';
import { isGenericItem, leadLabel, listKindOf, opensSubordinate, plain, sentences, splitEnumeration, stripDeterminers, type ListKind } from './language.ts';
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
        current = { section, bullets: [], leadIn: previous && previous.kind === 'paragraph' ? previous : null };
        runs.push(current);
      }
      current.bullets.push(statement);
    });
  }
  return runs;
}

/** Bullets labelled by tier ("Top management: ...") compare tiers; they are not a list of items. */
export function tierLabelled(run: BulletRun, tiers: readonly FoundTier[]): boolean {
  const labelled = run.bullets.filter((b) => b.lead && onlyTier(b.lead, tiers));
  return labelled.length >= 2 && labelled.length * 2 >= run.bullets.length;
}

const startsWithVerb = (text: string) => /^[A-Z]?[a-z]+ing\b/.test(text) || /^(ensure|direct|lead|manage|set|create|develop|oversee|review|approve|plan|make|decide|run|monitor|report|hire|build|define|drive|maintain|coordinate|supervise|delegate|allocate|represent|communicate|assign|prepare|implement|evaluate|control|organi[sz]e|motivate|train|handle|preside|establish|guide|track|turn|translate|design|advise|support|resolve|recruit|appoint)\b/i.test(text);

/** Bullet lists of responsibilities or skills, with the tier and kind their heading or lead-in give. */
export function findBulletLists(context: ExtractionContext, runs: readonly BulletRun[]): ListFinding[] {
  const findings: ListFinding[] = [];
  for (const run of runs) {
    if (tierLabelled(run, context.tiers)) continue;
    const leadText = run.leadIn ? plain(run.leadIn.text) : '';
    const leadKind = leadText ? listKindOf(leadText) : null;
    const headingKind = run.section.kind;
    let kind: ListKind | null = headingKind === 'skills' || headingKind === 'responsibilities' ? headingKind : leadKind === 'skills' || leadKind === 'responsibilities' ? leadKind : null;
    let confidence = 0.85;
    if (!kind) {
      // Nothing says which: items that start with a verb are duties, noun phrases are abilities.
      const verbs = run.bullets.filter((b) => startsWithVerb(plain(b.text))).length;
      kind = verbs * 2 > run.bullets.length ? 'responsibilities' : headingKind === 'both' || leadKind === 'both' ? 'skills' : null;
      confidence = 0.6;
    }
    if (!kind) continue;
    const leadTier = leadText ? onlyTier(leadText, context.tiers) : null;
    const tier = leadTier ?? run.section.tier;
    if (!tier) continue;
    if (!leadTier && !run.section.tier) confidence -= 0.1;
    const items: ListItem[] = run.bullets.filter((b) => !isRoleListItem(b, leadText)).map((statement) => ({ statement, name: null }));
    if (items.length > 0) findings.push({ kind, tier, items, leadIn: run.leadIn, confidence });
  }
  return findings;
}

// A lead-in such as "Typical titles include:" introduces positions, not duties.
function isRoleListItem(bullet: ParsedStatement, leadText: string): boolean {
  return /\b(titles|positions|roles|members|examples)\b[^.]*:\s*$/i.test(leadText) && bullet.normalized.split(' ').length <= 5;
}

const responsibleFor = /\b(?:is|are|remains?|will be|should be)\s+(?:also\s+|directly\s+|mainly\s+|primarily\s+|chiefly\s+|ultimately\s+|usually\s+|typically\s+)*(?:responsible|accountable)\s+for\s+(.+)$/i;
const dutiesAre = /\b(?:main |key |chief |primary |core |daily )?(?:responsibilities|duties|functions|tasks)\s+(?:of [^,]+?\s+)?(?:are|include|involve|cover)\s*:?\s+(.+)$/i;
const alsoDoes = /^(?:they|it|he|she|these managers|this level)\s+(?:also|additionally|further)\s+([a-z]+)\s+(.+)$/i;
const needs = /\b(needs?|requires?|relies (?:most |mainly |mostly |heavily |chiefly )?on|depends (?:most |mainly |mostly |heavily )?on|must have|should have|calls? for|must be good at|(?:is|are|must be|should be) (?:good at|skilled (?:in|at)))\s+(.+)$/i;
const objectEnd = /:|;|\s-\s|,?\s(?:because|since|as it|as they|so that|in order|which|who|that|to be able|above all|more than|rather than|while|whereas)\b|\.(?:\s|$)/i;

/** Enumerations inside sentences: "X are responsible for A, B, and C", "Key skills: a; b", "X needs A and B". */
export function findSentenceLists(context: ExtractionContext): ListFinding[] {
  const findings: ListFinding[] = [];
  for (const statement of context.article.statements) {
    const section = sectionOf(context, statement);
    const label = leadLabel(plain(statement.text));
    if (label && statement.kind === 'paragraph') {
      const kind = listKindOf(label.label);
      const tier = onlyTier(label.label, context.tiers) ?? section.tier;
      if ((kind === 'skills' || kind === 'responsibilities') && tier) {
        const items = splitEnumeration(label.rest.replace(/\.$/, ''), { splitAnd: 'never' }).map(cleanItem).filter(Boolean);
        if (items.length >= 2) findings.push({ kind, tier, items: items.map((name) => ({ statement, name })), leadIn: null, confidence: 0.8 });
        continue;
      }
    }
    let lastTier: FoundTier | null = null;
    for (const sentence of sentences(plain(statement.text))) {
      const finding: ListFinding | null = responsibilitiesIn(context, statement, sentence, lastTier) ?? skillsIn(context, statement, sentence, section);
      if (finding) {
        findings.push(finding);
        lastTier = finding.kind === 'responsibilities' ? finding.tier : lastTier;
      }
    }
  }
  return findings;
}

function responsibilitiesIn(context: ExtractionContext, statement: ParsedStatement, sentence: string, lastTier: FoundTier | null): ListFinding | null {
  const also = alsoDoes.exec(sentence);
  if (also && lastTier) {
    return { kind: 'responsibilities', tier: lastTier, items: [{ statement, sentence, name: cleanItem(`${also[1]} ${also[2]}`) }], leadIn: null, confidence: 0.55 };
  }
  const match = responsibleFor.exec(sentence) ?? dutiesAre.exec(sentence);
  // "..., individuals who are responsible for ..." describes, and "Since X is responsible ..." argues: neither lists duties.
  if (!match || opensSubordinate(unlabelled(sentence)) || /\b(who|which|that)\s+$/i.test(sentence.slice(0, match.index))) return null;
  const subject = subjectTier(context, statement, sentence, match.index);
  if (!subject) return null;
  const object = match[1]!.split(/,?\s+(?:whereas|while|but)\s|;\s/i)[0]!;
  const items = splitEnumeration(object.replace(/[.!]$/, ''), { splitAnd: 'gerunds' }).map(cleanItem).filter(Boolean);
  // One object that is not an activity ("responsible for the people who...") is not a duty.
  if (items.length < 2 && !items.every((i) => /^[a-z]+ing\b/i.test(i))) return null;
  return { kind: 'responsibilities', tier: subject.tier, items: items.map((name) => ({ statement, sentence, name })), leadIn: null, confidence: subject.named ? 0.75 : 0.65 };
}

function skillsIn(context: ExtractionContext, statement: ParsedStatement, sentence: string, section: SectionInfo): ListFinding | null {
  const match = needs.exec(sentence);
  if (!match || opensSubordinate(unlabelled(sentence)) || /(\bnot|n't|\bnever|\bno longer)\s+$/i.test(sentence.slice(0, match.index))) return null;
  const subject = subjectTier(context, statement, sentence, match.index);
  if (!subject) return null;
  const object = match[2]!;
  const end = objectEnd.exec(object);
  const span = end ? object.slice(0, end.index) : object;
  const skillWords = /\b(skills?|knowledge|know-how|abilit(y|ies)|experience|expertise|judg(e)?ment|literacy|thinking|understanding|communication|competenc\w*|qualities|awareness|acumen|intelligence|talent|analysis)\b/i;
  // "A good X needs ..." and "must be good at ..." speak of abilities whatever the words.
  const aboutAbilities = /^(a|an) (good|great|effective|successful|strong)\b/i.test(sentence) || /good at|skilled (in|at)/i.test(match[1]!);
  if (section.kind !== 'skills' && !aboutAbilities && !skillWords.test(span)) return null;
  const items = splitEnumeration(span, { splitAnd: 'always' })
    .map(cleanItem)
    .filter((i) => i && i.split(' ').length <= 12 && !isGenericItem(i) && !/^to\s/i.test(i));
  if (items.length === 0) return null;
  return { kind: 'skills', tier: subject.tier, items: items.map((name) => ({ statement, sentence, name })), leadIn: null, confidence: tiersIn(sentence, context.tiers).length > 1 ? 0.55 : 0.7 };
}

// A bullet's label ("Strategic planning skills: Since ...") is not part of its first sentence.
const unlabelled = (sentence: string) => sentence.replace(/^[^:]{2,60}:\s+/, '');

function cleanItem(item: string): string {
  return stripDeterminers(item.replace(/\s+(?:above all|first and foremost|most of all)$/i, '').replace(/[.!?;:,\s]+$/, ''));
}
