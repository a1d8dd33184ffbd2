// The analysts' IDE in a real browser (Debian's chromium, headless), with every request off this machine refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from './support/server';

import { BROWSER_TESTS, CHROMIUM, CHROMIUM_ARGS } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!BROWSER_TESTS) return;
  if (!CHROMIUM) throw new Error('CI is set, so the IDE test is required: install chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH');
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
    await page.waitForFunction(() => document.body.innerText.includes('WhoAmI'), undefined, { timeout: 30_000 });
    // Several operations: GraphiQL asks which one to run. The first click can land before the editor has
    // parsed the document, so click until the menu opens.
    const choice = page.locator('.graphiql-dropdown-item', { hasText: 'WhoAmI' });
    for (let attempt = 0; attempt < 10 && !(await choice.isVisible()); attempt++) {
      await page.click('.graphiql-execute-button');
      await choice.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
    }
    await choice.click({ timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"authenticated"'), undefined, { timeout: 30_000 });
    // Monaco renders spaces as non-breaking spaces.
    const result = (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
    expect(result).toContain('"viewer"');
    expect(result).toMatch(/"authenticated":\s*false/);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
