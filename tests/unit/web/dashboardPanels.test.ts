// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stats } from '../../../web/dashboard/api.ts';
import { Dashboard, nextTask, type DashboardElements } from '../../../web/dashboard/dashboard.ts';
import { renderClaims } from '../../../web/dashboard/panels/claims.ts';
import { cellTitle, coverageMap, mapSize } from '../../../web/dashboard/panels/coverage.ts';
import {
  disagreementKey,
  positionsShown,
  renderDisagreements,
} from '../../../web/dashboard/panels/disagreements.ts';
import { levelMap, levelMapDimensions, wrapped } from '../../../web/dashboard/panels/levels.ts';
import { renderOverlap, sharedNamed } from '../../../web/dashboard/panels/overlap.ts';
import { initialState, reduce } from '../../../web/dashboard/state.ts';
import { positionsOf } from '../../../web/shared/positions.ts';
import type { Disagreement } from '../../../web/dashboard/api.ts';
import { apiId } from '../../../web/explorer/urlState.ts';

const tierNames = Array.from({ length: 40 }, (_, i) => `Tier number ${i}`);
const dimensionNames = Array.from({ length: 30 }, (_, i) => `Dimension ${i}`);
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

const ladder = [
  'Governance',
  'Top management',
  'Senior management',
  'Middle management',
  'First-line management',
]
  .map((name, i) => ({ id: apiId(`Level:level-${i}`), slug: `level-${i}`, name, rank: i + 1 }))
  .reverse();

/** Statistics of `count` sources, source i making 10 + i % 37 claims and covering three tiers. */
function statsOf(count: number): Stats {
  const perSource = Array.from({ length: count }, (_, i) => ({
    statements: 20,
    source: { id: apiId(`Source:source-${i}`), slug: `source-${i}`, title: `Source title ${i}` },
    claims: [{ type: 'MEMBER_OF', count: 10 + (i % 37) }],
    methods: [
      { method: 'CURATED' as const, count: i % 2 === 0 ? 10 + (i % 37) : 0 },
      { method: 'EXTRACTED' as const, count: i % 2 === 0 ? 0 : 10 + (i % 37) },
    ],
  }));
  const coverage = perSource.flatMap((s, i) =>
    [i % 40, (i * 7) % 40, (i * 13) % 40].map((t) => ({
      source: { slug: s.source.slug },
      tier: {
        id: apiId(`Tier:${slug(tierNames[t] ?? '')}`),
        slug: slug(tierNames[t] ?? ''),
        name: tierNames[t] ?? '',
      },
      claims: 3,
      dimensions: [i % 30, (i + t) % 30].map((d) => ({
        id: `dim-${d}`,
        slug: slug(dimensionNames[d] ?? ''),
        name: dimensionNames[d] ?? '',
      })),
    })),
  );
  const tier = (t: number) => ({
    id: apiId(`Tier:${t}`),
    slug: slug(tierNames[t] ?? ''),
    name: tierNames[t] ?? '',
  });
  return {
    nodes: [{ label: 'Tier', count: 40 }],
    relationships: [{ type: 'MEMBER_OF', count: 100 }],
    perSource,
    overlap: {
      rolesJaccard: 0.5,
      responsibilitiesJaccard: 0,
      skillsJaccard: 0,
      softResponsibilitiesJaccard: 0,
      softSkillsJaccard: 0,
      similarityThreshold: 0.8,
      tiers: [tier(0), tier(1)],
      sharedRoles: [],
      sharedResponsibilities: [],
      sharedSkills: [],
      softSharedResponsibilities: [],
    },
    mostConnected: [
      {
        label: 'Tier',
        degree: 70,
        node: { id: apiId('Tier:tier-0'), name: 'Tier number 0' },
      },
    ],
    coverage,
    levels: ladder,
    levelCoverage: ladder.flatMap((level, l) =>
      dimensionNames
        .filter((_, d) => (d + l) % 3 !== 0)
        .map((name, d) => ({
          level: { slug: level.slug },
          dimension: { id: `canonical-${d}`, slug: slug(name), name },
          sources: Math.max(1, count - 10 * d - l),
          characteristics: count,
        })),
    ),
  };
}

/** Opens every "Data" of a container, as a reader does, so its tables are built. */
function openData(container: Element): Element {
  for (const details of container.querySelectorAll('details.data')) {
    if (!(details instanceof HTMLDetailsElement)) continue;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  }
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('claims per source, at a thousand sources', () => {
  it('sums them up and lists the ten making the most claims, with more on request', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const more = vi.fn();
    renderClaims(container, statsOf(1000), { source: null, shown: 10, more });
    expect(container.querySelector('.summary')?.textContent).toMatch(/^1000 sources make \d+ claims/);
    expect(container.querySelector('table')).toBeNull();
    const rows = [...openData(container).querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row.querySelectorAll('td')[4]?.textContent)).toEqual(Array(10).fill('46'));
    // One bar group per listed source, not per source in the graph.
    expect(container.querySelectorAll('svg').length).toBeGreaterThan(0);
    expect(container.textContent).toContain('10 of 1000 shown.');
    container.querySelector<HTMLButtonElement>('button[data-action="more"]')?.click();
    expect(more).toHaveBeenCalledOnce();
  });

  it('with a source picked, shows it and its rank', () => {
    const container = document.createElement('div');
    renderClaims(container, statsOf(1000), { source: 'source-36', shown: 10, more: () => undefined });
    expect(
      [...openData(container).querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent),
    ).toEqual(['Source title 36']);
    expect(container.querySelector('figcaption')?.textContent).toMatch(
      /^Claims of the source picked: number \d+ of 1000 by claims$/,
    );
  });
});

describe('the coverage map', () => {
  it('keeps to a dozen tiers by a dozen dimensions, the most covered, whatever the number of sources', () => {
    const map = coverageMap(statsOf(1000), null, '');
    expect(map.tiers).toHaveLength(mapSize);
    expect(map.dimensions).toHaveLength(mapSize);
    expect(map.cells).toHaveLength(mapSize * mapSize);
    expect(map.matching).toBe(40);
  });

  it('narrows the tiers by the words typed, and names few sources or counts many', () => {
    const map = coverageMap(statsOf(1000), null, 'number 3');
    // Every word typed, anywhere in the name: tiers 3, 13, 23 and 30 to 39.
    expect(map.matching).toBe(13);
    expect(map.tiers.every((t) => /number \d*3/.test(t.name) || /number 3\d/.test(t.name))).toBe(true);
    expect(cellTitle({ tier: 'T', dimension: 'D', sources: ['A', 'B'] })).toBe('T on D: A; B');
    expect(cellTitle({ tier: 'T', dimension: 'D', sources: ['A', 'B', 'C', 'E'] })).toBe(
      'T on D: 4 sources, among them A; B; C',
    );
    expect(cellTitle({ tier: 'T', dimension: 'D', sources: [] })).toBe('T on D: no source');
  });
});

/**
 * `count` disagreements over the members of a tier, each with `sides` sides of a thousand sources:
 * side 0 claims "CEO, CFO" and side j one of `sides / 2` member lists, so most lists are claimed
 * by two sources (j and j + sides / 2) and "Role 0, Role 1" by one.
 */
function disagreementsOf(count: number, sides: number): Disagreement[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: i % 5 === 0 ? ('TIER_LEVEL' as const) : ('TIER_MEMBERS' as const),
    subject: `Members of Tier number ${i}`,
    tier: { id: apiId(`Tier:tier-number-${i}`), slug: `tier-number-${i}`, name: `Tier number ${i}` },
    role: null,
    attribute: null,
    sides: Array.from({ length: sides }, (_, j) => {
      const source = (i * 37 + j) % 1000;
      return {
        source: { slug: `source-${source}`, title: `Source title ${source}` },
        claim: j === 0 ? 'CEO, CFO' : `Role ${j % (sides / 2)}, Role ${(j + 1) % (sides / 2)}`,
        evidence: [{ id: `statement-${i}-${j}`, text: `Sentence ${j} of source ${source}.` }],
      };
    }),
  }));
}

describe('where the sources disagree, at a thousand sources', () => {
  it('groups the sides of a disagreement by what they claim, the picked source’s first, then the most taken', () => {
    const [disagreement] = disagreementsOf(1, 80);
    const positions = positionsOf(disagreement?.sides ?? []);
    expect(positions).toHaveLength(41);
    expect(positions.reduce((sum, p) => sum + p.sides.length, 0)).toBe(80);
    // Role 1, Role 2 is claimed by sides 1 and 41; "CEO, CFO" by side 0 alone, so it comes later.
    expect(positions[0]?.claim).toBe('Role 1, Role 2');
    expect(positions[0]?.sides.map((side) => side.source.slug)).toEqual(['source-1', 'source-41']);
    expect(positions.find((p) => p.claim === 'CEO, CFO')?.sides).toHaveLength(1);
    expect(positionsOf(disagreement?.sides ?? [], 'source-0')[0]?.claim).toBe('CEO, CFO');
  });

  it('lists ten disagreements, each with its first positions and the number of sources, more on request', () => {
    const container = document.createElement('div');
    const more = vi.fn();
    const toggle = vi.fn();
    const disagreements = disagreementsOf(50, 80);
    renderDisagreements(container, disagreements, { source: null, shown: 10, more, open: [], toggle });
    expect(container.querySelector('.summary')?.textContent).toBe(
      '50 disagreements: 40 on who is in a tier, 10 on which level a tier is at.',
    );
    const items = [...container.querySelectorAll('.disagreement')];
    expect(items).toHaveLength(10);
    for (const item of items) {
      expect(item.querySelectorAll('.position')).toHaveLength(positionsShown);
      expect(item.querySelector('.count')?.textContent).toBe('80 sources, 41 positions');
      // Each position quotes at most three sentences, whatever number of sources take it.
      for (const position of item.querySelectorAll('.position'))
        expect(position.querySelectorAll('blockquote').length).toBeLessThanOrEqual(3);
    }
    expect(items[0]?.querySelector('.position .who')?.textContent).toBe('Source title 1 and 1 other source');
    expect(container.textContent).toContain('10 of 50 shown.');
    container.querySelector<HTMLButtonElement>('button[data-action="more"]')?.click();
    expect(more).toHaveBeenCalledOnce();
    items[2]?.querySelector<HTMLButtonElement>('button[data-action="positions"]')?.click();
    expect(toggle).toHaveBeenCalledWith(disagreementKey(disagreements[2] ?? disagreements[0]!), true);
  });

  it('lists every position of a disagreement opened, and with a source picked only those it is a side of', () => {
    const container = document.createElement('div');
    const disagreements = disagreementsOf(50, 80);
    const open = [disagreementKey(disagreements[1]!)];
    const options = { source: null, shown: 10, more: () => undefined, open, toggle: () => undefined };
    renderDisagreements(container, disagreements, options);
    const counts = [...container.querySelectorAll('.disagreement')].map(
      (d) => d.querySelectorAll('.position').length,
    );
    expect(counts.slice(0, 3)).toEqual([positionsShown, 41, positionsShown]);
    renderDisagreements(container, disagreements, { ...options, source: 'source-0' });
    const involving = disagreements.filter((d) => d.sides.some((side) => side.source.slug === 'source-0'));
    expect(involving.length).toBeGreaterThan(1);
    expect(container.querySelector('.summary')?.textContent).toMatch(
      new RegExp(`^${involving.length} of the 50 disagreements involve this source`),
    );
    // Each disagreement listed is one the source is a side of, its position first and marked.
    const items = [...container.querySelectorAll('.disagreement')];
    expect(items).toHaveLength(Math.min(10, involving.length));
    for (const item of items) {
      expect(item.querySelector('.position')?.classList.contains('picked')).toBe(true);
      expect(item.querySelector('.position.picked cite')?.textContent).toBe('Source title 0');
    }
    expect(items[0]?.querySelector('.position.picked .claim')?.textContent).toBe('CEO, CFO');
  });

  it('opens and closes a disagreement’s positions through the state', () => {
    const opened = reduce(initialState(), { type: 'positionsToggled', key: 'TIER_MEMBERS:A', open: true });
    const both = reduce(opened, { type: 'positionsToggled', key: 'TIER_MEMBERS:B', open: true });
    expect(both.disagreementsOpen).toEqual(['TIER_MEMBERS:A', 'TIER_MEMBERS:B']);
    expect(
      reduce(both, { type: 'positionsToggled', key: 'TIER_MEMBERS:A', open: false }).disagreementsOpen,
    ).toEqual(['TIER_MEMBERS:B']);
  });
});

describe('coverage by level', () => {
  it('has the ladder’s levels top down as columns and the dozen dimensions most characterised as rows', () => {
    const map = levelMap(statsOf(1000));
    expect(map.levels.map((level) => level.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(map.dimensions).toHaveLength(levelMapDimensions);
    // Dimension d is characterised at every level but those with (d + l) % 3 = 0, by fewer sources as d grows.
    expect(map.dimensions[0]?.name).toBe('Dimension 1');
    expect(map.cells).toHaveLength(5 * levelMapDimensions);
    expect(map.cells.filter((cell) => cell.sources === 0).length).toBeGreaterThan(0);
    expect(map.all.length).toBeGreaterThan(map.cells.filter((cell) => cell.sources > 0).length);
  });

  it('breaks a column’s name into short lines', () => {
    expect(wrapped('First-line management')).toBe('First-line\nmanagement');
    expect(wrapped('Top management')).toBe('Top\nmanagement');
    expect(wrapped('Governance')).toBe('Governance');
  });
});

describe('the overlap of two tiers', () => {
  it('names the first few shared entities of each kind and counts the rest', () => {
    const container = document.createElement('div');
    const stats = statsOf(3);
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: apiId(`Skill:skill-${i}`),
      name: `Skill ${i}`,
    }));
    renderOverlap(container, { ...stats, overlap: { ...stats.overlap, sharedSkills: many } }, null, {
      tiers: ['tier-number-0', 'tier-number-1'],
      choose: () => undefined,
    });
    const skills = [...container.querySelectorAll('ul.links li')].find((li) =>
      li.textContent.startsWith('Shared skills'),
    );
    expect(skills?.querySelectorAll('a')).toHaveLength(sharedNamed);
    expect(skills?.textContent).toContain(`and ${40 - sharedNamed} more`);
    // The data table keeps them all.
    expect(openData(container).querySelectorAll('tbody a[href*="focus=Skill"]')).toHaveLength(40);
  });
});

describe('the dashboard’s state', () => {
  it('drops an answer for a source no longer picked', () => {
    const picked = reduce(initialState(), { type: 'sourcePicked', source: 'source-2' });
    const stale = reduce(picked, {
      type: 'statsLoaded',
      source: null,
      stats: statsOf(3),
      graphVersion: 'v1',
      asked: '',
    });
    expect(stale.stats.state).toBe('loading');
    const fresh = reduce(stale, {
      type: 'statsLoaded',
      source: 'source-2',
      stats: statsOf(3),
      graphVersion: 'v1',
      asked: '',
    });
    expect(fresh.stats.state).toBe('done');
    expect(fresh.sources.map((s) => s.count)).toEqual([10, 11, 12]);
  });
});

function dashboardPage(): DashboardElements {
  const element = (tag: string) => document.body.appendChild(document.createElement(tag));
  return {
    pickerSlot: element('div'),
    status: element('p'),
    coverageFilter: document.body.appendChild(document.createElement('input')),
    size: element('div'),
    claims: element('div'),
    levels: element('div'),
    coverage: element('div'),
    overlap: element('div'),
    connected: element('div'),
    disagreements: element('div'),
    orgChart: element('div'),
  };
}

describe('the dashboard, over a fake API', () => {
  it('cancels the statistics of the source it leaves, and shows those of the one picked', async () => {
    const asked: { source: unknown; signal: AbortSignal; answer: (stats: Stats) => void }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      const params = new URL(url, 'http://localhost').searchParams;
      const variables: unknown = JSON.parse(params.get('variables') ?? '{}');
      const signal = init.signal ?? new AbortController().signal;
      return new Promise<Response>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        const body = (data: unknown) =>
          new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
        if (params.get('operationName') === 'Disagreements') resolve(body({ disagreements: [] }));
        else if (params.get('operationName') === 'OrgChart') resolve(body({ reportingLines: [] }));
        else
          asked.push({
            source:
              typeof variables === 'object' && variables !== null && 'source' in variables
                ? variables.source
                : null,
            signal,
            answer: (stats) => resolve(body({ stats })),
          });
      });
    });
    const ui = dashboardPage();
    const dashboard = new Dashboard(ui);
    const loading = dashboard.refresh();
    await nextTask();
    dashboard.pickSource('source-1');
    await nextTask();
    expect(asked.map((a) => a.source)).toEqual([null, 'source-1']);
    expect(asked[0]?.signal.aborted).toBe(true);
    asked[0]?.answer(statsOf(500));
    asked[1]?.answer(statsOf(3));
    await loading;
    await vi.waitFor(() => expect(ui.claims.dataset['state']).toBe('done'));
    for (let i = 0; i < 6; i += 1) await nextTask();
    expect(
      [...openData(ui.claims).querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent),
    ).toEqual(['Source title 1']);
    expect(ui.claims.textContent).toContain('3 sources make');
    // The picked source states no reporting line: its org-chart panel says so.
    await vi.waitFor(() => expect(ui.orgChart.dataset['state']).toBe('done'));
    expect(ui.orgChart.textContent).toBe('This source does not say who reports to whom.');
  });
});
