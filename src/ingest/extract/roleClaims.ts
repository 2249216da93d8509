import type { CatalogueEntry } from '../annotations.ts';
import type { ParsedArticle, ParsedStatement } from '../parse/parseArticle.ts';
import { roleNamesIn, type RoleName } from './roleNames.ts';

/**
 * What a page says of roles themselves rather than of tiers: a role's duties and the skills it
 * needs (lists under a heading about the role, or sentences whose subject is the role), and whom
 * it reports to (any sentence that says so). A page is about a role when its title or a field
 * names one ("Job title: ...", "What does a COO do?"); a section is, when its heading names one.
 */
export interface RoleItem {
  statement: ParsedStatement;
  /** The item when it is part of a sentence; the whole statement otherwise. */
  name: string | null;
  sentence?: string;
}
export interface RoleListFinding {
  role: RoleName;
  kind: 'responsibilities' | 'skills';
  items: RoleItem[];
}
export interface ReportingFinding {
  role: RoleName;
  managers: RoleName[];
  statement: ParsedStatement;
  sentence: string;
}

type HeadingKind = 'duties' | 'skills' | 'other';
const dutyHeading =
  /\b(?:do|does|duties|responsibilit(?:y|ies)|accountabilit(?:y|ies)|tasks|remit|what you.ll do|role involves|day[- ]to[- ]day)\b/i;
const skillHeading =
  /\b(?:skills?|qualities|qualifications?|person specification|essential|desirable|requirements?|competenc(?:e|ies|y)|experience|needs?|what we.re looking for|about you)\b/i;

function headingKind(heading: string): HeadingKind {
  if (skillHeading.test(heading)) return 'skills';
  if (dutyHeading.test(heading)) return 'duties';
  return 'other';
}

/** Sections of the article with the roles their heading names and the kind of list they hold. */
interface RoleSection {
  slug: string;
  roles: RoleName[];
  kind: HeadingKind;
}

/** The role a page is about: a "Job title:" field, or the role its title names. */
function pageRole(article: ParsedArticle, catalogue: readonly CatalogueEntry[]): RoleName | null {
  const field =
    article.statements.find((s) => /^job title:\s*/i.test(s.normalized))?.normalized ??
    article.sections.find((s) => /^job title:\s*/i.test(s.name))?.name;
  if (field) return roleNamesIn(field.replace(/^job title:\s*/i, ''), catalogue)[0] ?? null;
  const named = roleNamesIn(article.title, catalogue);
  if (named.length === 1) return named[0]!;
  // A title the page printed as its first heading, under a rubric taken for the title.
  const first = article.sections[0] ? roleNamesIn(article.sections[0].name, catalogue) : [];
  if (named.length === 0 && first.length === 1) return first[0]!;
  // An advert that says whom it seeks: "We are looking for an Operations Manager to ...".
  for (const statement of article.statements.slice(0, 8)) {
    const seeking = /\b(?:looking for|seeking|recruiting|hiring) (?:an? |our next |a new )?/i.exec(
      statement.normalized,
    );
    const role =
      seeking &&
      roleNamesIn(statement.normalized, catalogue).find((r) => r.at === seeking.index + seeking[0].length);
    if (role) return role;
  }
  return null;
}

/**
 * Headings that name a role by a bare title ("Curator", "Kitchen Manager"): a short heading whose
 * section goes on to speak of it as its subject ("The kitchen manager is ...", "Curators ...").
 */
export function withHeadingRoles(
  article: ParsedArticle,
  catalogue: readonly CatalogueEntry[],
): CatalogueEntry[] {
  const added = article.sections.flatMap((section) => {
    const name = section.name.trim();
    if (
      name.split(' ').length > 4 ||
      !/^[A-Z]/.test(name) ||
      /[?:]/.test(name) ||
      roleNamesIn(name, catalogue).length > 0
    )
      return [];
    const lower = name.toLowerCase();
    const opens = article.statements.some(
      (st) =>
        st.sectionSlug === section.slug &&
        st.kind === 'paragraph' &&
        new RegExp(
          `^(?:the |a |an )?${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)? [a-z]`,
          'i',
        ).test(st.normalized),
    );
    return opens ? [{ slug: section.slug, name, aliases: [] }] : [];
  });
  return [...catalogue, ...added];
}

function roleSections(
  article: ParsedArticle,
  catalogue: readonly CatalogueEntry[],
  page: RoleName | null,
  isTier: (name: string) => boolean,
): RoleSection[] {
  let carried: RoleSection | null = null;
  return article.sections.map((section) => {
    const named = roleNamesIn(section.name, catalogue).filter((r) => !isTier(r.name));
    const kind = headingKind(section.name);
    // A role's heading starts its section; a heading of duties or skills about no role keeps the
    // page's role, and a bare sub-heading ("Essential") the list kind of the heading above it.
    const roles = named.length > 0 ? named : kind !== 'other' && page ? [page] : [];
    const sub =
      kind === 'other' && carried && /^(?:essential|desirable|preferred|nice to have)/i.test(section.name);
    const found: RoleSection =
      sub && carried ? { ...carried, slug: section.slug } : { slug: section.slug, roles, kind };
    if (found.kind !== 'other' || named.length > 0) carried = found;
    return found;
  });
}

/** Lists of duties and skills under a heading about a role: one item per bullet. */
export function findRoleLists(
  article: ParsedArticle,
  known: readonly CatalogueEntry[],
  isTier: (name: string) => boolean,
): RoleListFinding[] {
  const catalogue = withHeadingRoles(article, known);
  const page = pageRole(article, catalogue);
  const findings: RoleListFinding[] = [];
  for (const section of roleSections(article, catalogue, page, isTier)) {
    const role = section.roles.length === 1 ? section.roles[0]! : null;
    if (!role || section.kind === 'other') continue;
    const bullets = article.statements.filter((s) => s.sectionSlug === section.slug && s.kind === 'bullet');
    if (bullets.length === 0) continue;
    findings.push({
      role,
      kind: section.kind === 'duties' ? 'responsibilities' : 'skills',
      items: bullets.map((statement) => ({ statement, name: null })),
    });
  }
  return [...findings, ...findSentenceClaims(article, catalogue, page, isTier)];
}

/** The sentences of a statement, each cut into clauses at semicolons, colons and "although". */
export function clausesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"])/)
    .flatMap((sentence) => sentence.split(/;\s+|:\s+(?=[a-z])|,\s+although\s+/))
    .map((s) => s.trim().replace(/[.!?]$/, ''))
    .filter(Boolean);
}

const skillVerb =
  /^(?:also |often |usually |increasingly )*(?:needs?|demands?|requires?|calls? for|combines?|looks? for|must have)\s+/i;
const dutyOpening =
  /^(?:is (?:also )?(?:responsible|accountable) for|is in charge of|(?:also |usually |often |then )*(?:has|have) (?:final |overall )?responsibility for)\s*/i;
// A verb the role's sentence may not start its predicate with for a duty (being, seeming, hedging).
const notDuty =
  /^(?:is|are|was|were|has|have|had|may|might|can|could|would|should|looks?|seems?|varies|vary|reach|reaches|earns?|come|comes|jobs?|roles?|salar(?:y|ies)|pay|teams?)\b/i;
const reportingVerb =
  /\b(?:reports?|report|answers?|(?:is|are) (?:directly )?answerable) (?:directly )?to\b/i;

/**
 * Duties and skills in sentences whose subject is a role of the section (or "you" in a job
 * advert): "The CFO is responsible for A, for B and for C", "the CIO runs A, protects B and
 * makes sure C", "A COO needs A, B and C", "You will lead A and act as B", "The role demands A".
 */
function findSentenceClaims(
  article: ParsedArticle,
  catalogue: readonly CatalogueEntry[],
  page: RoleName | null,
  isTier: (name: string) => boolean,
): RoleListFinding[] {
  const findings: RoleListFinding[] = [];
  const sections = roleSections(article, catalogue, page, isTier);
  for (const statement of article.statements) {
    if (statement.kind !== 'paragraph') continue;
    const section = sections.find((s) => s.slug === statement.sectionSlug);
    const candidates = section && section.roles.length > 0 ? section.roles : page ? [page] : [];
    if (candidates.length === 0 || !section) continue;
    for (const clause of clausesOf(statement.normalized)) {
      const claim = clauseClaim(clause, candidates, page, catalogue);
      if (!claim || claim.items.length === 0) continue;
      if (
        section.kind !== 'other' &&
        claim.kind !== (section.kind === 'duties' ? 'responsibilities' : 'skills')
      )
        continue;
      findings.push({
        role: claim.role,
        kind: claim.kind,
        items: claim.items.map((name) => ({ statement, name, sentence: clause })),
      });
    }
  }
  return findings;
}

const sameRole = (a: RoleName, b: RoleName) => {
  const words = (r: RoleName) => r.name.toLowerCase();
  const names = (r: RoleName) => [words(r), ...r.aliases.map((x) => x.toLowerCase())];
  return (
    names(a).some((n) => names(b).includes(n)) ||
    initialsOf(a.name) === words(b) ||
    initialsOf(b.name) === words(a)
  );
};
const initialsOf = (name: string) =>
  name
    .toLowerCase()
    .split(' ')
    .filter((w) => !['of', 'the', 'and'].includes(w))
    .map((w) => w[0])
    .join('');

type ClauseClaim = { role: RoleName; kind: RoleListFinding['kind']; items: string[] };

function clauseClaim(
  clause: string,
  candidates: readonly RoleName[],
  page: RoleName | null,
  catalogue: readonly CatalogueEntry[],
): ClauseClaim | null {
  const you = /^(?:[^,]*,\s*)*you will (?:also )?/i.exec(clause);
  const subject =
    you && page ? { role: page, end: you[0].length } : subjectRole(clause, candidates, catalogue);
  if (!subject) return null;
  let rest = clause.slice(subject.end).trim();
  const reporting = reportingVerb.exec(rest);
  if (reporting) {
    // "the COO reports to the CEO and often serves as the CEO's deputy": the duty after the line.
    const after = /\band (?:often |also |usually |regularly )*([a-z]+s\b.*)$/.exec(
      rest.slice(reporting.index),
    );
    return after ? { role: subject.role, kind: 'responsibilities', items: [after[1]!] } : null;
  }
  rest = rest.replace(/^is (?:the |a |an )[^,]*? and (?=has |is )/i, '');
  const skill = skillVerb.exec(rest);
  if (skill) {
    const object = /combine/i.test(skill[0])
      ? rest.slice(skill[0].length).replace(/ with /, ', ')
      : rest.slice(skill[0].length);
    return { role: subject.role, kind: 'skills', items: nounItems(object.replace(/ combined with /, ', ')) };
  }
  const opened = dutyOpening.exec(rest);
  const duties = rest
    .slice(opened ? opened[0].length : 0)
    .replace(/^(?:also |often |usually |typically )+/, '');
  if ((!opened && notDuty.test(duties)) || duties.split(' ').length < 2) return null;
  return {
    role: subject.role,
    kind: 'responsibilities',
    items: opened ? forItems(duties) : verbItems(duties),
  };
}

/** The role a clause is about: one of the section's, its subject (at the clause's start). */
function subjectRole(
  clause: string,
  candidates: readonly RoleName[],
  catalogue: readonly CatalogueEntry[],
): { role: RoleName; end: number } | null {
  const role = /^(?:the |this )(?:role|job|position)\b/i.exec(clause);
  if (role && candidates.length === 1) return { role: candidates[0]!, end: role[0].length };
  for (const mention of roleNamesIn(clause, catalogue)) {
    if (mention.at > 60) break;
    const before = clause.slice(0, mention.at);
    if (!/^(?:[^,]*,\s*)?(?:in [a-z -]+ )?(?:the |a |an |good |many |most |our |some )?$/i.test(before))
      continue;
    const found = candidates.find((c) => sameRole(c, mention));
    if (found) return { role: found, end: mention.end };
  }
  return null;
}

const tidy = (items: readonly string[]) =>
  items
    .map((i) =>
      i
        .trim()
        .replace(/^and\s+/, '')
        .replace(/[,;:]$/, '')
        .trim(),
    )
    .filter((i) => i.length >= 3);
const dropAdverbs = (text: string) => text.replace(/\b(?:increasingly|also|often|usually),?\s+/gi, '');

/** "for A, for B and for C": one item per "for", each cut at commas. */
function forItems(text: string): string[] {
  const parts = dropAdverbs(text).split(/,?\s*(?:and\s+)?\bfor\s+(?=[a-z])/i);
  return tidy(parts.flatMap((part) => part.split(/,\s*(?:and\s+)?/)));
}

/** "A, B and C" of things: cut at commas, and the last part at its first "and" when no comma said "and". */
export function nounItems(text: string): string[] {
  const parts = dropAdverbs(text).split(/,\s*/);
  const serial = parts.some((p) => /\sand$/.test(p));
  const last = parts.pop() ?? '';
  const cut = serial ? [last] : last.split(/\s+and\s+(?=(?:the |a |an )?[a-z])/).slice(0, 2);
  const tail = cut.length === 2 ? [cut[0]!, last.slice(cut[0]!.length).replace(/^\s+and\s+/, '')] : [last];
  return tidy([...parts.map((p) => p.replace(/\s+and$/, '')), ...tail]);
}

// A word that starts a new duty in a list of them: a verb in the third person or the base form
// after "will", or a gerund where the list is of gerunds.
const startsDuty = (part: string, gerunds: boolean) =>
  /^[a-z]+s\s+(?:the|its|a|an|their|his|her|our|as|sure|up|out|with|for|on|in|to|major|new|all|and [a-z]+s|[a-z]+ing)\b/.test(
    part,
  ) ||
  /^(?:lead|act|help|run|set|manage|make|own|take|ensure|build|develop|support|drive|oversee|deliver|prepare|serve|chair|represent|advise|plan|protect|choose|design|shape|report|review|approve)\b/.test(
    part,
  ) ||
  (gerunds && /^[a-z]+ing\b/.test(part));

/** "runs A, protects B and makes sure C": one item per verb; a participle phrase between is dropped. */
export function verbItems(text: string): string[] {
  const gerunds = /^[a-z]+ing\b/.test(text);
  const items: string[] = [];
  for (const comma of dropAdverbs(text).split(/,\s*/)) {
    const part = comma.replace(/^and\s+(?:some|others|many|most)\s+/, '').replace(/^and\s+/, '');
    if (!gerunds && /^[a-z]+ing\b/.test(part) && items.length > 0) continue;
    if (items.length > 0 && !startsDuty(part, gerunds)) items[items.length - 1] += `, ${comma}`;
    else items.push(part);
  }
  return tidy(
    items.flatMap((item) => {
      const pieces: string[] = [];
      for (const piece of item.split(/\s+and\s+/)) {
        const previous = pieces.at(-1);
        if (previous !== undefined && (!startsDuty(piece, gerunds) || previous.split(' ').length < 2))
          pieces[pieces.length - 1] = `${previous} and ${piece}`;
        else pieces.push(piece);
      }
      return pieces;
    }),
  );
}

/**
 * Reporting lines in any sentence: "A reports (directly) to B", "A answers to B", "A, B and C will
 * report to you" (the advert's role), "Reporting to B, in turn, are A and C", "both report to B"
 * (the roles of the section's heading), "A reports to B or C". Hedged ("rarely", "not") lines are
 * no lines.
 */
export function findReportingLines(
  article: ParsedArticle,
  known: readonly CatalogueEntry[],
  isTier: (name: string) => boolean,
): ReportingFinding[] {
  const catalogue = withHeadingRoles(article, known);
  const page = pageRole(article, catalogue);
  const sections = roleSections(article, catalogue, page, isTier);
  const found: ReportingFinding[] = [];
  for (const statement of article.statements) {
    const field = fieldLine(statement.normalized, catalogue, isTier, page);
    if (field) {
      found.push(...field.map((line) => ({ ...line, statement, sentence: statement.normalized })));
      continue;
    }
    const sectionRoles = sections.find((s) => s.slug === statement.sectionSlug)?.roles ?? [];
    for (const clause of clausesOf(statement.normalized)) {
      const names = roleNamesIn(clause, catalogue).filter((r) => !isTier(r.name));
      for (const line of linesIn(clause, names, sectionRoles, page))
        found.push({ ...line, statement, sentence: clause });
    }
  }
  return found;
}

// A field's label: one naming the page role's manager ("Reports to", "Responsible to", "Line
// manager"), or one naming those it manages ("Direct reports", "Manages").
const managerLabel =
  /^(?:[a-z]+ )?(?:reports?|reporting|responsible|accountable|answerable) (?:in)?to$|^(?:line |direct )?(?:manager|supervisor)$|^reporting line$/i;
const reportsLabel = /^(?:direct reports?|reportees|manages|line manages|line management(?: of)?)$/i;

/**
 * A field of a job description, `Label: value` where the value is nothing but role names ("Reports
 * to: Chief Financial Officer", "Direct reports: Financial Controller, Payroll Manager"): the page's
 * role reports to them, or they to it, as the label says. The label is never a role itself ("Line
 * manager: Head of Finance" names the head of finance). Null when the statement is no such field
 * (then its sentences are read as any other).
 */
function fieldLine(
  text: string,
  catalogue: readonly CatalogueEntry[],
  isTier: (name: string) => boolean,
  page: RoleName | null,
): { role: RoleName; managers: RoleName[] }[] | null {
  const field = /^([A-Z][A-Za-z&'/-]*(?: [A-Za-z&'/-]+){0,3}):\s+(.+?)\.?$/.exec(text);
  if (!field || !page) return null;
  const [, label = '', value = ''] = field;
  const upward = managerLabel.test(label);
  if (!upward && !reportsLabel.test(label)) return null;
  const names = roleNamesIn(value, catalogue).filter((r) => !isTier(r.name));
  let rest = value;
  for (const name of [...names].reverse()) rest = rest.slice(0, name.at) + rest.slice(name.end);
  const onlyNames = /^(?:[\s,;·/&]|\band\b|\bor\b|\bthe\b|\([A-Z]{2,5}\))*$/i.test(rest);
  if (names.length === 0 || !onlyNames) return null;
  return upward ? [{ role: page, managers: names }] : names.map((role) => ({ role, managers: [page] }));
}

function linesIn(
  clause: string,
  names: readonly RoleName[],
  sectionRoles: readonly RoleName[],
  page: RoleName | null,
): { role: RoleName; managers: RoleName[] }[] {
  const inverted = /^reporting to (?:the )?/i.exec(clause);
  if (inverted) {
    const manager = names.find((n) => n.at === inverted[0].length);
    return manager ? names.filter((n) => n !== manager).map((role) => ({ role, managers: [manager] })) : [];
  }
  const verb = reportingVerb.exec(clause);
  if (!verb || /\b(?:rarely|not|never|seldom|no longer)\s+(?:\w+\s+)?$/i.test(clause.slice(0, verb.index)))
    return [];
  const after = clause.slice(verb.index + verb[0].length);
  const managers =
    /^\s*you\b/i.test(after) && page ? [page] : listAt(names, verb.index + verb[0].length, clause, 'after');
  if (managers.length === 0) return [];
  const subjects = /\bboth\s+(?:\w+\s+)?$/i.test(clause.slice(0, verb.index))
    ? sectionRoles.length > 1
      ? [...sectionRoles]
      : []
    : listAt(names, verb.index, clause, 'before');
  return subjects.map((role) => ({ role, managers }));
}

/** The list of roles right after (or right before) a position: "the CFO or the COO", "A, B and C". */
function listAt(
  names: readonly RoleName[],
  at: number,
  clause: string,
  side: 'after' | 'before',
): RoleName[] {
  const joined = /^\s*(?:,\s*(?:and |or )?|\s(?:and|or)\s)\s*(?:the |a |an )?$/;
  if (side === 'after') {
    const first = names.find((n) => n.at >= at && /^\s*(?:the |a |an )?$/.test(clause.slice(at, n.at)));
    if (!first) return [];
    const list = [first];
    for (const next of names.filter((n) => n.at > first.at))
      if (joined.test(` ${clause.slice(list.at(-1)!.end, next.at)}`)) list.push(next);
      else break;
    return list;
  }
  const before = names.filter((n) => n.end <= at);
  const last = before.at(-1);
  if (
    !last ||
    !/^\s*(?:[a-z]+\s+){0,6}$/.test(clause.slice(last.end, at)) ||
    /[,;]/.test(clause.slice(last.end, at))
  )
    return [];
  const list = [last];
  for (const previous of [...before].reverse().slice(1))
    if (joined.test(` ${clause.slice(previous.end, list[0]!.at)}`)) list.unshift(previous);
    else break;
  return list;
}
