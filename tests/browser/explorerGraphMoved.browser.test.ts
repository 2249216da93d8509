import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import { launchChromium, watchedPage, type PageProblems, type TestBrowser } from '../support/browser.ts';
import { boxOf, canvas, named } from '../support/explorerCanvas.ts';
import { settled } from '../support/explorerPage.ts';

// On a phone the graph sits under the header at a fixed height, so when the header grows (a path's
// answer, a long error message) the graph moves down the page without changing size and without a
// scroll. A click must still land on the node under the pointer.

let api: SeededApi;
let chromium: TestBrowser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  api = await startSeededApi();
  chromium = await launchChromium();
  ({ page, problems } = await watchedPage(chromium.context));
  await page.setViewportSize({ width: 390, height: 844 });
});

afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

async function selectedNames(): Promise<string[]> {
  return (await canvas(page)).nodes.filter((node) => node.selected).map((node) => node.name);
}

describe('the explorer on a phone, once the header above the graph has grown', () => {
  it('selects the node clicked', async () => {
    await page.goto(new URL('/explorer?nodes=Role:vice-president,Role:cto', api.server.url).href);
    await expect
      .poll(async () => (await canvas(page).catch(() => null))?.nodes.length ?? 0, { timeout: 60_000 })
      .toBe(2);
    await settled(page);

    // The pointer crosses the graph (which then takes note of where it is on the page), and the
    // header grows the way a long answer of the path finder makes it grow.
    const before = await boxOf(page, '#graph');
    await page.mouse.move(before.left + before.width / 2, before.top + before.height / 2);
    await page.evaluate(
      `document.getElementById('path-result').textContent = 'Finding a path failed: ' + 'the answer is long. '.repeat(12)`,
    );
    // Sizes are observed when the page next renders a frame: a person's click comes later than that.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    const after = await boxOf(page, '#graph');
    expect(after.top).toBeGreaterThan(before.top + 40);
    expect(after.height).toBe(before.height);
    expect(await page.evaluate('window.scrollY')).toBe(0);

    // Clicked where it is drawn now, with no scroll in between.
    const vicePresident = named(await canvas(page), 'Vice president');
    await page.mouse.click(vicePresident.x, vicePresident.y);
    await expect.poll(selectedNames).toEqual(['Vice president']);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Vice president');
    expect(problems.consoleErrors).toEqual([]);
  });
});
