import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupSameClaims } from '../../../src/data/claimGroups.ts';
import { loadArticle, loadCatalogue, seedDir } from '../../../src/ingest/loadArticle.ts';
import { canonicalDimensionOf } from '../../../src/ingest/resolve/canonicalDimensions.ts';
import { lexiconLevels } from '../../../src/ingest/resolve/levels/levelLexicon.ts';
import { subordinateLevels, titleLevels } from '../../../src/ingest/resolve/levels/levelWords.ts';
import {
  evaluatePlacement,
  goldArticleFiles,
  placementsOf,
  readPlacementGold,
} from '../../../seed/eval/placement.ts';

const catalogue = loadCatalogue();
const accuracy = (outcomes: { correct: boolean }[]) =>
  outcomes.filter((o) => o.correct).length / outcomes.length;

describe('placing tiers on the ladder of levels', () => {
  // Every gold article loaded offline (no database): extraction, resolve, placement.
  const outcomes = evaluatePlacement(catalogue);

  it('places tiers where the analyst does, on the development and the held-out articles', () => {
    expect(outcomes.length).toBeGreaterThan(100);
    expect(accuracy(outcomes)).toBeGreaterThanOrEqual(0.9);
    expect(accuracy(outcomes.filter((o) => o.set === 'holdout'))).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it("places the seeds' four tiers as their members say", () => {
    const seeds = Object.fromEntries(
      outcomes.filter((o) => o.set === 'seed').map((o) => [`${o.slug}/${o.tier}`, o.got]),
    );
    expect(seeds).toEqual({
      'senior-leadership-vs-senior-management/Senior leadership': 'top',
      'senior-leadership-vs-senior-management/Senior management': 'senior',
      'senior-management-vs-executive-management/Senior management': 'top',
      'senior-management-vs-executive-management/Executive management': 'middle',
    });
  });

  it('cites the statements a placement rests on, as a claim of the source with a confidence', () => {
    const [seed] = readPlacementGold().filter((g) => g.slug === 'senior-management-vs-executive-management');
    const { plan } = loadArticle(goldArticleFiles(seed!), catalogue);
    const executive = plan.relationships.find(
      (r) => r.type === 'AT_LEVEL' && r.from.id === 'Tier:executive-management',
    );
    expect(executive?.to.id).toBe('Level:middle');
    expect(executive?.props).toMatchObject({
      source: 'senior-management-vs-executive-management',
      method: 'EXTRACTED',
    });
    expect(executive?.props['confidence']).toBeGreaterThan(0.5);
    expect(executive?.props['confidence']).toBeLessThan(1);
    const cited = plan.nodes.filter((n) => (executive?.props['evidence'] as string[]).includes(n.id));
    expect(cited.map((n) => String(n.props['text'])).join(' ')).toContain(
      'middle-level management positions',
    );
    // The whole ladder is written with the article, so `levels` lists it.
    expect(plan.nodes.filter((n) => n.label === 'Level').map((n) => n.props['slug'])).toEqual([
      'governance',
      'top',
      'senior',
      'middle',
      'first-line',
    ]);
  });

  it('loads the placements curated annotations state as curated claims, and refuses an unknown level', () => {
    const files = {
      article: join(seedDir, 'articles', 'senior-management-vs-executive-management.txt'),
      annotations: join(seedDir, 'annotations', 'senior-management-vs-executive-management.yaml'),
    };
    const { plan } = loadArticle(files, catalogue);
    const placements = plan.relationships.filter((r) => r.type === 'AT_LEVEL');
    expect(placements.map((r) => [r.from.id, r.to.id, r.props['method'], r.props['confidence']])).toEqual([
      ['Tier:senior-management', 'Level:top', 'CURATED', 1],
      ['Tier:executive-management', 'Level:middle', 'CURATED', 1],
    ]);
    const wrong = join(
      mkdtempSync(join(tmpdir(), 'levels-')),
      'senior-management-vs-executive-management.yaml',
    );
    writeFileSync(wrong, readFileSync(files.annotations, 'utf8').replace('level: middle', 'level: lower'));
    expect(() => loadArticle({ ...files, annotations: wrong }, catalogue)).toThrow(
      /:\d+: unknown level "lower"; the ladder's levels are: governance, top, senior, middle, first-line$/,
    );
  });

  it('reports a tier the article says is no level of management, with the reason', () => {
    const [article] = readPlacementGold().filter((g) => g.slug === 'product-manager-vs-engineering-manager');
    const files = goldArticleFiles(article!);
    expect(placementsOf(files, catalogue).get('Product manager')).toBeNull();
    const { plan } = loadArticle(files, catalogue);
    expect(plan.notes).toEqual([
      'tier product-manager not placed on the ladder: the article says it is not a level of management: "Direct reports: a PM has no direct reports"',
    ]);
  });

  it('reads the level a title names, the most specific phrase first', () => {
    expect(titleLevels('Non-executive director')).toEqual(['governance']);
    expect(titleLevels('Senior vice president')).toEqual(['senior']);
    expect(titleLevels('Chief operating officer')).toEqual(['top']);
    expect(titleLevels('Shift supervisor')).toEqual(['first-line']);
    expect(titleLevels('Department chair')).toEqual(['middle']);
    expect(titleLevels('Head chef')).toEqual([]);
    // A level word binds the managers it qualifies: one level, not also the middle of "managers".
    expect(titleLevels('First-line managers')).toEqual(['first-line']);
    expect(titleLevels('Top-level management')).toEqual(['top']);
  });

  it('reads titles of trades through WordNet, not a list of them', () => {
    // Below "supervisor" in WordNet: first-line; below "corporate executive": top.
    expect(lexiconLevels('Gangers')).toEqual(['first-line']);
    expect(lexiconLevels('straw boss')).toEqual(['first-line']);
    expect(lexiconLevels('chief financial officer')).toEqual(['top']);
    expect(lexiconLevels('sous chef, matron and partner')).toEqual([]);
    expect(titleLevels('Foremen')).toEqual(['first-line']);
  });

  it('reads who reports to a tier: managers make it middle, people led or counted first-line', () => {
    expect(subordinateLevels('Area managers and their deputies')).toEqual(['middle']);
    expect(subordinateLevels('A team of 12 nurses')).toEqual(['first-line']);
    expect(subordinateLevels('Supervises cooks and porters')).toEqual(['first-line']);
    // People named, but not as those the tier leads.
    expect(subordinateLevels('Partners own and lead the firm')).toEqual([]);
  });
});

describe('canonical dimensions', () => {
  const group = (name: string) =>
    canonicalDimensionOf({ slug: name.toLowerCase().replace(/ /g, '-'), name, aliases: [] }, catalogue).slug;

  it('groups dimensions that name the same thing, and leaves one no term names to itself', () => {
    expect(['Time horizon', 'Planning horizon', 'Time frame'].map(group)).toEqual(
      Array(3).fill('time-horizon'),
    );
    expect(['Scope', 'Scope of decisions', 'Span of responsibility'].map(group)).toEqual(
      Array(3).fill('scope'),
    );
    expect(['Span of control', 'Who reports to them', 'Direct reports'].map(group)).toEqual(
      Array(3).fill('span-of-control'),
    );
    expect(['Authority', 'Decision rights', 'Type of decisions'].map(group)).toEqual(
      Array(3).fill('decision-making'),
    );
    expect(['Reports to', 'Reporting line', 'Accountable to'].map(group)).toEqual(
      Array(3).fill('reporting-line'),
    );
    expect(group('Uniform')).toBe('uniform');
  });
});

describe('grouping claims that mean the same', () => {
  it('joins wordings of one duty and keeps different duties apart, without chaining', () => {
    const groups = groupSameClaims(
      [
        { id: 'a', text: 'Preparing departmental plans and schedules' },
        { id: 'b', text: 'Preparing plans and schedules for the department' },
        { id: 'c', text: 'Assigning jobs and tasks to workers' },
        { id: 'd', text: 'Assigning tasks to workers on each shift' },
        { id: 'e', text: 'Approving the budget' },
      ],
      0.4,
    ).map((g) => [...g].sort());
    expect(groups).toContainEqual(['a', 'b']);
    expect(groups).toContainEqual(['c', 'd']);
    expect(groups).toContainEqual(['e']);
  });
});
