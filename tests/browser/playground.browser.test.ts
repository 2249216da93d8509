import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import {
  launchChromium,
  saveScreenshot,
  watchedPage,
  type PageProblems,
  type TestBrowser,
} from '../support/browser.ts';

// Monaco draws spaces as non-breaking spaces.
const editorText = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('the GraphiQL playground at GET /graphql, offline, in Chromium', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    api = await startSeededApi();
    chromium = await launchChromium();
    ({ page, problems } = await watchedPage(chromium.context));
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it('opens with the twelve example operations as tabs, in their files’ order', async () => {
    await page.goto(api.server.url);
    const tabs = page.locator('.graphiql-tab-button');
    await expect
      .poll(() => tabs.allTextContents())
      .toEqual([
        'RolesByTier',
        'RoleDetail',
        'CompareTiers',
        'Search',
        'Neighborhood',
        'Disagreements',
        'DashboardStats',
        'Gap',
        'DashboardFacets',
        'Levels',
        'LevelConsensus',
        'OrgChart',
      ]);
  });

  it('runs the role-detail example with its variables and shows the CFO’s tiers in the response pane', async () => {
    // Monaco mounts the editors after the tab bar is drawn; a person waits until the first
    // example shows before switching tabs, and so does this test.
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('query RolesByTier');
    await expect.poll(() => page.locator('.graphiql-editor-tool .monaco-editor').count()).toBeGreaterThan(0);
    await page.locator('.graphiql-tab-button', { hasText: 'RoleDetail' }).click();
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('RoleDetail');
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('query RoleDetail');
    await expect.poll(() => editorText(page, '.graphiql-editor-tool')).toContain('"role": "cfo"');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => editorText(page, '.graphiql-response'), { timeout: 20_000 })
      .toContain('"name": "CFO"');
    const response = await editorText(page, '.graphiql-response');
    expect(response).toContain('"slug": "senior-leadership"');
    await saveScreenshot(page, 'playground-role-detail');
  });

  it('has the schema documentation pane', async () => {
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.textContent()).toContain('Query');
    await docs.getByText('Query', { exact: true }).click();
    await expect
      .poll(() => docs.textContent())
      .toContain('The management tiers in name order, optionally filtered');
  });

  it('opens DashboardStats with the tiers its $tiers variable asks for in the variables pane', async () => {
    await page.locator('.graphiql-tab-button', { hasText: 'DashboardStats' }).click();
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('DashboardStats');
    await expect
      .poll(() => editorText(page, '.graphiql-query-editor'))
      .toMatch(/query DashboardStats\(\s*\$tiers/);
    await expect
      .poll(() => editorText(page, '.graphiql-editor-tool'))
      .toMatch(/"tiers": \[\s*"senior-leadership",\s*"senior-management"\s*\]/);
  });

  it('on a phone (390×844), the response pane gets the screen’s width instead of a sliver', async () => {
    // The documentation pane of the test above is closed first, as a person on a phone would.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').count()).toBe(0);
    const wide = await page.locator('.graphiql-response').boundingBox();
    expect(wide?.width ?? 0).toBeGreaterThan(300);
    await page.setViewportSize({ width: 390, height: 844 });
    // The screen's width less GraphiQL's sidebar of buttons and the panes' margins: over 70% of it.
    const phoneWidth = 390 * 0.7;
    await expect
      .poll(async () => (await page.locator('.graphiql-response').boundingBox())?.width ?? 0)
      .toBeGreaterThan(phoneWidth);
    const editors = await page.locator('.graphiql-editors').boundingBox();
    expect(editors?.width ?? 0).toBeGreaterThan(phoneWidth);
    await saveScreenshot(page, 'playground-phone');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('logged no console error and asked for nothing beyond this server', () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.nonLocalRequests).toEqual([]);
  });
});
