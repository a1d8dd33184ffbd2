// Ranked search pages to the end: forwards and backwards, every entry once, with ties in rank (issue 10, item 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import { ClearinghouseEntriesDocument, ReportClearinghouseEntryDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast } from './support/fixtures';
import { postGraphQL } from './support/transports';
import { toGlobalId } from '../server/core/ids';
import { EXACT_RANK_LIMIT } from '../server/modules/clearinghouse/entry.service';

let server: TestServer;
let analyst: ConcordClient;
const expected: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const cast = await createCast(server);
  analyst = (
    await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])
  ).client;
  const dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
  // Ranks that differ (more mentions rank higher) and ties (the same text twice).
  for (let i = 0; i < 11; i++) {
    const mentions = 1 + (i % 4);
    const summary = `${'Heap overflow in the parser. '.repeat(mentions)}Found in fuzzing round ${i}.`;
    const e = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: {
          title: `Parser flaw ${i}`,
          summary,
          affected: [{ vendor: 'V', product: 'Parser', versionRange: '<2' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    expected.push(e.id);
  }
});
afterAll(async () => server?.stop());

const entries = (args: { first?: number; last?: number; after?: string | null; before?: string | null }) =>
  analyst.execute(ClearinghouseEntriesDocument, { search: 'overflow', ...args });

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
    const forwards = (
      await analyst.execute(ClearinghouseEntriesDocument, { search: 'overflow', first: 100 })
    ).clearinghouseEntries.nodes.map((n) => n.id);
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

// A broad search (more matches than EXACT_RANK_LIMIT) walks the matches by their precomputed search weight and
// stops at the page; a narrower one is ranked exactly. Either way every match comes exactly once, both ways.
describe('broad and narrow searches over the KEV catalog', () => {
  let seeded: TestServer;
  let token: string;
  beforeAll(async () => {
    seeded = await startTestServer({}, { seed: true });
    const [u] = await seeded.concord.db.query(`SELECT id FROM user_account WHERE email = 'analyst@cisa.gov'`);
    token = await seeded.concord.auth.sign(u.id, 'analyst@cisa.gov');
  });
  afterAll(async () => seeded?.stop());

  const PAGE = `query($q: String, $first: Int, $after: String, $last: Int, $before: String) {
    clearinghouseEntries(search: $q, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`;
  const page = async (variables: Record<string, unknown>) => {
    const res = await postGraphQL(seeded.url, { query: PAGE, variables }, { authorization: `Bearer ${token}` });
    const body = res.body as {
      data?: { clearinghouseEntries: { totalCount: number; pageInfo: Record<string, any>; nodes: { id: string }[] } };
      errors?: unknown;
    };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.clearinghouseEntries;
  };
  const ids = (rows: { id: string }[]) => rows.map((r) => toGlobalId('ClearinghouseEntry', r.id));
  const walk = async (q: string, size: number) => {
    const forward: string[] = [];
    for (let after: string | null = null; ;) {
      const p = await page({ q, first: size, after });
      forward.push(...p.nodes.map((n) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const backward: string[] = [];
    for (let before: string | null = null; ;) {
      const p = await page({ q, last: size, before });
      backward.unshift(...p.nodes.map((n) => n.id));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    return { forward, backward };
  };

  it('a broad query walks its matches by search weight, each exactly once, forwards and backwards', async () => {
    const q = 'vulnerability';
    const { totalCount } = await page({ q, first: 0 });
    expect(totalCount).toBeGreaterThan(EXACT_RANK_LIMIT);
    const expected = ids(
      await seeded.concord.db.query(
        `SELECT id FROM clearinghouse_entry WHERE search @@ websearch_to_tsquery('english', $1) ORDER BY search_weight DESC, id DESC`,
        [q],
      ),
    );
    expect(expected.length).toBe(totalCount);
    const { forward, backward } = await walk(q, 97);
    expect(new Set(forward).size).toBe(forward.length);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(forward);
    // Known-exploited critical entries come first.
    const [top] = await seeded.concord.db.query(
      `SELECT known_exploited, severity FROM clearinghouse_entry WHERE id = $1`,
      [Buffer.from(forward[0], 'base64url').toString().split(':')[1]],
    );
    expect(top).toEqual({ known_exploited: true, severity: expect.stringMatching(/CRITICAL|HIGH/) });
  });

  it('a narrower query is ranked exactly by full text, each match once, forwards and backwards', async () => {
    const q = 'remote code execution';
    const { totalCount } = await page({ q, first: 0 });
    expect(totalCount).toBeGreaterThan(20);
    expect(totalCount).toBeLessThanOrEqual(EXACT_RANK_LIMIT);
    const expected = ids(
      await seeded.concord.db.query(
        `SELECT id FROM clearinghouse_entry WHERE search @@ websearch_to_tsquery('english', $1) ORDER BY ts_rank(search, websearch_to_tsquery('english', $1)) DESC, id DESC`,
        [q],
      ),
    );
    const { forward, backward } = await walk(q, 23);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(forward);
  });

  it('a cursor keeps the order it was made in, and one from the other order of the same list is refused', async () => {
    const broad = await page({ q: 'vulnerability', first: 5 });
    const next = await page({ q: 'vulnerability', first: 5, after: broad.pageInfo.endCursor });
    expect(next.nodes.map((n) => n.id)).not.toContain(broad.nodes[4].id);
    const res = await postGraphQL(
      seeded.url,
      { query: PAGE, variables: { q: 'remote code execution', first: 5, after: broad.pageInfo.endCursor } },
      { authorization: `Bearer ${token}` },
    );
    expect((res.body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
