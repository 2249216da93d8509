import DataLoader from 'dataloader';
import type { CypherExecutor } from '../db/cypher.ts';
import { checkedName, nodeLabels } from './model.ts';
import {
  expectLabel,
  toRecord,
  type CharacteristicRecord,
  type ResponsibilityRecord,
  type SkillRecord,
} from './records.ts';

export interface SimilarResponsibilityRecord {
  responsibility: ResponsibilityRecord;
  score: number;
}
export interface SimilarSkillRecord {
  skill: SkillRecord;
  score: number;
}

export interface SimilarCharacteristicRecord {
  characteristic: CharacteristicRecord;
  score: number;
}

type SimilarLabel = 'Responsibility' | 'Skill' | 'Characteristic';
interface Scored {
  props: Record<string, unknown>;
  score: number;
}

// Each entity's SIMILAR_TO neighbours of its own label, best score first (ties by name). Pairs of
// characteristics are only ever stored on one dimension (src/similarity/similarityStore.ts).
const similarQuery = (label: SimilarLabel) => {
  const checked = checkedName(label, nodeLabels);
  return `
    UNWIND $ids AS id
    MATCH (n:${checked} {id: id})-[r:SIMILAR_TO]-(m:${checked})
    WITH id, r, m ORDER BY r.score DESC, m.name, m.slug
    RETURN id, collect({props: m {.*}, score: r.score}) AS similar`;
};

/**
 * The similar entities of every entity asked in one tick, one statement per label, for one
 * request: its executor counts the statements and rows. Keyed by the request's executor, so a
 * request never sees another's.
 */
const loaders = new WeakMap<CypherExecutor, Map<SimilarLabel, DataLoader<string, Scored[]>>>();

function similarLoader(cypher: CypherExecutor, label: SimilarLabel): DataLoader<string, Scored[]> {
  let byLabel = loaders.get(cypher);
  if (!byLabel) {
    byLabel = new Map();
    loaders.set(cypher, byLabel);
  }
  let loader = byLabel.get(label);
  if (!loader) {
    loader = new DataLoader<string, Scored[]>(async (ids) => {
      const rows = await cypher.read<{ id: string; similar: Scored[] }>(
        `similar.${label}`,
        similarQuery(label),
        {
          ids: [...ids],
        },
      );
      cypher.countRows(rows.reduce((sum, row) => sum + row.similar.length, 0));
      const byId = new Map(rows.map((row) => [row.id, row.similar]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    byLabel.set(label, loader);
  }
  return loader;
}

const best = (rows: Scored[], minScore: number, first: number) =>
  rows.filter((row) => row.score >= minScore).slice(0, first);

export async function similarResponsibilities(
  cypher: CypherExecutor,
  of: ResponsibilityRecord,
  minScore: number,
  first: number,
): Promise<SimilarResponsibilityRecord[]> {
  const rows = await similarLoader(cypher, 'Responsibility').load(of.dbId);
  return best(rows, minScore, first).map((row) => ({
    responsibility: expectLabel(toRecord(row.props), 'Responsibility'),
    score: row.score,
  }));
}

export async function similarSkills(
  cypher: CypherExecutor,
  of: SkillRecord,
  minScore: number,
  first: number,
): Promise<SimilarSkillRecord[]> {
  const rows = await similarLoader(cypher, 'Skill').load(of.dbId);
  return best(rows, minScore, first).map((row) => ({
    skill: expectLabel(toRecord(row.props), 'Skill'),
    score: row.score,
  }));
}

export async function similarCharacteristics(
  cypher: CypherExecutor,
  of: CharacteristicRecord,
  minScore: number,
  first: number,
): Promise<SimilarCharacteristicRecord[]> {
  const rows = await similarLoader(cypher, 'Characteristic').load(of.dbId);
  return best(rows, minScore, first).map((row) => ({
    characteristic: expectLabel(toRecord(row.props), 'Characteristic'),
    score: row.score,
  }));
}
