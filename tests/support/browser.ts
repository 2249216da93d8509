import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/projectRoot.ts';
import { chromiumExecutable, type ChromiumExecutable } from './chromiumExecutable.ts';

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where browser tests save screenshots for a person to look at (git-ignored). */
export const screenshotDir = join(projectRoot, 'artifacts', 'screenshots');

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium (the machine's, or the one from the npm registry: see chromiumExecutable.ts) on a fresh
 * profile directory (playwright takes it as `userDataDir`, not as the --user-data-dir flag),
 * removed again on close.
 */
export async function launchChromium(executable?: ChromiumExecutable): Promise<TestBrowser> {
  const { path, env } = executable ?? (await chromiumExecutable());
  const profile = mkdtempSync(join(tmpdir(), 'org-graph-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: path,
    env: { ...definedEnv(process.env), ...env },
    args: chromiumFlags,
    headless: true,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Everything a page did that a test should fail on. */
export interface PageProblems {
  consoleErrors: string[];
  nonLocalRequests: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * A page of `context` that records console errors, uncaught exceptions and every request to a
 * non-local URL; such requests are also aborted, so an offline failure shows up here too.
 */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const problems: PageProblems = { consoleErrors: [], nonLocalRequests: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      await route.continue();
    } else {
      problems.nonLocalRequests.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  return { page, problems };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
