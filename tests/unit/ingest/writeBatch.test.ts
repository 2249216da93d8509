import { describe, expect, it } from 'vitest';
import { bundledArticles, loadArticle, loadCatalogue } from '../../../src/ingest/loadArticle.ts';
import type { PlannedRelationship } from '../../../src/ingest/plan/graphPlan.ts';
import { planWrite, relationshipKeys } from '../../../src/ingest/plan/writeBatch.ts';

const catalogue = loadCatalogue();
const plans = bundledArticles().map((files) => loadArticle(files, catalogue).plan);

describe('planning the write of a batch of articles', () => {
  const batch = planWrite(plans);

  it('replaces each source once, locking them in one order', () => {
    expect(batch.sources).toEqual([
      'senior-leadership-vs-senior-management',
      'senior-management-vs-executive-management',
    ]);
    expect(batch.locks.map((lock) => lock.id)).toEqual(batch.sources.map((slug) => `Source:${slug}`));
  });

  it('writes each label in one statement and each relationship type between two labels in one', () => {
    const labels = batch.nodes.map((group) => group.label);
    expect(new Set(labels).size).toBe(labels.length);
    const shapes = batch.relationships.map((g) => `${g.type}|${g.from}|${g.to}`);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(batch.relationships.find((g) => g.type === 'MEMBER_OF')).toMatchObject({
      from: 'Role',
      to: 'Tier',
    });
    const rows = batch.relationships.reduce((n, g) => n + g.rows.length, 0);
    expect(rows).toBe(plans.reduce((n, plan) => n + plan.relationships.length, 0));
  });

  it('gives every relationship of the batch a key of its own', () => {
    const keys = batch.relationships.flatMap((g) => g.rows.map((row) => row.props['key']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(
      'MEMBER_OF|Role:cfo|Tier:senior-leadership|senior-leadership-vs-senior-management|',
    );
  });

  it('lists the entities written, each once, for the evidence check after the write', () => {
    expect(batch.entityIds).toContain('Role:cfo');
    expect(batch.entityIds.some((id) => id.startsWith('Statement:'))).toBe(false);
    expect(new Set(batch.entityIds).size).toBe(batch.entityIds.length);
  });

  it('tells identical relationships of one plan apart by their order', () => {
    const mention: PlannedRelationship = {
      type: 'MENTIONS',
      from: { label: 'Statement', id: 'Statement:a/lead.1' },
      to: { label: 'Role', id: 'Role:cfo' },
      props: { source: 'a' },
    };
    expect(relationshipKeys([mention, mention])).toEqual([
      'MENTIONS|Statement:a/lead.1|Role:cfo|a|',
      'MENTIONS|Statement:a/lead.1|Role:cfo|a|#2',
    ]);
  });
});
