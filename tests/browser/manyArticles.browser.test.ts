import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import { launchChromium, saveScreenshot, watchedPage, type TestBrowser } from '../support/browser.ts';
import { boxOf, canvas } from '../support/explorerCanvas.ts';
import { seedUpTo } from '../support/manyArticles.ts';
import { traceMainThread } from '../support/mainThreadTasks.ts';

// The pages with as many articles as a real corpus: the explorer's graph has room and opens on a
// readable overview, the dashboard stays a few screens tall, shows no error and never freezes.

const viewports = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

// Runs in the page before its scripts: marks when the first chart appeared.
const markFirstChart = `(() => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.panel figure svg')) {
      performance.mark('first-chart');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

/** Waits until every dashboard panel says its request settled and it drew the answer (or why not). */
async function dashboardSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.panel .body:not([data-state="done"]):not([data-state="failed"])').count(), {
      timeout: 120_000,
    })
    .toBe(0);
}

let api: SeededApi;
let chromium: TestBrowser;

beforeAll(async () => {
  // Whole-graph statistics over a thousand articles take a while on a busy machine.
  api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '120000', REQUEST_TIMEOUT_MS: '120000' });
  chromium = await launchChromium();
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

describe.each([55, 1000])('the pages with %i articles loaded', (articles) => {
  beforeAll(async () => {
    await seedUpTo(api.driver, articles);
    const { data } = await api.query<{ sources: { slug: string }[] }>('{ sources { slug } }');
    expect(data?.sources).toHaveLength(articles);
  }, 1_200_000);

  describe.each(viewports)('at $name size ($width×$height)', (viewport) => {
    let page: Page;

    beforeAll(async () => {
      ({ page } = await watchedPage(chromium.context));
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.addInitScript(markFirstChart);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('the explorer gives the graph the first screen and opens on a readable overview', async () => {
      await page.goto(new URL('/explorer', api.server.url).href);
      await expect
        .poll(() => page.locator('#status').getAttribute('data-state'), { timeout: 120_000 })
        .toBe('done');
      const graph = await boxOf(page, '#graph');
      expect(graph.top).toBeLessThan(viewport.height / 2);
      if (viewport.width > 800) {
        expect(graph.height).toBeGreaterThanOrEqual(500);
        expect(graph.top + graph.height).toBeLessThanOrEqual(viewport.height);
      }
      const drawn = await canvas(page);
      expect(drawn.nodes.length).toBeGreaterThan(0);
      expect(drawn.nodes.length).toBeLessThanOrEqual(30);
      expect(Math.min(...drawn.nodes.map((node) => node.fontPx))).toBeGreaterThanOrEqual(11);
      // Every node of the overview is on the canvas: nothing to find by zooming out.
      const { left, top, width, height } = drawn.box;
      for (const node of drawn.nodes) {
        expect(node.x, node.name).toBeGreaterThanOrEqual(left);
        expect(node.x, node.name).toBeLessThanOrEqual(left + width);
        expect(node.y, node.name).toBeGreaterThanOrEqual(top);
        expect(node.y, node.name).toBeLessThanOrEqual(top + height);
      }
      // The source picker is one field, however many articles there are.
      expect((await boxOf(page, '.source-picker')).height).toBeLessThan(60);
      await saveScreenshot(page, `many-${articles}-${viewport.name}-explorer`);
    }, 180_000);

    it('the dashboard shows every panel without error, under five screens, with no long task after the first chart', async () => {
      const trace = await traceMainThread(page);
      await page.goto(new URL('/dashboard', api.server.url).href);
      await dashboardSettled(page);
      // The page's own work per task (thread CPU time), which other jobs on the machine do not
      // stretch as they stretch a task's wall time.
      const tasks = await trace.stop('first-chart');
      const failed = await page.locator('.panel .body[data-state="failed"]').allTextContents();
      expect(failed).toEqual([]);
      const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
      if (viewport.width > 800) expect(height).toBeLessThan(5 * viewport.height);
      const after = tasks.filter((task) => task.sinceMark + task.wallMs > 0);
      expect(after.filter((task) => task.cpuMs > 100)).toEqual([]);
      await saveScreenshot(page, `many-${articles}-${viewport.name}-dashboard`);
    }, 300_000);
  });
});
