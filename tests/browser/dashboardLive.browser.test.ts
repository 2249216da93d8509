import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import { launchChromium, watchedPage, type TestBrowser } from '../support/browser.ts';
import { seedCliCommand } from '../support/seedCli.ts';
import { testCypher } from '../support/seededGraph.ts';

const article = join(
  projectRoot,
  'tests',
  'fixtures',
  'extraction',
  'dev',
  'board-of-directors-vs-executive-team.txt',
);
const slug = 'board-of-directors-vs-executive-team';

/** `npm run seed -- ARGS` in a process of its own, as someone at a terminal would run it. */
async function seedCli(args: string[]): Promise<void> {
  const { file, args: argv, options } = seedCliCommand(args);
  await promisify(execFile)(file, argv, options);
}

/** The size panel's count of statements, as the page shows it, its "Data" opened as a reader opens it. */
async function statementsShown(page: Page): Promise<string | undefined> {
  // A figure's table is built when its "Data" is first opened; a panel drawn again starts closed.
  const data = page.locator('#panel-size details.data');
  for (let i = 0; i < (await data.count()); i += 1) {
    const details = data.nth(i);
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
  const rows = page
    .locator('#panel-size table', { has: page.locator('caption', { hasText: 'Nodes by label' }) })
    .locator('tbody tr');
  for (let i = 0; i < (await rows.count()); i += 1) {
    const cells = (await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim());
    if (cells[0] === 'Statement') return cells[1];
  }
  return undefined;
}

describe('the dashboard follows the graph as articles are loaded and removed from the command line', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '60000', GRAPH_CHANGE_POLL_MS: '200' });
    chromium = await launchChromium();
    ({ page } = await watchedPage(chromium.context));
  });
  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  const statementsInGraph = async () => {
    const [row] = await testCypher(api.driver).read<{ n: number }>(
      'test.statements',
      'MATCH (s:Statement) RETURN count(s) AS n',
    );
    return String(row?.n ?? 0);
  };

  // A ceiling, not a measure: the seed CLI runs twice, each a process of its own on busy shared cores.
  it(
    'changes its counts on a load and on a removal, told by the subscription, without a reload',
    { timeout: 300_000 },
    async () => {
      await page.goto(new URL('/dashboard', api.server.url).href);
      await expect.poll(() => page.locator('html').getAttribute('data-live')).toBe('subscribed');
      const seeded = await statementsInGraph();
      await expect.poll(() => statementsShown(page)).toBe(seeded);
      // Gone if the page were loaded again.
      await page.evaluate("document.documentElement.dataset.sameDocument = 'yes'");

      await seedCli(['--article', article]);
      const loaded = await statementsInGraph();
      expect(Number(loaded)).toBeGreaterThan(Number(seeded));
      await expect.poll(() => statementsShown(page)).toBe(loaded);

      await seedCli(['--remove', slug]);
      expect(await statementsInGraph()).toBe(seeded);
      await expect.poll(() => statementsShown(page)).toBe(seeded);

      expect(await page.locator('html').getAttribute('data-same-document')).toBe('yes');
      expect(await page.locator('html').getAttribute('data-live')).toBe('subscribed');
    },
  );
});
