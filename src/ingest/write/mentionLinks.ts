import type { ManagedTransaction } from 'neo4j-driver';
import { escapeRegExp, normalizeForMatch } from '../../textMatching.ts';
import type { WriteBatch } from '../plan/writeBatch.ts';
import { label } from './cypherNames.ts';

/**
 * Keeps `MENTIONS` independent of the order articles come in: a statement mentions every tier,
 * role and dimension in the graph that it names (by name or alias, as whole words), whichever
 * article brought the entity in and whenever. The resolve step links a new article's statements
 * to the entities known when it was read; here, inside the write, each new statement is matched
 * against the entities the graph holds now, and each entity new to the graph against the
 * statements already there that contain one of its names. Removal needs nothing: an entity or a
 * statement that goes takes its mentions with it.
 *
 * Those statements are found through `matchText`, each statement's normalised text in lower case,
 * under a text index: a seek per name rather than a scan of every statement of the graph for each.
 */

/** The text index the statements naming a new entity are found by. */
export const mentionSchemaStatements = [
  'CREATE TEXT INDEX statement_match_text IF NOT EXISTS FOR (n:Statement) ON (n.matchText)',
];

/** Gives statements written before `matchText` existed theirs (a graph loaded by an older version). */
export const matchTextBackfill =
  'MATCH (s:Statement) WHERE s.matchText IS NULL AND s.normalized IS NOT NULL SET s.matchText = toLower(s.normalized)';

const mentionedLabels = ['Tier', 'Role', 'Dimension'] as const;
type MentionedLabel = (typeof mentionedLabels)[number];

/** An entity a statement can name: its id and the names it is known by, name first. */
export interface NamedEntity {
  id: string;
  label: MentionedLabel;
  names: string[];
}

/** A statement's id, source and the text names are matched in. */
export interface StatementText {
  id: string;
  source: string;
  normalized: string;
}

export interface MentionRow {
  label: MentionedLabel;
  from: string;
  to: string;
  props: { source: string; alias: string; key: string };
}

// Whole words of any script, case-insensitive, as the resolve step (resolve/mentions.ts) matches.
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeForMatch(name))}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Each statement's mention of each entity it names, keyed as the write plan keys relationships. */
export function mentionRows(
  statements: readonly StatementText[],
  entities: readonly NamedEntity[],
): MentionRow[] {
  const matchers = entities.map((entity) => ({
    entity,
    needles: entity.names.map((alias) => normalizeForMatch(alias).toLowerCase()),
    patterns: entity.names.map((alias) => ({ alias, pattern: namePattern(alias) })),
  }));
  const rows: MentionRow[] = [];
  for (const statement of statements) {
    const lower = statement.normalized.toLowerCase();
    for (const { entity, needles, patterns } of matchers) {
      // A cheap test first: most statements contain none of an entity's names.
      if (!needles.some((needle) => lower.includes(needle))) continue;
      const hit = patterns.find(({ pattern }) => pattern.test(statement.normalized));
      if (!hit) continue;
      rows.push({
        label: entity.label,
        from: statement.id,
        to: entity.id,
        props: {
          source: statement.source,
          alias: hit.alias,
          key: `MENTIONS|${statement.id}|${entity.id}|${statement.source}|`,
        },
      });
    }
  }
  return rows;
}

// The tiers, roles or dimensions among the ids, with their names.
const entitiesQuery = (name: MentionedLabel) => `
  MATCH (n:${label(name)}) WHERE $ids IS NULL OR n.id IN $ids
  RETURN n.id AS id, [x IN [n.name] + coalesce(n.aliases, []) WHERE x IS NOT NULL AND x <> ''] AS names`;

export async function namedEntities(
  tx: ManagedTransaction,
  ids: readonly string[] | null,
): Promise<NamedEntity[]> {
  const found: NamedEntity[] = [];
  for (const name of mentionedLabels) {
    const ofLabel = ids?.filter((id) => id.startsWith(`${name}:`)) ?? null;
    if (ofLabel?.length === 0) continue;
    const result = await tx.run(entitiesQuery(name), { ids: ofLabel });
    for (const record of result.records)
      found.push({ id: String(record.get('id')), label: name, names: record.get('names') as string[] });
  }
  return found;
}

// The batch's statements' text in lower case, where names are looked for.
const matchTextQuery =
  'MATCH (s:Statement) WHERE s.source IN $sources SET s.matchText = toLower(s.normalized)';

// Statements of other sources whose text contains one of the names, in any case (a text-index
// seek per name): candidates the whole-word match then checks.
const containingQuery = `
  UNWIND $needles AS needle
  MATCH (s:Statement) WHERE s.matchText CONTAINS needle
  WITH DISTINCT s WHERE NOT s.source IN $sources
  RETURN s.id AS id, s.source AS source, s.normalized AS normalized`;

async function statementsNaming(
  tx: ManagedTransaction,
  entities: readonly NamedEntity[],
  sources: readonly string[],
): Promise<StatementText[]> {
  const needles = [
    ...new Set(entities.flatMap((e) => e.names.map((n) => normalizeForMatch(n).toLowerCase()))),
  ];
  if (needles.length === 0) return [];
  const result = await tx.run(containingQuery, { needles, sources });
  return result.records.map((record) => ({
    id: String(record.get('id')),
    source: String(record.get('source')),
    normalized: String(record.get('normalized')),
  }));
}

const mergeQuery = (name: MentionedLabel) => `
  UNWIND $rows AS row
  MATCH (s:Statement {id: row.from})
  MATCH (e:${label(name)} {id: row.to})
  MERGE (s)-[r:MENTIONS {key: row.props.key}]->(e)
  ON CREATE SET r = row.props`;

/** The keys of the mentions the batch's plan writes itself (its resolve step found them). */
const plannedMentions = (batch: WriteBatch): Set<string> =>
  new Set(
    batch.relationships
      .filter((group) => group.type === 'MENTIONS')
      .flatMap((group) => group.rows.map((row) => String(row.props['key']))),
  );

/**
 * Adds the mentions the batch's statements make of entities already in the graph, and those the
 * statements already in the graph make of the entities new to it (`added`); those the plan wrote
 * already are not merged again. Runs after the batch's nodes and relationships are written, under
 * the writers' similarity lock, so no other write changes the graph meanwhile.
 */
export async function linkMentions(
  tx: ManagedTransaction,
  batch: WriteBatch,
  added: readonly string[],
): Promise<void> {
  await tx.run(matchTextQuery, { sources: batch.sources });
  const statements: StatementText[] = batch.nodes
    .filter((group) => group.label === 'Statement')
    .flatMap((group) => group.rows)
    .map((row) => ({
      id: row.id,
      source: String(row.props['source']),
      normalized: String(row.props['normalized']),
    }));
  const rows = statements.length > 0 ? mentionRows(statements, await namedEntities(tx, null)) : [];
  const newEntities = await namedEntities(tx, added);
  if (newEntities.length > 0)
    rows.push(...mentionRows(await statementsNaming(tx, newEntities, batch.sources), newEntities));
  const planned = plannedMentions(batch);
  for (const name of mentionedLabels) {
    const ofLabel = rows.filter((row) => row.label === name && !planned.has(row.props.key));
    if (ofLabel.length > 0) await tx.run(mergeQuery(name), { rows: ofLabel });
  }
}
