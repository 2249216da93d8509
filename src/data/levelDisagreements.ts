import type { CypherExecutor } from '../db/cypher.ts';
import { disagreeing, type DisagreementRecord } from './disagreements.ts';
import { placedCharacteristics } from './placedClaims.ts';
import {
  expectLabel,
  toRecord,
  type CanonicalDimensionRecord,
  type LevelRecord,
  type TierRecord,
} from './records.ts';

/**
 * The level view of where sources disagree: a tier of one name that sources place at different
 * levels, and, for one level on one canonical dimension, characteristics that take opposite sides
 * of a scale (long-term against day-to-day, strategic against operational) in different sources.
 */

const words = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'i');

/** Scales a characteristic takes one side of when its words name one pole and not the other. */
const scales = [
  {
    name: 'Time horizon',
    poles: [
      { value: 'long-term', pattern: words('long[- ]term|years?|multi-year|decades?|future') },
      {
        value: 'short-term',
        pattern: words('day[- ]to[- ]day|daily|weekly|weeks?|days?|immediate|short[- ]term|today|this week'),
      },
    ],
  },
  {
    name: 'Orientation',
    poles: [
      { value: 'strategic', pattern: words('strateg(?:y|ies|ic)|vision|overall direction') },
      {
        value: 'operational',
        pattern: words(
          'operations?|operational|day[- ]to[- ]day|execution|executes?|hands[- ]on|running the',
        ),
      },
    ],
  },
] as const;

/**
 * Canonical dimensions whose words are about something else than the level's horizon or
 * orientation (how often a board meets, what a COO's career ran through), so no scale is read there.
 */
const offScale = new Set([
  'time-use',
  'pay',
  'skills-and-qualifications',
  'employment',
  'span-of-control',
  'reporting-line',
]);

/** The pole of each scale a text takes (only where it names exactly one of the two). */
export function polesOf(text: string): { scale: string; value: string }[] {
  return scales.flatMap((scale) => {
    const named = scale.poles.filter((p) => p.pattern.test(text));
    const [only] = named;
    return named.length === 1 && only ? [{ scale: scale.name, value: only.value }] : [];
  });
}

// Every placement, with its tier and level.
const placementsQuery = `
  MATCH (t:Tier)-[p:AT_LEVEL]->(l:Level)
  RETURN t {.id, .slug, .name} AS tier, l {.id, .slug, .name, .rank} AS level, p.source AS source, p.evidence AS evidence`;

// Every characteristic of a placed tier by the placing source, with the canonical dimension it is on.
const characteristicsQuery = `${placedCharacteristics('(l:Level)')}
  RETURN l {.id, .slug, .name, .rank} AS level, canonical,
         n.summary AS summary, t.name AS tier, h.source AS source, h.evidence AS evidence`;

interface Row {
  level: Record<string, unknown>;
  source: string;
  evidence: string[];
}

async function tierLevels(cypher: CypherExecutor): Promise<DisagreementRecord[]> {
  const rows = await cypher.read<Row & { tier: Record<string, unknown> }>(
    'disagreements.levels',
    placementsQuery,
  );
  const tiers = new Map<string, TierRecord>();
  const claims = rows.map((row) => {
    const tier = expectLabel(toRecord(row.tier), 'Tier');
    tiers.set(tier.slug, tier);
    const level = expectLabel(toRecord(row.level), 'Level');
    return { subject: tier.slug, source: row.source, value: level.name, evidence: row.evidence };
  });
  return disagreeing(claims).map((d) => ({
    kind: 'TIER_LEVEL',
    subject: `Level of ${tiers.get(d.subject)?.name ?? d.subject}`,
    tier: tiers.get(d.subject) ?? null,
    role: null,
    attribute: null,
    level: null,
    dimension: null,
    sides: d.sides,
  }));
}

interface Side {
  values: Set<string>;
  claims: string[];
  evidence: Set<string>;
}

async function levelCharacteristics(cypher: CypherExecutor): Promise<DisagreementRecord[]> {
  const rows = await cypher.read<
    Row & { canonical: Record<string, unknown>; summary: string | null; tier: string }
  >('disagreements.levelCharacteristics', characteristicsQuery);
  const subjects = new Map<
    string,
    { level: LevelRecord; dimension: CanonicalDimensionRecord; scale: string; bySource: Map<string, Side> }
  >();
  for (const row of rows) {
    const level = expectLabel(toRecord(row.level), 'Level');
    const dimension = expectLabel(toRecord(row.canonical), 'CanonicalDimension');
    if (offScale.has(dimension.slug)) continue;
    for (const pole of polesOf(row.summary ?? '')) {
      const key = `${level.slug}|${dimension.slug}|${pole.scale}`;
      const subject = subjects.get(key) ?? {
        level,
        dimension,
        scale: pole.scale,
        bySource: new Map<string, Side>(),
      };
      subjects.set(key, subject);
      const side = subject.bySource.get(row.source) ?? { values: new Set(), claims: [], evidence: new Set() };
      subject.bySource.set(row.source, side);
      side.values.add(pole.value);
      side.claims.push(`${pole.value} (${row.tier}: "${row.summary ?? ''}")`);
      for (const id of row.evidence) side.evidence.add(id);
    }
  }
  return [...subjects.values()].filter(opposed).map(({ level, dimension, scale, bySource }) => ({
    kind: 'LEVEL_CHARACTERISTIC',
    subject: `${scale} of ${level.name} on ${dimension.name.toLowerCase()}`,
    tier: null,
    role: null,
    attribute: null,
    level,
    dimension,
    sides: [...bySource.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, side]) => ({ source, claim: side.claims.join('; '), evidence: [...side.evidence] })),
  }));
}

// Opposed: one source takes only one pole and another source only the other.
const opposed = ({ bySource }: { bySource: Map<string, Side> }) => {
  const single = [...bySource.values()].filter((s) => s.values.size === 1).map((s) => [...s.values][0]);
  return new Set(single).size > 1;
};

export async function levelDisagreements(cypher: CypherExecutor): Promise<DisagreementRecord[]> {
  return [...(await tierLevels(cypher)), ...(await levelCharacteristics(cypher))];
}
