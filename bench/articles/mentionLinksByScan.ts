import type { ManagedTransaction } from 'neo4j-driver';
import { normalizeForMatch } from '../../src/textMatching.ts';
import type { WriteBatch } from '../../src/ingest/plan/writeBatch.ts';
import { label } from '../../src/ingest/write/cypherNames.ts';
import { mentionRows, namedEntities, type StatementText } from '../../src/ingest/write/mentionLinks.ts';

/**
 * The former way of linking mentions (before the text index on `matchText`), kept to compare with
 * the current one on the same graph (writeStages.ts): the statements already in the graph naming
 * a new entity found by lower-casing and searching every statement's text once per name, and
 * every mention found merged, those the plan wrote included. The same mentions either way.
 */

// Statements of other sources whose text contains one of the names, in any case.
const containingQuery = `
  UNWIND $needles AS needle
  MATCH (s:Statement) WHERE NOT s.source IN $sources AND toLower(s.normalized) CONTAINS needle
  RETURN DISTINCT s.id AS id, s.source AS source, s.normalized AS normalized`;

const mergeQuery = (name: string) => `
  UNWIND $rows AS row
  MATCH (s:Statement {id: row.from})
  MATCH (e:${label(name)} {id: row.to})
  MERGE (s)-[r:MENTIONS {key: row.props.key}]->(e)
  ON CREATE SET r = row.props`;

export async function linkMentionsByScan(
  tx: ManagedTransaction,
  batch: WriteBatch,
  added: readonly string[],
): Promise<void> {
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
  const needles = [
    ...new Set(newEntities.flatMap((e) => e.names.map((n) => normalizeForMatch(n).toLowerCase()))),
  ];
  if (needles.length > 0) {
    const result = await tx.run(containingQuery, { needles, sources: batch.sources });
    const naming = result.records.map((record) => ({
      id: String(record.get('id')),
      source: String(record.get('source')),
      normalized: String(record.get('normalized')),
    }));
    rows.push(...mentionRows(naming, newEntities));
  }
  for (const name of ['Tier', 'Role', 'Dimension'] as const) {
    const ofLabel = rows.filter((row) => row.label === name);
    if (ofLabel.length > 0) await tx.run(mergeQuery(name), { rows: ofLabel });
  }
}
