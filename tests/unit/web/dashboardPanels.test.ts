// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stats } from '../../../web/dashboard/api.ts';
import { Dashboard, nextTask, type DashboardElements } from '../../../web/dashboard/dashboard.ts';
import { renderClaims } from '../../../web/dashboard/panels/claims.ts';
import { cellTitle, coverageMap, mapSize } from '../../../web/dashboard/panels/coverage.ts';
import { initialState, reduce } from '../../../web/dashboard/state.ts';
import { apiId } from '../../../web/explorer/urlState.ts';

const tierNames = Array.from({ length: 40 }, (_, i) => `Tier number ${i}`);
const dimensionNames = Array.from({ length: 30 }, (_, i) => `Dimension ${i}`);
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

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
  };
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
    const rows = [...container.querySelectorAll('tbody tr')];
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
    expect([...container.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent)).toEqual([
      'Source title 36',
    ]);
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
    coverage: element('div'),
    overlap: element('div'),
    connected: element('div'),
    disagreements: element('div'),
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
    expect([...ui.claims.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent)).toEqual([
      'Source title 1',
    ]);
    expect(ui.claims.textContent).toContain('3 sources make');
  });
});
