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
import { canvas } from '../support/explorerCanvas.ts';
import { clickNode, doubleClickNode, drawnGraph, memberNames, settled } from '../support/explorerPage.ts';
import { testCypher } from '../support/seededGraph.ts';
import { chooseSource } from '../support/sourcePicker.ts';

const firstArticle = 'Senior Leadership vs. Senior Management: Which One Holds The Real Power?';
const secondArticle = 'Senior Management vs Executive Management';

// One page walked through the way a person explores: each test continues from the previous one.
describe('the explorer at /explorer, in Chromium, on the seeded graph', () => {
  let api: SeededApi;
  let chromium: TestBrowser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    // A cold Neo4j on a busy machine may take longer than the default 5 s over its first plans.
    api = await startSeededApi({ NEO4J_QUERY_TIMEOUT_MS: '60000' });
    chromium = await launchChromium();
    ({ page, problems } = await watchedPage(chromium.context));
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  it('opens on the ladder of levels, top down at reading size; a link opens the three tiers', async () => {
    await page.goto(new URL('/explorer', api.server.url).href);
    await expect.poll(() => page.locator('#status').getAttribute('data-state')).toBe('done');
    const ladder = await canvas(page);
    expect(ladder.nodes.map((node) => node.label)).toEqual(Array(5).fill('Level'));
    const { data } = await api.query<{ levels: { name: string; rank: number }[] }>(
      '{ levels { name rank } }',
    );
    const byRank = [...(data?.levels ?? [])].sort((a, b) => a.rank - b.rank).map((level) => level.name);
    // Top down: each level below the one above it.
    expect([...ladder.nodes].sort((a, b) => a.y - b.y).map((node) => node.name)).toEqual(byRank);
    expect(Math.min(...ladder.nodes.map((node) => node.fontPx))).toBeGreaterThanOrEqual(11);
    await saveScreenshot(page, 'explorer-0-ladder');

    await page.goto(
      new URL(
        '/explorer?nodes=Tier:senior-leadership,Tier:senior-management,Tier:executive-management',
        api.server.url,
      ).href,
    );
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.map((node) => node.name).sort())
      .toEqual(['Executive management', 'Senior leadership', 'Senior management']);
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('3 nodes and 0 edges shown; hidden: Level, Statement.');
    await saveScreenshot(page, 'explorer-1-tiers');
  });

  it('double-clicking senior management draws the roles both articles put there, with MEMBER_OF edges from each article', async () => {
    await doubleClickNode(page, 'Senior management');
    await expect
      .poll(() => memberNames(page, 'Senior management'))
      .toEqual(['CEO', 'CFO', 'COO', 'CTO', 'Department head', 'Vice president']);
    const { edges } = await drawnGraph(page);
    const claimedBy = new Set(
      edges.filter((edge) => edge.type === 'MEMBER_OF').map((edge) => edge.claimedBy),
    );
    expect(claimedBy).toEqual(
      new Set(['senior-leadership-vs-senior-management', 'senior-management-vs-executive-management']),
    );
    await saveScreenshot(page, 'explorer-2-senior-management');
  });

  it('says when the neighbourhood was capped and loads more on request', async () => {
    const notice = page.locator('#notices li');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^Senior management: 30 neighbours shown, more exist\./);
    const before = (await drawnGraph(page)).nodes.length;
    await page.getByRole('button', { name: 'Load more for Senior management' }).click();
    await settled(page);
    await expect.poll(async () => (await drawnGraph(page)).nodes.length).toBeGreaterThan(before);
    // The first 30 neighbours (by id) stop at the roles; the next ones include the tier's skills.
    const labels = new Set((await drawnGraph(page)).nodes.map((node) => node.label));
    expect(labels).toContain('Skill');
  });

  it('a role’s panel shows the sentence that places it and the article that says so', async () => {
    await clickNode(page, 'Department head');
    const panel = page.locator('#details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Department head');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Senior managers, such as department heads and vice presidents');
    expect(text).toContain(firstArticle);
    // The other article puts department heads a tier lower, in executive management.
    expect(text).toContain('Executive management');
    expect(text).toContain(secondArticle);
    // Every seeded claim is curated, and curated claims carry no marker.
    expect(await panel.locator('.claim-marker').count()).toBe(0);
    await saveScreenshot(page, 'explorer-3-role-panel');
  });

  it('the source filter shows each article’s own members of senior management', async () => {
    await chooseSource(page, 'Claims of', firstArticle);
    await settled(page);
    await expect
      .poll(() => memberNames(page, 'Senior management'))
      .toEqual(['Department head', 'Vice president']);
    await saveScreenshot(page, 'explorer-4-first-article');

    await chooseSource(page, 'Claims of', secondArticle);
    await settled(page);
    await expect.poll(() => memberNames(page, 'Senior management')).toEqual(['CEO', 'CFO', 'COO', 'CTO']);
    await saveScreenshot(page, 'explorer-5-second-article');

    await chooseSource(page, 'Claims of', null);
    await settled(page);
    await expect.poll(() => memberNames(page, 'Senior management')).toHaveLength(6);
  });

  it('search finds a responsibility, a path can end at the hit, and the path finder links the CFO to it through senior management', async () => {
    await clickNode(page, 'CFO');
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('CFO');
    await page.getByRole('button', { name: 'Path from here' }).click();

    await page.getByLabel('Search', { exact: true }).fill('budget');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.locator('#search-results').getAttribute('data-state')).toBe('done');
    const hit = page
      .locator('#search-results li')
      .filter({ has: page.getByRole('button', { name: /Review budgets and control expenses/ }) });
    await expect.poll(() => hit.count()).toBe(1);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/budget/i);
    // The hit is the path's end straight from the list, without opening it first.
    await hit.getByRole('button', { name: 'to', exact: true }).click();
    await expect
      .poll(() => page.locator('#path-to').textContent())
      .toBe('Review budgets and control expenses');

    await page.getByRole('button', { name: 'Find path' }).click();
    await expect.poll(() => page.locator('#path-finder').getAttribute('data-state')).toBe('done');
    await expect
      .poll(() => page.locator('#path-result').textContent())
      .toMatch(
        /^Shortest path \(2 hops\): CFO → .*Senior management.* → Review budgets and control expenses$/,
      );
    await hit.getByRole('button', { name: /Review budgets and control expenses/ }).click();
    await expect
      .poll(() => page.locator('#details h2').textContent())
      .toBe('Review budgets and control expenses');
    await saveScreenshot(page, 'explorer-6-path');
  });

  it('marks a claim found automatically in the text, in words and with its confidence', async () => {
    // An extracted claim as the seed's extraction writes one: the second article placing the CFO in executive management.
    await testCypher(api.driver).write(
      'test.extractedMembership',
      `MATCH (cfo:Role {id: 'Role:cfo'}), (exec:Tier {id: 'Tier:executive-management'})
       CREATE (cfo)-[:MEMBER_OF {source: $source, evidence: [$statement], method: 'EXTRACTED', confidence: 0.72}]->(exec)`,
      {
        source: 'senior-management-vs-executive-management',
        statement: 'Statement:senior-management-vs-executive-management/definition.1',
      },
    );
    await clickNode(page, 'CFO');
    const panel = page.locator('#details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('CFO');
    const marker = panel
      .locator('.claims li')
      .filter({ hasText: 'Executive management' })
      .locator('.claim-marker');
    await expect.poll(() => marker.textContent()).toBe('extracted · 0.72');
    expect(await marker.getAttribute('title')).toMatch(
      /^Found automatically in the article's text, not curated by hand; confidence 0\.72/,
    );
    // Only that claim is marked: the CFO's curated memberships are not.
    expect(await panel.locator('.claim-marker').count()).toBe(1);
    await saveScreenshot(page, 'explorer-7-extracted-claim');
  });

  it('logged no console error and asked for nothing beyond this server', () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.nonLocalRequests).toEqual([]);
  });
});
