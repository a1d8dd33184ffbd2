import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecipientsDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;
const county = unique('Paging');
const ids: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  // 23 recipients in 3 groups of identical names, so the sort key ties and the id must break them.
  for (let i = 0; i < 23; i++) {
    const r = await cast.recipient({ name: `${county} Hospital ${['A', 'B', 'C'][i % 3]}`, county, state: 'PA' });
    ids.push(r.id);
  }
});
afterAll(async () => server?.stop());

const filter = () => ({ search: county });

describe('keyset pagination', () => {
  it('walks forward through more than three pages, every row once, in order', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const { recipients } = await cast.admin.execute(RecipientsDocument, { first: 5, after, filter: filter() });
      expect(recipients.totalCount).toBe(23);
      pages += 1;
      seen.push(...recipients.edges.map((e) => e.node.id));
      names.push(...recipients.edges.map((e) => e.node.name));
      expect(recipients.pageInfo.hasPreviousPage).toBe(pages > 1);
      expect(recipients.pageInfo.startCursor).toBe(recipients.edges[0]?.cursor ?? null);
      if (!recipients.pageInfo.hasNextPage) break;
      after = recipients.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(names).toEqual([...names].sort());
  });

  it('walks backward with last/before and meets the same order', async () => {
    const forward = (
      await cast.admin.execute(RecipientsDocument, { first: 100, filter: filter() })
    ).recipients.edges.map((e) => e.node.id);
    const backward: string[] = [];
    let before: string | null | undefined;
    let pages = 0;
    for (;;) {
      const { recipients } = await cast.admin.execute(RecipientsDocument, { last: 4, before, filter: filter() });
      pages += 1;
      backward.unshift(...recipients.edges.map((e) => e.node.id));
      expect(recipients.pageInfo.hasNextPage).toBe(pages > 1);
      if (!recipients.pageInfo.hasPreviousPage) break;
      before = recipients.pageInfo.startCursor;
    }
    expect(pages).toBe(6);
    expect(backward).toEqual(forward);
  });

  it('orders descending by creation time with ties broken consistently', async () => {
    const all = (
      await cast.admin.execute(RecipientsDocument, {
        first: 100,
        filter: filter(),
        orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      })
    ).recipients.edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null | undefined;
    do {
      const { recipients } = await cast.admin.execute(RecipientsDocument, {
        first: 7,
        after,
        filter: filter(),
        orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      });
      paged.push(...recipients.edges.map((e) => e.node.id));
      after = recipients.pageInfo.hasNextPage ? recipients.pageInfo.endCursor : undefined;
    } while (after);
    expect(paged).toEqual(all);
    expect(all).toEqual([...ids].reverse());
  });

  it('rejects oversize pages, both first and last, and garbage cursors', async () => {
    expect((await expectError(cast.admin.execute(RecipientsDocument, { first: 101 }))).code).toBe('BAD_USER_INPUT');
    expect((await expectError(cast.admin.execute(RecipientsDocument, { last: 500 }))).code).toBe('BAD_USER_INPUT');
    const bad = await expectError(cast.admin.execute(RecipientsDocument, { first: 5, after: 'not-a-cursor' }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.fields).toHaveProperty('after');
  });
});
