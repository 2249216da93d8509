import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import { launchChromium, watchedPage, type TestBrowser } from '../support/browser.ts';
import { unpackedPackageChromium } from '../support/chromiumExecutable.ts';
import { drawnGraph } from '../support/explorerPage.ts';

// The other browser tests use the machine's Chromium when it has one; this one always runs the
// Chromium that comes from the npm registry, so the fallback of a machine without one is proven
// on every run, not only on such a machine.
describe('the Chromium of the @sparticuz/chromium package', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let packageVersion: string;

  beforeAll(async () => {
    api = await startSeededApi();
    const { path, env, version } = await unpackedPackageChromium();
    packageVersion = version;
    chromium = await launchChromium({ path, env, choice: 'npm-package' });
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it('is that Chromium: the package’s major version is the browser’s', async () => {
    const page = await chromium.context.newPage();
    const userAgent = await page.evaluate<string>('navigator.userAgent');
    await page.close();
    expect(userAgent).toContain(`HeadlessChrome/${packageVersion.split('.')[0]}.`);
  });

  it('draws the explorer’s three tiers with no console error and no request off the machine', async () => {
    const { page, problems } = await watchedPage(chromium.context);
    await page.goto(
      new URL(
        '/explorer?nodes=Tier:senior-leadership,Tier:senior-management,Tier:executive-management',
        api.server.url,
      ).href,
    );
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.map((node) => node.name).sort())
      .toEqual(['Executive management', 'Senior leadership', 'Senior management']);
    expect(problems).toEqual({ consoleErrors: [], nonLocalRequests: [] });
  });
});
