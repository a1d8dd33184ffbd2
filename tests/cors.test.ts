// Browser frontends on another origin: a page served from an allowed origin calls Concord from Chromium; a page
// from any other origin is stopped by the browser. Preflights are answered; no cookies are ever allowed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';

import { BROWSER_TESTS, CHROMIUM, CHROMIUM_ARGS } from './support/browser';

let server: TestServer;
let allowed: http.Server;
let other: http.Server;
let browser: Browser | undefined;
const origin = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

function pageServer() {
  return http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>frontend</title><p>frontend</p>'),
  );
}

beforeAll(async () => {
  allowed = pageServer();
  other = pageServer();
  await new Promise<void>((r) => allowed.listen(0, '127.0.0.1', () => r()));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
  server = await startTestServer({ CORS_ORIGINS: origin(allowed) });
  if (CHROMIUM) {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }
});
afterAll(async () => {
  await browser?.close();
  allowed?.close();
  other?.close();
  await server?.stop();
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin, and not for others', async () => {
    const preflight = (from: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      });
    const ok = await preflight(origin(allowed));
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin(allowed));
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const no = await preflight(origin(other));
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.runIf(BROWSER_TESTS)(
    'lets a page from an allowed origin call Concord in Chromium, and stops any other',
    async () => {
      expect(browser, 'Chromium is required when CI is set (apt-get install chromium, or CHROMIUM_PATH)').toBeDefined();
      const call = async (pageOrigin: string) => {
        const page = await browser!.newPage();
        try {
          await page.goto(pageOrigin);
          return await page.evaluate(async (url) => {
            try {
              const res = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'idempotency-key': 'none' },
                body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
              });
              return { ok: true, requestId: res.headers.get('x-request-id'), body: await res.json() };
            } catch (e) {
              return { ok: false, error: String(e) };
            }
          }, server.url);
        } finally {
          await page.close();
        }
      };
      const fromAllowed = await call(origin(allowed));
      expect(fromAllowed).toMatchObject({
        ok: true,
        requestId: expect.any(String),
        body: { data: { viewer: { authenticated: false } } },
      });
      const fromOther = await call(origin(other));
      expect(fromOther).toMatchObject({ ok: false, error: expect.stringMatching(/Failed to fetch/) });
    },
  );
});
