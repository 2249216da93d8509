import { describe, expect, it } from 'vitest';
import { claimTypes, nodeLabels } from '../../../src/data/model.ts';
import { generateArticles } from '../../../bench/synthetic/generateGraph.ts';
import { parseScale } from '../../../bench/synthetic/scale.ts';

describe('synthetic graph', () => {
  it('parses the named sizes and node counts', () => {
    expect(parseScale('S')).toMatchObject({ name: 'S', targetNodes: 10_000, articles: 100 });
    expect(parseScale('m').targetNodes).toBe(100_000);
    expect(parseScale('250k')).toMatchObject({ name: '250000', articles: 2_500 });
    expect(() => parseScale('huge')).toThrow(/S, M, L or a node count/);
    expect(() => parseScale('10')).toThrow(/between/);
  });

  it('is the same on every run', () => {
    const scale = parseScale('2000');
    const first = JSON.stringify([...generateArticles(scale)]);
    expect(JSON.stringify([...generateArticles(scale)])).toBe(first);
    expect(JSON.stringify([...generateArticles(scale, 8)])).not.toBe(first);
  });

  it('has the seeded graph shape: known labels, claims with source and evidence, ends that exist', () => {
    const articles = [...generateArticles(parseScale('5000'))];
    const ids = new Set<string>();
    for (const article of articles) {
      for (const node of article.nodes) {
        expect(nodeLabels).toContain(node.label);
        expect(node.id).toBe(`${node.label}:${String(node.props['slug'])}`);
        ids.add(node.id);
      }
      for (const rel of article.relationships) {
        expect(ids.has(rel.from.id) && ids.has(rel.to.id)).toBe(true);
        if ((claimTypes as readonly string[]).includes(rel.type)) {
          expect(rel.props['source']).toBe(article.sourceSlug);
          expect(Array.isArray(rel.props['evidence']) && rel.props['evidence'].length > 0).toBe(true);
        }
      }
    }
    // Whole articles of about a hundred nodes each: near the size asked for.
    expect(ids.size).toBeGreaterThan(4_000);
    expect(ids.size).toBeLessThan(7_000);
  });

  it('has hubs and a long tail', () => {
    const memberships = new Map<string, number>();
    for (const article of generateArticles(parseScale('20000'))) {
      for (const rel of article.relationships.filter((r) => r.type === 'MEMBER_OF')) {
        memberships.set(rel.to.id, (memberships.get(rel.to.id) ?? 0) + 1);
      }
    }
    const degrees = [...memberships.values()].sort((a, b) => b - a);
    expect(degrees[0]).toBeGreaterThan(10 * (degrees.at(-1) ?? 1));
  });
});
