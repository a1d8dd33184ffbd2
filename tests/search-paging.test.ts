// Ranked search pages to the end: forwards and backwards, every entry once, with ties in rank (issue 10, item 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import { ClearinghouseEntriesDocument, ReportClearinghouseEntryDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast } from './support/fixtures';

let server: TestServer;
let analyst: ConcordClient;
const expected: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const cast = await createCast(server);
  analyst = (await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])).client;
  const dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
  // Ranks that differ (more mentions rank higher) and ties (the same text twice).
  for (let i = 0; i < 11; i++) {
    const mentions = 1 + (i % 4);
    const summary = `${'Heap overflow in the parser. '.repeat(mentions)}Found in fuzzing round ${i}.`;
    const e = (await dev.execute(ReportClearinghouseEntryDocument, { input: { title: `Parser flaw ${i}`, summary, affected: [{ vendor: 'V', product: 'Parser', versionRange: '<2' }] } })).reportClearinghouseEntry.entry;
    expected.push(e.id);
  }
});
afterAll(async () => server?.stop());

const entries = (args: { first?: number; last?: number; after?: string | null; before?: string | null }) => analyst.execute(ClearinghouseEntriesDocument, { search: 'overflow', ...args });

describe('ranked search paging', () => {
  it('pages forwards to the end without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Awaited<ReturnType<typeof entries>> = await entries({ first: 3, after });
      const page = result.clearinghouseEntries;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('pages backwards from the end to the start, in the same order', async () => {
    const forwards = (await analyst.execute(ClearinghouseEntriesDocument, { search: 'overflow', first: 100 })).clearinghouseEntries.nodes.map((n) => n.id);
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Awaited<ReturnType<typeof entries>> = await entries({ last: 3, before });
      const page = result.clearinghouseEntries;
      seen.unshift(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(forwards);
  });
});
