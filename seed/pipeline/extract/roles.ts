import type { CatalogueEntry } from '../annotations.ts';
import type { ParsedStatement } from '../parseArticle.ts';
import { subjectTier, sectionOf, type ExtractionContext } from './context.ts';
import type { MembershipFinding, RoleMention } from './findings.ts';
import { isRoleName, plain, sentences, splitEnumeration, stripDeterminers } from './language.ts';

// "X such as / includes / is made up of / is led by / titles include A, B and C".
const listAfter =
  /\b(such as|like|including|includes?|is made up of|are made up of|made up of|consists? of|consisting of|comprises?|comprising|(?:is|are) composed of|examples (?:are|include)|(?:job )?titles (?:include|are|such as)|(?:is|are) (?:usually |often |typically )?(?:led|headed|chaired) by)\s+/gi;
// "A, B and C belong to / form / make up this level".
const listBefore = /\s+(?:all |usually |typically )?(?:belongs? to|forms?|makes? up|sits? (?:in|at)|(?:is|are) part of|(?:is|are) found (?:in|at))\s+(?:this|that|the|these)\s+(?:level|tier|group|layer|team|category|rank)\b/i;
// Where a list of positions ends inside its sentence.
const listEnd = /\s+-\s+|;|:|\.(?:\s|$)|\s(?:who|which|that|whose|to|in order|because|while|whereas|with|are|is|have|has|will|can|must|should|do|does|report|answer|belong|form|make|sit|work|oversee|run|manage)\s/i;

/** Role lists in sentences: one finding per sentence that places positions in a tier. */
export function findMemberships(context: ExtractionContext, knownRoles: readonly CatalogueEntry[]): MembershipFinding[] {
  const findings: MembershipFinding[] = [];
  for (const statement of context.article.statements) {
    for (const sentence of sentences(plain(statement.text))) {
      findings.push(...membershipsIn(context, statement, sentence, knownRoles));
    }
  }
  return findings;
}

function membershipsIn(context: ExtractionContext, statement: ParsedStatement, sentence: string, knownRoles: readonly CatalogueEntry[]): MembershipFinding[] {
  const found: MembershipFinding[] = [];
  const before = listBefore.exec(sentence);
  if (before) {
    const tier = sectionOf(context, statement).tier;
    const roles = rolesInSpan(sentence.slice(0, before.index), knownRoles);
    if (tier && roles.length > 0) found.push({ tier, roles, evidence: statement, sentence, confidence: 0.75 });
  }
  const triggers = [...sentence.matchAll(listAfter)];
  triggers.forEach((trigger, i) => {
    const start = (trigger.index ?? 0) + trigger[0].length;
    const next = triggers[i + 1]?.index ?? sentence.length;
    const span = sentence.slice(start, next);
    const end = listEnd.exec(span);
    // The subject is what comes before the first trigger ("X is led by A and usually includes B").
    const subject = subjectTier(context, statement, sentence, triggers[0]?.index ?? 0);
    if (!subject) return;
    const roles = rolesInSpan(end ? span.slice(0, end.index) : span, knownRoles);
    if (roles.length === 0) return;
    found.push({ tier: subject.tier, roles, evidence: statement, sentence, confidence: subject.named ? 0.85 : 0.7 });
  });
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The positions named in a span: the catalogue's known spellings first (longest first, so "head of
 * departments" wins over a split at "or"), then the rest split as an enumeration and kept where
 * an item reads as a position ("general counsel", "HR manager", "CEO").
 */
export function rolesInSpan(span: string, knownRoles: readonly CatalogueEntry[]): RoleMention[] {
  let rest = span.replace(/\s*\b(etc|and so on|among others)\b\.?/gi, '');
  const roles: RoleMention[] = [];
  const spellings = knownRoles.flatMap((role) => [role.name, ...role.aliases]).sort((a, b) => b.length - a.length);
  for (const spelling of spellings) {
    const acronym = /^[A-Z]{2,5}$/.test(spelling);
    const pattern = new RegExp(`(?<![A-Za-z0-9-])${escape(spelling)}${acronym ? 's?' : ''}(?![A-Za-z0-9-])(\\s*\\([A-Z]{2,5}\\))?`, acronym ? 'g' : 'gi');
    rest = rest.replace(pattern, (match) => {
      roles.push({ name: match.replace(/\s*\([A-Z]{2,5}\)$/, ''), aliases: [] });
      return ' , ';
    });
  }
  for (const raw of splitEnumeration(rest, { splitAnd: 'always' })) {
    const acronym = /^(.*?)\s*\(([A-Z][A-Za-z&]{1,6})\)\s*$/.exec(raw);
    const name = stripDeterminers((acronym ? acronym[1]! : raw).replace(/\s+as\s+.*$/i, ''));
    if (name && isRoleName(name)) roles.push({ name, aliases: acronym ? [acronym[2]!] : [] });
  }
  return roles;
}
