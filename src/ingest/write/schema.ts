import type { CypherExecutor } from '../../db/cypher.ts';
import {
  claimTypes,
  fullTextAnalyzer,
  fullTextIndex,
  nodeLabels,
  relationshipTypes,
} from '../../data/model.ts';
import { graphVersionConstraint } from '../../data/graphVersion.ts';
import { similaritySchemaStatements } from '../../similarity/similarityStore.ts';
import { label, relType } from './cypherNames.ts';
import { matchTextBackfill, mentionSchemaStatements } from './mentionLinks.ts';

/** Constraints and indexes, created before any data and idempotent (IF NOT EXISTS). */
export function schemaStatements(): string[] {
  const statements: string[] = [];
  for (const name of nodeLabels) {
    const lower = name.toLowerCase();
    statements.push(
      `CREATE CONSTRAINT ${lower}_id IF NOT EXISTS FOR (n:${label(name)}) REQUIRE n.id IS UNIQUE`,
    );
    statements.push(
      `CREATE CONSTRAINT ${lower}_slug IF NOT EXISTS FOR (n:${label(name)}) REQUIRE n.slug IS UNIQUE`,
    );
  }
  statements.push('CREATE INDEX statement_source IF NOT EXISTS FOR (n:Statement) ON (n.source)');
  statements.push('CREATE INDEX section_source IF NOT EXISTS FOR (n:Section) ON (n.source)');
  for (const type of claimTypes) {
    statements.push(
      `CREATE INDEX ${type.toLowerCase()}_source IF NOT EXISTS FOR ()-[r:${relType(type)}]-() ON (r.source)`,
    );
  }
  // Every relationship written carries its identity as `key`: a second copy of one cannot be committed.
  for (const type of relationshipTypes) {
    statements.push(
      `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${relType(type)}]-() REQUIRE r.key IS UNIQUE`,
    );
  }
  statements.push(...mentionSchemaStatements);
  statements.push(...similaritySchemaStatements);
  statements.push(graphVersionConstraint);
  return statements;
}

const fullTextLabels = nodeLabels.filter((l) => l !== 'Attribute');
const fullTextProperties = ['name', 'text', 'summary', 'description'];

/** The full-text index, recreated when an older definition (labels, fields, analyzer) is found. */
async function ensureFullTextIndex(cypher: CypherExecutor): Promise<void> {
  const [existing] = await cypher.read<{ labels: string[]; properties: string[]; analyzer: string | null }>(
    'fullTextIndex.show',
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
     RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name: fullTextIndex },
  );
  const same =
    existing &&
    existing.analyzer === fullTextAnalyzer &&
    [...existing.labels].sort().join() === [...fullTextLabels].sort().join() &&
    existing.properties.join() === fullTextProperties.join();
  if (same) return;
  if (existing) await cypher.write('fullTextIndex.drop', `DROP INDEX ${fullTextIndex}`);
  await cypher.write(
    'fullTextIndex.create',
    `CREATE FULLTEXT INDEX ${fullTextIndex} FOR (n:${fullTextLabels.map(label).join('|')}) ` +
      `ON EACH [${fullTextProperties.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${fullTextAnalyzer}'}}`,
  );
}

export async function ensureSchema(cypher: CypherExecutor): Promise<void> {
  for (const statement of schemaStatements()) {
    await cypher.write('ensureSchema', statement);
  }
  await ensureFullTextIndex(cypher);
  await cypher.write('matchTextBackfill', matchTextBackfill);
  await cypher.write('awaitIndexes', 'CALL db.awaitIndexes(120)');
}
