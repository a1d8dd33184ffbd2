// The analysts' IDE in a real browser (Debian's chromium, headless), with every request off this machine refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { parse, validate } from 'graphql';
import { getSchema } from '../server/graphql/schema';
import { IDE_TABS } from '../server/http/ide-examples';
import { startTestServer, type TestServer } from './support/server';

import { BROWSER_TESTS, CHROMIUM, CHROMIUM_ARGS } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!BROWSER_TESTS) return;
  if (!CHROMIUM)
    throw new Error(
      'CI is set, so the IDE test is required: install chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH',
    );
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.runIf(BROWSER_TESTS)('the GraphQL IDE', () => {
  it('loads with no internet, runs an example operation and shows the result', async () => {
    const context = await browser.newContext();
    const offsite: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      offsite.push(url.href);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url, { waitUntil: 'load' });
    await expect(page.title()).resolves.toBe('Concord GraphQL IDE');
    // The editor shows the example operations once Ruru has started.
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.waitForFunction(
      () => document.body.innerText.replace(/\u00a0/g, ' ').includes('query Welcome'),
      undefined,
      { timeout: 30_000 },
    );
    // Several operations: GraphiQL asks which one to run. The first click can land before the editor has
    // parsed the document, so click until the menu opens.
    const choice = page.locator('.graphiql-dropdown-item', { hasText: /^Welcome$/ });
    for (let attempt = 0; attempt < 10 && !(await choice.isVisible()); attempt++) {
      await page.click('.graphiql-execute-button');
      await choice.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
    }
    await choice.click({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('"authenticated"'),
      undefined,
      { timeout: 30_000 },
    );
    // Monaco renders spaces as non-breaking spaces.
    const result = (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
    expect(result).toContain('"viewer"');
    expect(result).toMatch(/"authenticated":\s*false/);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the IDE teaches the tasks', () => {
  it('has one tab per main task and role, each naming a demo user, every operation valid against the schema', async () => {
    const schema = await getSchema({ demoClock: true });
    expect(IDE_TABS.map((t) => t.title)).toEqual([
      'Welcome',
      'Run a designation',
      'Triage, validate and publish an entry',
      'Publish an advisory and watch patch coverage',
      'Issue a directive and read compliance',
      'Register a model and schedule its review',
      'Acknowledge and patch as a hospital',
      'Track the cyber hiring surge',
      'Get notified: webhooks and email',
    ]);
    const seeded = [
      'analyst@nsa.gov',
      'analyst@cisa.gov',
      'dev@atlas-ai.example',
      'it@mercy-rural-oh.example',
      'policy@omb.gov',
    ];
    for (const t of IDE_TABS) {
      expect(seeded).toContain(t.user);
      expect(t.query).toContain(`npm run -s token -- ${t.user}`);
      expect(validate(schema, parse(t.query)).map((e) => `${t.title}: ${e.message}`)).toEqual([]);
    }
  });
});

describe.runIf(BROWSER_TESTS)('the IDE in the browser', () => {
  it('opens with the task tabs, and the footer has no glyph the browser cannot draw', async () => {
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname)
        ? route.continue()
        : route.abort('internetdisconnected'),
    );
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.graphiql-tab').length >= 8, undefined, {
      timeout: 30_000,
    });
    const titles = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    expect(titles).toEqual([
      'Welcome',
      'RunADesignation',
      'TriageValidatePublish',
      'PublishAdvisoryWatchCoverage',
      'IssueDirectiveReadCompliance',
      'RegisterModelScheduleReview',
      'HospitalAcknowledgeAndPatch',
      'TrackCyberHiringSurge',
      'GetNotified',
    ]);
    // The second tab says whose token to paste, in the editor and in its headers.
    // A click that lands while GraphiQL is still settling its tabs can be lost (seen once on CI), and Monaco draws
    // a switched tab's text a little later: click until the tab's text is on screen.
    const tokenShown = () =>
      document.body.innerText.replace(/\u00a0/g, ' ').includes('Token: npm run -s token -- analyst@nsa.gov');
    const tab = page.locator('.graphiql-tab', { hasText: 'RunADesignation' });
    for (let attempt = 0; attempt < 10 && !(await page.evaluate(tokenShown)); attempt++) {
      await tab.locator('.graphiql-tab-button').click({ timeout: 10_000 });
      await page.waitForFunction(tokenShown, undefined, { timeout: 3_000 }).catch(() => undefined);
    }
    await page.waitForFunction(tokenShown, undefined, { timeout: 30_000 });
    await page.waitForSelector('.ruru-footer', { timeout: 30_000 });
    await page.waitForFunction(
      () => !/\p{Extended_Pictographic}/u.test(document.querySelector('.ruru-footer')?.textContent ?? '🙏'),
      undefined,
      { timeout: 30_000 },
    );
    const footer = await page.locator('.ruru-footer').innerText();
    expect(footer).toMatch(/Community-funded OSS\s+please sponsor/);
    expect(footer).not.toMatch(/\p{Extended_Pictographic}/u);
    await context.close();
  });
});
