import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { projectRoot } from '../../src/projectRoot.ts';
import { readManifest } from '../../src/server/operationManifest.ts';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import {
  launchChromium,
  saveScreenshot,
  watchedPage,
  type PageProblems,
  type TestBrowser,
} from '../support/browser.ts';
import { chooseSource } from '../support/sourcePicker.ts';

const firstArticle = 'Senior Leadership vs. Senior Management: Which One Holds The Real Power?';
const secondArticle = 'Senior Management vs Executive Management';
const manifest = readManifest(join(projectRoot, 'docs', 'examples', 'persisted-operations.json'));

/** The rows of a panel's data table (first table in it, or the one whose caption starts so), as cell texts, its "Data" opened. */
async function tableRows(page: Page, panel: string, caption?: string): Promise<string[][]> {
  // A figure's table is built when its "Data" is first opened, as a reader opens it.
  const data = page.locator(`#${panel} details.data`);
  for (let i = 0; i < (await data.count()); i += 1) {
    const details = data.nth(i);
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await details.locator('table').waitFor();
  }
  const tables = page.locator(`#${panel} table`);
  const table = caption
    ? tables.filter({ has: page.locator('caption', { hasText: caption }) })
    : tables.first();
  const rows = table.locator('tbody tr');
  const cells: string[][] = [];
  for (let i = 0; i < (await rows.count()); i += 1)
    cells.push((await rows.nth(i).locator('td').allTextContents()).map((text) => text.trim()));
  return cells;
}

/** Waits until every panel says its request settled and it has drawn the answer. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.panel .body:not([data-state="done"]):not([data-state="failed"])').count())
    .toBe(0);
}

/** What a request to /graphql asked for: method, operation name, hash, and whether it sent text. */
function graphqlCall(request: Request) {
  const url = new URL(request.url());
  const extensions = url.searchParams.get('extensions');
  const parsed: unknown = extensions ? JSON.parse(extensions) : null;
  const hash =
    typeof parsed === 'object' && parsed !== null && 'persistedQuery' in parsed
      ? (parsed.persistedQuery as { sha256Hash?: string }).sha256Hash
      : undefined;
  return {
    method: request.method(),
    name: url.searchParams.get('operationName'),
    hash,
    sentText: url.searchParams.has('query') || request.postData() !== null,
  };
}

describe('the dashboard at /dashboard, in Chromium, on the seeded graph', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let page: Page;
  let problems: PageProblems;
  const calls: ReturnType<typeof graphqlCall>[] = [];

  beforeAll(async () => {
    // A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
    api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '60000' });
    chromium = await launchChromium();
    ({ page, problems } = await watchedPage(chromium.context));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') calls.push(graphqlCall(request));
    });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it('shows every panel with the seeded articles’ figures', async () => {
    await page.goto(new URL('/dashboard', api.server.url).href);
    await settled(page);
    await saveScreenshot(page, 'dashboard-1-all-sources');
    await expect
      .poll(() => tableRows(page, 'panel-size', 'Nodes by label'))
      .toContainEqual(['Statement', '58']);
    expect(await tableRows(page, 'panel-size', 'Nodes by label')).toContainEqual(['Tier', '3']);
    expect(await tableRows(page, 'panel-size', 'Relationships')).toContainEqual(['MEMBER_OF', '11']);

    const claims = await tableRows(page, 'panel-claims');
    expect(claims.map(([title, statements, , extracted]) => [title, statements, extracted])).toEqual([
      [firstArticle, '34', '0'],
      [secondArticle, '24', '0'],
    ]);
    // The annotations state every claim of the seeds, their tiers' places on the ladder too, so
    // all are curated and make the whole count.
    for (const [, , curated, extracted, total] of claims)
      expect(Number(curated) + Number(extracted)).toBe(Number(total));

    // The coverage map's cells that any source speaks to: tier, dimension, how many sources.
    const coverage = await tableRows(page, 'panel-coverage');
    const dimensionsOf = (tier: string) => coverage.filter((row) => row[0] === tier).length;
    expect([
      dimensionsOf('Senior leadership'),
      dimensionsOf('Senior management'),
      dimensionsOf('Executive management'),
    ]).toEqual([4, 7, 3]);
    // The heat map: each cell names the sources characterising that tier there.
    const cellTitles = await page.locator('#panel-coverage svg title').allTextContents();
    expect(cellTitles).toContain(`Senior management on Primary focus: ${firstArticle}`);
    expect(cellTitles).toContain(`Senior management on Definition: ${secondArticle}`);
    expect(cellTitles).toContain('Senior leadership on Definition: no source');

    // Coverage by level: the API's cells, each level by each canonical dimension, labelled with its sources.
    const { data: ladder } = await api.query<{
      levelCoverage: { level: { name: string }; dimension: { name: string }; sources: number }[];
    }>('{ levelCoverage { level { name } dimension { name } sources } }');
    const cells = ladder?.levelCoverage ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expect(
      new Set(
        (await tableRows(page, 'panel-levels')).map(
          ([level, dimension, sources]) => `${level}|${dimension}|${sources}`,
        ),
      ),
    ).toEqual(new Set(cells.map((c) => `${c.level.name}|${c.dimension.name}|${c.sources}`)));
    const levelTitles = await page.locator('#panel-levels svg title').allTextContents();
    for (const c of cells)
      expect(
        levelTitles.some((title) =>
          title.startsWith(`${c.level.name} on ${c.dimension.name}: ${c.sources} sources`),
        ),
      ).toBe(true);
    const labels = await page.locator('#panel-levels svg g[aria-label="text"] text').allTextContents();
    expect(labels.sort()).toEqual(cells.map((c) => String(c.sources)).sort());

    expect(await tableRows(page, 'panel-overlap')).toEqual([
      ['Roles', '0.50', 'CEO, CFO, COO'],
      ['Responsibilities', '0.00', 'none'],
      ['Skills', '0.00', 'none'],
    ]);

    const connected = await tableRows(page, 'panel-connected');
    expect(connected).toHaveLength(10);
    expect(connected[0]?.[1]).toBe('Tier');

    const disagreements = page.locator('#panel-disagreements .disagreement');
    const members = disagreements.filter({ hasText: 'Members of Senior management' });
    expect(await members.locator('.claim').allTextContents()).toEqual([
      'Department head, Vice president',
      'CEO, CFO, COO, CTO',
    ]);
    const orientation = disagreements
      .filter({ hasText: 'Orientation of Senior management' })
      .locator('.position')
      .first();
    // Evidence on hover (the side's title) and on click.
    expect(await orientation.getAttribute('title')).toContain(
      'Senior management holds power in the operational sphere',
    );
    await orientation.getByText(/^Evidence/).click();
    await expect.poll(() => orientation.locator('blockquote').first().isVisible()).toBe(true);
    expect(await orientation.locator('blockquote').allTextContents()).toContainEqual(
      expect.stringContaining('Senior management holds power in the operational sphere'),
    );
  });

  it('narrows every panel to the source picked', async () => {
    await chooseSource(page, 'Source', secondArticle);
    await settled(page);
    await expect
      .poll(async () => (await tableRows(page, 'panel-claims')).map((row) => row[0]))
      .toEqual([secondArticle]);
    expect(new Set((await tableRows(page, 'panel-coverage')).map((row) => row[0]))).toEqual(
      new Set(['Executive management', 'Senior management']),
    );
    expect(await tableRows(page, 'panel-size', 'Claims of')).toContainEqual(['MEMBER_OF', '6']);
    // The second article puts no role in senior leadership, so nothing is shared by its claims.
    expect(await tableRows(page, 'panel-overlap')).toEqual([
      ['Roles', '0.00', 'none'],
      ['Responsibilities', '0.00', 'none'],
      ['Skills', '0.00', 'none'],
    ]);
    const picked = page.locator('#panel-disagreements .position.picked');
    // The second article is a side of every disagreement listed; its side is the one marked.
    const cites = await picked.locator('cite').allTextContents();
    expect(cites.length).toBeGreaterThanOrEqual(6);
    expect(cites).toEqual(Array(cites.length).fill(secondArticle));
    expect(await picked.locator('.claim').allTextContents()).toEqual(
      expect.arrayContaining([
        'CEO, CFO, COO, CTO',
        'strategic',
        'Senior management',
        'Senior management',
        'Senior management',
        'Executive management',
      ]),
    );
    // Entities the first article alone speaks of are gone from the most connected.
    const names = (await tableRows(page, 'panel-connected')).map((row) => row[0]);
    expect(names).not.toContain('Vice president');
    // The article says nothing of who reports to whom, and its org-chart panel says so.
    expect(await page.locator('#panel-org-chart').textContent()).toBe(
      'This source does not say who reports to whom.',
    );
    await saveScreenshot(page, 'dashboard-2-second-article');
  });

  it('compares another pair of tiers', async () => {
    await chooseSource(page, 'Source', null);
    await settled(page);
    await page.locator('#overlap-first').selectOption({ label: 'Executive management' });
    await settled(page);
    // Department heads sit in executive management (second article) and senior management (first).
    await expect
      .poll(() => tableRows(page, 'panel-overlap'))
      .toContainEqual(['Roles', (1 / 7).toFixed(2), 'Department head']);
  });

  it('reads well on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    const overflow = await page.evaluate('document.documentElement.scrollWidth');
    expect(overflow).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'dashboard-3-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sent only manifest operations, by hash, as GETs', () => {
    const known = new Map(manifest.operations.map((operation) => [operation.id, operation.name]));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.method).toBe('GET');
      expect(call.sentText).toBe(false);
      expect(call.hash && known.get(call.hash)).toBe(call.name);
    }
    expect(new Set(calls.map((call) => call.name))).toEqual(
      new Set(['DashboardStats', 'Disagreements', 'OrgChart']),
    );
  });

  it('links a panel’s node to the explorer, which opens at that node with the source picked', async () => {
    await chooseSource(page, 'Source', secondArticle);
    await settled(page);
    await tableRows(page, 'panel-coverage');
    const link = page.locator('#panel-coverage table a', { hasText: 'Senior management' }).first();
    expect(await link.getAttribute('href')).toBe(
      '/explorer?focus=Tier%3Asenior-management&source=senior-management-vs-executive-management',
    );
    await link.click();
    await page.waitForURL(/\/explorer\?/);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Senior management');
    expect(await page.getByRole('combobox', { name: 'Claims of' }).inputValue()).toBe(secondArticle);
    await saveScreenshot(page, 'dashboard-4-explorer-link');
  });

  it('caused no console error and no request off this machine', () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.nonLocalRequests).toEqual([]);
  });

  it('shows what could not load in its own panel, in plain words, and Retry loads it', async () => {
    const failing = await chromium.context.newPage();
    const cutOff = (route: Route) => route.abort();
    await failing.route('**/graphql?**', cutOff);
    await failing.goto(new URL('/dashboard', api.server.url).href);
    await settled(failing);
    for (const panel of ['size', 'claims', 'levels', 'coverage', 'overlap', 'connected', 'disagreements']) {
      const body = failing.locator(`#panel-${panel}`);
      expect(await body.getAttribute('data-state')).toBe('failed');
      expect(await body.locator('[role="alert"]').textContent()).toContain(
        'The server could not be reached. Check the connection and try again.',
      );
    }
    // The header says only that some panels failed, never the API's message.
    const header = (await failing.locator('header').textContent()) ?? '';
    expect(header).toContain('Some panels could not be loaded');
    expect(header).not.toContain('API');
    await failing.unroute('**/graphql?**', cutOff);
    await failing.locator('#panel-claims').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => failing.locator('#panel-claims').getAttribute('data-state')).toBe('done');
    expect(await tableRows(failing, 'panel-claims')).toHaveLength(2);
    await failing.close();
  });
});
