import type { ParsedStatement } from '../parse/parseArticle.ts';
import { closingHeading, type ExtractionContext, type SectionInfo } from './context.ts';
import type { CharacteristicFinding, DimensionFinding } from './findings.ts';
import {
  clauses,
  isFramingHeading,
  leadLabel,
  listKindOf,
  plain,
  sentenceCase,
  sentences,
} from './language.ts';
import { inGrid } from './grids.ts';
import { labelledLists, tierLabelled, type BulletRun } from './lists.ts';
import { onlyTier, tiersIn, tiersNamed, type FoundTier } from './tiers.ts';

/**
 * What the tiers are compared on, and each tier's characteristic there. Five layouts of the genre:
 * a heading over "A: ..." / "B: ..." bullets; "Dimension: A ...; B ..." lines; a table flattened
 * to tab-separated rows; a heading over a sentence that contrasts A with B ("whereas", "while",
 * or one sentence each); a heading over one list per tier ("Responsibilities" over
 * "Responsibilities of A:" and "Responsibilities of B:").
 */
export function findDimensions(
  context: ExtractionContext,
  runs: readonly BulletRun[],
  tables: readonly DimensionFinding[] = [],
): { dimensions: DimensionFinding[]; contrasted: Set<string> } {
  const found: DimensionFinding[] = [];
  const claimed = new Set<string>();
  const contrasted = new Set<string>();
  const add = (finding: DimensionFinding | null, section: SectionInfo | null) => {
    if (!finding || finding.characteristics.length < 2) return;
    if (new Set(finding.characteristics.map((c) => c.tier)).size < 2) return;
    found.push(finding);
    if (section) claimed.add(section.section.slug);
  };
  for (const run of runs) {
    // Labels make the comparison plain, so a heading that only echoes a tier's word ("Leadership Style") still names a dimension.
    if (
      tierLabelled(run, context.tiers) &&
      !labelledLists(run) &&
      isDimensionHeading(run.section, context.tiers)
    )
      add(fromLabelledBullets(run, context.tiers), run.section);
  }
  for (const table of tables) add(table, null);
  for (const section of context.sections.values()) {
    if (claimed.has(section.section.slug) || !isDimensionHeading(section)) continue;
    const perTier =
      fromListsPerTier(section, runs, context.tiers) ?? fromLabelledParagraphs(section, context.tiers);
    const contrast = perTier ? null : fromContrast(section, context.tiers);
    add(perTier ?? contrast, section);
    if (contrast && claimed.has(section.section.slug)) contrasted.add(section.section.slug);
  }
  // Statements that describe a tier on a dimension are not lists of its duties or skills.
  for (const finding of found)
    for (const c of finding.characteristics)
      for (const s of c.evidence) if (s.kind === 'bullet' || inGrid(context, s)) contrasted.add(s.key);
  for (const section of context.sections.values()) add(fromTierSections(context, section), section);
  for (const statement of context.article.statements) {
    const section = context.sections.get(statement.sectionSlug);
    if (section) add(fromLabelledLine(statement, context.tiers, section.comparing), null);
    for (const topic of fromTopicSentence(statement, context.tiers)) add(topic, null);
  }
  return { dimensions: found, contrasted };
}

const headingName = (section: SectionInfo) =>
  section.topic ??
  sentenceCase(
    plain(section.section.name)
      .replace(/^(\d{1,2}|[a-h])[.)]\s+/i, '')
      .replace(/[?:]$/, ''),
  );

function isDimensionHeading(section: SectionInfo, labelledBy?: readonly FoundTier[]): boolean {
  if (section.topic) return section.section.slug !== 'lead';
  const name = headingName(section);
  // "Do we still need both?", "Moving up the ladder": a question to the reader or a closing is not a dimension.
  if (
    /^(do|does|did|is|are|can|could|should|would|will|which|why|how)\b.*\?\s*$/i.test(
      plain(section.section.name),
    ) ||
    closingHeading.test(name)
  )
    return false;
  const free = labelledBy ? tiersNamed(name, labelledBy).length === 0 : section.tierCount === 0;
  return section.section.slug !== 'lead' && free && !isFramingHeading(name) && name.split(' ').length <= 6;
}

/**
 * "A and B Skills and Qualifications", then a section per tier: the dimension is what the heading
 * says besides the tiers, and each tier's characteristic the first paragraph that speaks of it.
 */
function fromTierSections(context: ExtractionContext, section: SectionInfo): DimensionFinding | null {
  const named = section.section.slug === 'lead' ? [] : tiersNamed(section.section.name, context.tiers);
  if (named.length < 2) return null;
  let rest = plain(section.section.name);
  for (const tier of named)
    rest = rest.replace(new RegExp(tier.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ');
  const connector =
    /^(?:and|vs\.?|versus|&|of|the|between|for|[:,])\s+|\s+(?:and|vs\.?|versus|&|of|the|between|for|[:,])$/i;
  rest = rest.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(connector, '').trim()];
  if (!rest || !listKindOf(rest) || isFramingHeading(rest)) return null;
  const sections = [...context.sections.values()];
  const characteristics: CharacteristicFinding[] = [];
  for (const next of sections.slice(sections.indexOf(section))) {
    if (next !== section && (next.tierCount === 0 || isFramingHeading(next.section.name))) break;
    for (const statement of next.statements.filter((s) => s.kind === 'paragraph')) {
      const first = tiersIn(statement.text, context.tiers)[0];
      if (first && first.at <= 50 && !characteristics.some((c) => c.tier === first.tier)) {
        characteristics.push({
          tier: first.tier,
          summary: sentences(plain(statement.text))[0] ?? statement.normalized,
          evidence: [statement],
        });
      }
    }
  }
  return {
    name: sentenceCase(rest.replace(/^(\w)/, (c) => c.toUpperCase())),
    characteristics,
    confidence: 0.55,
  };
}

function fromLabelledBullets(run: BulletRun, tiers: readonly FoundTier[]): DimensionFinding {
  const characteristics: CharacteristicFinding[] = [];
  for (const bullet of run.bullets) {
    const tier = bullet.lead ? onlyTier(bullet.lead, tiers) : null;
    if (tier && bullet.lead)
      characteristics.push({
        tier,
        summary: bullet.normalized.slice(bullet.lead.length + 1).trim(),
        evidence: [bullet],
      });
  }
  return { name: headingName(run.section), characteristics, confidence: 0.85 };
}

/** The same layout without bullet marks: "Area manager: A group of stores." lines under a heading. */
function fromLabelledParagraphs(section: SectionInfo, tiers: readonly FoundTier[]): DimensionFinding | null {
  const characteristics: CharacteristicFinding[] = [];
  for (const statement of section.statements.filter((s) => s.kind === 'paragraph')) {
    const label = leadLabel(plain(statement.text));
    const tier = label ? onlyTier(label.label, tiers) : null;
    if (
      label &&
      tier &&
      label.label.split(' ').length <= 4 &&
      !characteristics.some((c) => c.tier === tier)
    ) {
      characteristics.push({ tier, summary: label.rest, evidence: [statement] });
    }
  }
  return characteristics.length >= 2
    ? { name: headingName(section), characteristics, confidence: 0.8 }
    : null;
}

// "When it comes to risk, the owner carries it all, while the manager ..."
const topicOpening =
  /^(?:when it comes to|in terms of|as for|as regards|regarding|on the question of|with regard to)\s+([^,]{2,40}),\s*(.+)$/i;

/** A sentence that names the dimension it compares the tiers on. */
function fromTopicSentence(statement: ParsedStatement, tiers: readonly FoundTier[]): DimensionFinding[] {
  return sentences(plain(statement.text)).flatMap((sentence) => {
    const topic = topicOpening.exec(sentence);
    if (!topic) return [];
    const characteristics: CharacteristicFinding[] = [];
    for (const clause of clauses(topic[2]!)) {
      const first = tiersIn(clause, tiers)[0];
      if (first && first.at <= 20 && !characteristics.some((c) => c.tier === first.tier))
        characteristics.push({ tier: first.tier, summary: clause, evidence: [statement] });
    }
    return [
      { name: sentenceCase(topic[1]!.replace(/^(the|a|an)\s+/i, '')), characteristics, confidence: 0.6 },
    ];
  });
}

/** "Authority: team leaders guide by example; supervisors hold formal authority." */
function fromLabelledLine(
  statement: ParsedStatement,
  tiers: readonly FoundTier[],
  comparing: boolean,
): DimensionFinding | null {
  const label = leadLabel(plain(statement.text));
  // Outside the comparison, "Key skills: a; b" is a list, not a dimension.
  if (
    !label ||
    tiersIn(label.label, tiers).length > 0 ||
    (listKindOf(label.label) && !comparing) ||
    !label.rest.includes(';')
  )
    return null;
  const characteristics = label.rest
    .split(/\s*;\s*/)
    .map((part) => ({ part, hits: tiersIn(part, tiers) }))
    .filter(({ hits }) => hits.length >= 1 && hits[0]!.at <= 20)
    .map(({ part, hits }) => ({
      tier: hits[0]!.tier,
      summary: part.replace(/[.;]$/, ''),
      evidence: [statement],
    }));
  return { name: sentenceCase(label.label), characteristics, confidence: 0.8 };
}

/** A heading over one sentence per tier, or one sentence contrasting them with "whereas"/"while". */
function fromContrast(section: SectionInfo, tiers: readonly FoundTier[]): DimensionFinding | null {
  const paragraph = section.statements.find((s) => s.kind === 'paragraph');
  if (!paragraph) return null;
  const split = sentences(plain(paragraph.text));
  // A heading that announces a list ("Skills Each Level Needs", "What makes a good one?") compares only by an explicit contrast in one sentence.
  const asksForList =
    section.kind !== null &&
    (/\?\s*$|\b(good|great|need|needs|required)\b/i.test(section.section.name) || !section.comparing);
  const strict = asksForList;
  if (strict && !split.some((s) => clauses(s).length > 1)) return null;
  const parts = strict ? split.filter((s) => clauses(s).length > 1) : split;
  const clauseList = parts.flatMap((s) => s.split(/,?\s+(?=(?:whereas|while|but)\s)|;\s+/i));
  const characteristics: CharacteristicFinding[] = [];
  for (const clause of clauseList) {
    const text = clause.replace(/^(whereas|while|but)\s+/i, '').trim();
    const hits = tiersIn(text, tiers);
    const first = hits[0];
    if (!first || first.at > 50 || characteristics.some((c) => c.tier === first.tier)) continue;
    characteristics.push({ tier: first.tier, summary: text, evidence: [paragraph] });
  }
  return { name: headingName(section), characteristics, confidence: 0.7 };
}

/** A heading such as "Responsibilities" over "Responsibilities of A:" and "Responsibilities of B:" lists. */
function fromListsPerTier(
  section: SectionInfo,
  runs: readonly BulletRun[],
  tiers: readonly FoundTier[],
): DimensionFinding | null {
  if (!section.kind || section.kind === 'both') return null;
  const characteristics: CharacteristicFinding[] = [];
  for (const run of runs.filter((r) => r.section === section && r.leadIn)) {
    const tier = onlyTier(run.leadIn!.text, tiers);
    if (tier && !characteristics.some((c) => c.tier === tier)) {
      characteristics.push({
        tier,
        summary: plain(run.leadIn!.text).replace(/:$/, ''),
        evidence: [run.leadIn!, ...run.bullets.slice(0, 1)],
      });
    }
  }
  return characteristics.length >= 2
    ? { name: headingName(section), characteristics, confidence: 0.65 }
    : null;
}
