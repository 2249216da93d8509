import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/projectRoot.ts';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import {
  launchChromium,
  saveScreenshot,
  watchedPage,
  type PageProblems,
  type TestBrowser,
} from '../support/browser.ts';
import { chooseSource } from '../support/sourcePicker.ts';

// A job advert, loaded beside the seeds with its curated claims: what it says of the Head of
// Finance itself (duties, person specification, three direct reports), the tier it names, and a
// second chart (the CFO under the Managing Director). Its org chart is two trees, side by side.
const advert = 'head-of-finance-job-description';
const advertTitle = 'Head of Finance';
const fixtures = join(projectRoot, 'tests', 'fixtures');
// A request's answer is waited for, however long a busy machine and a cold database take; these
// bound only a hang.
const answered = { timeout: 90_000 };
const walk = 180_000;

/** Where the org chart draws each role, as cytoscape has it (model coordinates: y grows downwards). */
interface Placed {
  name: string;
  x: number;
  y: number;
}

// Runs in the page, where the explorer exposes its org chart's graph as window.explorerOrgChart.
const placedScript = `(() => {
  const cy = window.explorerOrgChart;
  if (!cy) return [];
  return cy.nodes().map((n) => ({ name: n.data('name'), x: n.position('x'), y: n.position('y') }));
})()`;

async function placed(page: Page): Promise<Map<string, Placed>> {
  const nodes: unknown = await page.evaluate(placedScript);
  const list = Array.isArray(nodes) ? nodes : [];
  return new Map(
    list.flatMap((node: unknown) =>
      typeof node === 'object' &&
      node !== null &&
      'name' in node &&
      'x' in node &&
      'y' in node &&
      typeof node.name === 'string' &&
      typeof node.x === 'number' &&
      typeof node.y === 'number'
        ? [[node.name, { name: node.name, x: node.x, y: node.y }]]
        : [],
    ),
  );
}

describe('reporting lines seen, on a job advert, in Chromium', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    // A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
    api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '60000' }, [
      {
        article: join(fixtures, 'extraction', 'roles-dev', `${advert}.txt`),
        annotations: join(fixtures, 'roles', `${advert}.yaml`),
      },
    ]);
    chromium = await launchChromium();
    ({ page, problems } = await watchedPage(chromium.context));
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it(
    'the role panel lists the role’s own claims apart from what it holds through its tier',
    async () => {
      await page.goto(new URL(`/explorer?focus=Role:head-of-finance&source=${advert}`, api.server.url).href);
      await expect.poll(() => page.locator('#details').getAttribute('data-state'), answered).toBe('done');
      expect(await page.locator('#details h2').textContent()).toBe('Head of Finance');
      const own = page.locator('#details .role-own');
      const tier = page.locator('#details .role-tier');
      const listed = (kind: string) => own.locator(`[data-kind="${kind}"] li > strong`).allTextContents();
      expect(await listed('responsibilities')).toContain(
        'Manage cash flow and working capital across both sites',
      );
      expect(await listed('skills')).toContain('ACA, ACCA or CIMA qualified');
      expect((await listed('direct-reports')).sort()).toEqual([
        'FP&A Manager',
        'Financial Controller',
        'Payroll Manager',
      ]);
      // Each own claim names its source and quotes its sentence.
      const report = own.locator('[data-kind="direct-reports"] li').first();
      expect(await report.locator('cite').first().textContent()).toBe(advertTitle);
      expect(await report.locator('blockquote').first().textContent()).toContain('will report to you');
      // The tier: the placement with its own evidence, and none of the role's own duties.
      expect(await tier.locator('li > strong').allTextContents()).toEqual(['Senior management team']);
      expect(await tier.locator('blockquote').first().textContent()).toContain(
        'member of the senior management team',
      );
      expect(await tier.textContent()).not.toContain('Manage cash flow');
      expect(await own.textContent()).not.toContain('Senior management team');
      await saveScreenshot(page, 'explorer-role-panel');
    },
    walk,
  );

  it(
    'the Org chart view draws the advert’s reporting lines top down, its two trees side by side',
    async () => {
      await page.getByRole('tab', { name: 'Org chart' }).click();
      await expect.poll(() => page.locator('#org-chart').getAttribute('data-state'), answered).toBe('done');
      const at = await placed(page);
      const head = at.get('Head of Finance');
      const director = at.get('Managing Director');
      const cfo = at.get('CFO');
      expect(head && director && cfo).toBeTruthy();
      // Each reporting role below the role it reports to, its reports in one row.
      for (const name of ['Financial Controller', 'FP&A Manager', 'Payroll Manager'])
        expect(at.get(name)?.y).toBeGreaterThan(head?.y ?? Infinity);
      expect(
        new Set(['Financial Controller', 'FP&A Manager', 'Payroll Manager'].map((n) => at.get(n)?.y)).size,
      ).toBe(1);
      expect(cfo?.y).toBeGreaterThan(director?.y ?? Infinity);
      // The trees apart: the CFO's chart wholly to one side of the Head of Finance's.
      const financeXs = ['Head of Finance', 'Financial Controller', 'FP&A Manager', 'Payroll Manager'].map(
        (name) => at.get(name)?.x ?? NaN,
      );
      const directorXs = [director?.x ?? NaN, cfo?.x ?? NaN];
      const apart =
        Math.max(...financeXs) < Math.min(...directorXs) || Math.max(...directorXs) < Math.min(...financeXs);
      expect(apart).toBe(true);
      // The lines in words, under their chart, each with the sentence that says so.
      const chart = page.locator('#org-chart .org-chart[data-root="Head of Finance"]');
      expect(await chart.locator('cite').textContent()).toBe(advertTitle);
      expect(await chart.locator('.lines > li').count()).toBe(3);
      await saveScreenshot(page, 'explorer-org-chart');
    },
    walk,
  );

  it(
    'a click on a role in the chart opens its details',
    async () => {
      const point: unknown = await page.evaluate(`(() => {
      const node = window.explorerOrgChart.nodes().filter((n) => n.data('name') === 'Payroll Manager').first();
      const box = window.explorerOrgChart.container().getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    })()`);
      if (typeof point !== 'object' || point === null || !('x' in point) || !('y' in point))
        throw new Error('the chart has no Payroll Manager');
      await page.mouse.click(Number(point.x), Number(point.y));
      await expect.poll(() => page.locator('#details h2').textContent(), answered).toBe('Payroll Manager');
      await expect.poll(() => page.locator('#details').getAttribute('data-state'), answered).toBe('done');
      expect(
        await page.locator('#details .role-own [data-kind="reports-to"] li > strong').allTextContents(),
      ).toEqual(['Head of Finance']);
    },
    walk,
  );

  it(
    'the dashboard’s org-chart panel shows the lines of the source picked',
    async () => {
      await page.goto(new URL('/dashboard', api.server.url).href);
      await expect
        .poll(() => page.locator('#panel-org-chart').getAttribute('data-state'), answered)
        .toBe('done');
      expect(await page.locator('#panel-org-chart').textContent()).toContain('Pick a source');
      await chooseSource(page, 'Source', advertTitle);
      await expect.poll(() => page.locator('#panel-org-chart li').count(), answered).toBeGreaterThan(0);
      expect(await page.locator('#panel-org-chart').getAttribute('data-state')).toBe('done');
      const rows = await page.locator('#panel-org-chart li').allTextContents();
      expect(rows).toEqual(
        expect.arrayContaining([
          'Head of Finance',
          'Financial Controller reports to Head of Finance',
          'FP&A Manager reports to Head of Finance',
          'Payroll Manager reports to Head of Finance',
          'Managing Director',
          'CFO reports to Managing Director',
        ]),
      );
      expect(rows).toHaveLength(6);
      // Each role links to the explorer, opened at that role with the source picked.
      const link = page.locator('#panel-org-chart li a', { hasText: 'Payroll Manager' });
      expect(await link.getAttribute('href')).toBe(`/explorer?focus=Role%3Apayroll-manager&source=${advert}`);
      await page.locator('#panel-org-chart').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'dashboard-org-chart');
    },
    walk,
  );

  it('caused no console error and no request off this machine', () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.nonLocalRequests).toEqual([]);
  });
});
