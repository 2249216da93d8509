import type { CatalogueEntry } from '../annotations.ts';
import type { ParsedStatement } from '../parse/parseArticle.ts';
import { subjectTier, sectionOf, type ExtractionContext } from './context.ts';
import { canonical } from './entities.ts';
import type { BulletRun } from './lists.ts';
import { onlyTier } from './tiers.ts';
import type { MembershipFinding, RoleMention } from './findings.ts';
import {
  clauses,
  isPlainNounPhrase,
  isRoleName,
  leadsDutiesOrSkills,
  plain,
  sentences,
  splitEnumeration,
  stripDeterminers,
} from './language.ts';

// "X such as / includes / is made up of / is led by / titles include A, B and C".
const listAfter =
  /\b(such as|like|e\.g\.,?|for example,?|for instance,?|(?:carries|holds|has|bears) the titles?(?: of)?|(?:is|are) (?:usually |often |typically )?(?:carried out|performed|done|staffed) by|including|includes?|is made up of|are made up of|made up of|consists? of|consisting of|comprises?|comprising|(?:is|are) composed of|examples (?:are|include)|(?:job )?titles (?:include|are|such as)|(?:the )?(?:job )?titles? (?:might|may|can|could|would|will) be|(?:is|are|may be|can be) (?:usually |often |typically |sometimes )?(?:led|headed|chaired|held|filled) by|(?:is|are) (?:usually |often |typically |sometimes )?titled)\s+/gi;
// "A, B and C belong to / form / make up this level".
const listBefore =
  /\s+(?:all |usually |typically )?(?:belongs? to|forms?|makes? up|sits? (?:in|at)|(?:is|are) part of|(?:is|are) found (?:in|at))\s+(?:this|that|the|these)\s+(?:level|tier|group|layer|team|category|rank)\b/i;
// Where a list of positions ends inside its sentence.
const listEnd =
  /\s+-\s+|;|:|\.(?:\s|$)|,? and (?:each|every|they|it|these|this|all|most|many)\b|\s(?:who|which|that|whose|to|in order|because|while|whereas|with|are|is|have|has|will|can|must|should|do|does|report|answer|belong|form|make|sit|work|oversee|run|manage)\s/i;

/** Role lists in sentences, and bullet lists of positions ("Typical job titles:"), one finding each. */
export function findMemberships(
  context: ExtractionContext,
  knownRoles: readonly CatalogueEntry[],
  runs: readonly BulletRun[] = [],
): MembershipFinding[] {
  const findings: MembershipFinding[] = [];
  for (const run of runs) {
    const lead = run.leadIn ? plain(run.leadIn.text) : '';
    const announced = lead
      ? isRoleListLeadIn(lead) || (run.section.positions && !leadsDutiesOrSkills(lead.replace(/:$/, '')))
      : run.section.positions;
    const names = run.bullets.map((b) => positionOfBullet(b.normalized));
    if (!announced || names.some((n) => n.split(' ').length > 6)) continue;
    const tier = (lead ? onlyTier(lead, context.tiers) : null) ?? run.section.tier;
    const roles = tier ? rolesInSpan(names.join(', '), knownRoles, tier.name) : [];
    if (tier && roles.length > 0)
      findings.push({
        tier,
        roles,
        evidence: run.leadIn ?? run.bullets[0]!,
        sentence: run.leadIn ? lead : run.bullets[0]!.normalized,
        confidence: 0.8,
      });
  }
  for (const statement of context.article.statements) {
    for (const sentence of sentences(plain(statement.text))) {
      for (const clause of clauses(sentence))
        findings.push(...membershipsIn(context, statement, clause, knownRoles));
    }
  }
  return findings;
}

function membershipsIn(
  context: ExtractionContext,
  statement: ParsedStatement,
  sentence: string,
  knownRoles: readonly CatalogueEntry[],
): MembershipFinding[] {
  const found: MembershipFinding[] = [];
  const before = listBefore.exec(sentence);
  if (before) {
    const tier = sectionOf(context, statement).tier;
    const roles = tier ? rolesInSpan(sentence.slice(0, before.index), knownRoles, tier.name) : [];
    if (tier && roles.length > 0)
      found.push({ tier, roles, evidence: statement, sentence, confidence: 0.75 });
  }
  const triggers = [...sentence.matchAll(listAfter)];
  triggers.forEach((trigger, i) => {
    const start = (trigger.index ?? 0) + trigger[0].length;
    const next = triggers[i + 1]?.index ?? sentence.length;
    const span = closedSpan(sentence.slice(start, next));
    const end = listEnd.exec(span);
    // The subject is what comes before the first trigger ("X is led by A and usually includes B").
    const subject = subjectTier(context, statement, sentence, triggers[0]?.index ?? 0, { loose: true });
    if (!subject || leadsDutiesOrSkills(sentence.slice(0, trigger.index))) return;
    // With a subject that only the section suggests, keep what reads as a position on its own.
    const roles = rolesInSpan(end ? span.slice(0, end.index) : span, knownRoles, subject.tier.name, {
      strict: subject.loose === true,
    });
    if (roles.length === 0) return;
    found.push({
      tier: subject.tier,
      roles,
      evidence: statement,
      sentence,
      confidence: subject.named ? 0.85 : subject.loose ? 0.6 : 0.7,
    });
  });
  return found;
}

/**
 * The position a bullet names, without what it adds after a comma, a bracket or a clause of its own
 * ("Brand executive chefs, one for each concept", "heads of school, who sit ex officio").
 */
function positionOfBullet(text: string): string {
  return text
    .split(/\s*[,(;:]\s*|\s+(?:who|which|that|whose|nominated|elected|appointed|chosen)\s/i)[0]!
    .replace(/[.;,]$/, '')
    .trim();
}

/** A lead-in that announces positions: "Typical job titles:", "Roles at this level include:". */
export function isRoleListLeadIn(text: string): boolean {
  return /\b(titles|positions|roles|posts|jobs|members|examples|such as|include|includes|including)\b[^.]*:\s*$/i.test(
    text,
  );
}

/** A list that opened inside brackets ("(e.g. A, B)") ends at the bracket that closes them. */
function closedSpan(span: string): string {
  let depth = 0;
  for (let i = 0; i < span.length; i += 1) {
    if (span[i] === '(') depth += 1;
    else if (span[i] === ')' && (depth -= 1) < 0) return span.slice(0, i);
  }
  return span;
}

/**
 * The positions named in a span, split as an enumeration: an item is kept when it is a position the
 * catalogue knows ("chief executive officer", "CEO") or reads as one ("company secretary", "IT
 * manager"), or, in a list that is mostly positions, when it is a short noun phrase.
 */
export function rolesInSpan(
  span: string,
  knownRoles: readonly CatalogueEntry[],
  tierName = '',
  { strict = false }: { strict?: boolean } = {},
): RoleMention[] {
  const known = new Set(knownRoles.flatMap((role) => [role.name, ...role.aliases].map(canonical)));
  // "Deans include faculty deans and associate deans": a kind of the tier's own head noun is a position in it.
  const tierHead = canonical(tierName).split(' ').at(-1) ?? '';
  const ofTierKind = (name: string) =>
    tierHead.length > 2 && name.includes(' ') && canonical(name).split(' ').at(-1) === tierHead;
  const rest = span
    .replace(/\s*\b(etc|and so on|among others)\b\.?/gi, '')
    // asides between commas: ", who in older usage is called ...,", ", in most listed companies,"
    .replace(/,\s*(?:who|which|where|in|at|for|within|across|a level up|depending on)\b[^,]{2,60},/gi, ',')
    // "head of departments or operations": a head of each
    .replace(
      /\b((?:vice )?(?:heads?|directors?|managers?|presidents?|officers?|chiefs?)) of (\w+) (or|and) (\w+)\b/gi,
      '$1 of $2, $1 of $4',
    );
  const roles: RoleMention[] = [];
  const items = splitEnumeration(rest, { splitAnd: 'always' }).map((raw) => {
    const acronym = /^(.*?)\s*\(([A-Z][A-Za-z&]{1,6})\)\s*$/.exec(raw);
    const bare = (acronym ? acronym[1]! : raw).replace(
      /^(?:and |or )?(?:in|at|for|within) [^,]*?\b(?:companies|organi[sz]ations|firms|cases|businesses|countries)\s+/i,
      '',
    );
    const name = stripDeterminers(bare.replace(/\s+(as|by|or by|in|at|for)\s+.*$/i, ''));
    return {
      name,
      aliases: acronym ? [acronym[2]!] : [],
      role: known.has(canonical(name)) || isRoleName(name) || ofTierKind(name),
    };
  });
  // In a list that is mostly positions, a short noun phrase is one too ("head nurses", "lead developer").
  const positions = roles.length + items.filter((i) => i.role).length;
  for (const item of items) {
    if (
      item.role ||
      (!strict && positions >= 2 && positions * 2 >= items.length && isPlainNounPhrase(item.name))
    )
      roles.push({ name: item.name, aliases: item.aliases });
  }
  return roles;
}
