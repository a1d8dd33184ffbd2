// A real streaming read replica (TEST_REPLICA_URL; .ci/run makes one with pg_basebackup): reads go to it, a
// mutation's payload reads its own write, and a caller who just wrote reads its write on its next request.
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDeveloperDocument, DevelopersDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, unique, type Cast } from './support/fixtures';
import { postGraphQL } from './support/transports';
import { fromGlobalId } from '../server/core/ids';

const REPLICA = process.env.TEST_REPLICA_URL;
let server: TestServer;
let cast: Cast;

/** Statements run on the replica for this test's database (the standby's own statistics). */
async function replicaReads(): Promise<number> {
  const dbName = new URL(server.concord.config.databaseUrl!).pathname.slice(1);
  const c = new Client({ connectionString: REPLICA });
  await c.connect();
  try {
    await c.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await c.query(
      'SELECT (xact_commit + xact_rollback)::int AS n FROM pg_stat_database WHERE datname = $1',
      [dbName],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await c.end();
  }
}

/** The standby flushes its statistics about once a second: wait for the count to settle. */
async function settledReads(): Promise<number> {
  let last = -1;
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const n = await replicaReads();
    if (n === last) return n;
    last = n;
  }
  return last;
}

describe.runIf(process.env.TEST_DATABASE_URL && REPLICA)('a streaming read replica', () => {
  beforeAll(async () => {
    server = await startTestServer({ DB_PRIMARY_AFTER_WRITE_SECONDS: '3' });
    cast = await createCast(server);
  });
  afterAll(async () => server?.stop());

  it('is configured, and serves the reads of callers who have not just written', async () => {
    expect(server.concord.config.databaseReplicaUrls[0]).toContain(':5433/');
    const reader = await cast.user((await cast.developer()).id, ['MEMBER']);
    await new Promise((r) => setTimeout(r, 3200)); // the fixtures above were the admin's writes, not the reader's
    const before = await settledReads();
    for (let i = 0; i < 5; i++) await reader.client.execute(DevelopersDocument, { first: 5 });
    expect(await settledReads()).toBeGreaterThan(before);
  });

  it(
    'serves compiled reads (one statement for the whole document) from the replica too',
    { timeout: 40_000 },
    async () => {
      const reader = await cast.user((await cast.developer()).id, ['MEMBER']);
      const token = await server.concord.auth.sign(fromGlobalId(reader.id)!.id, reader.email);
      await new Promise((r) => setTimeout(r, 3200));
      const query =
        '{ developers(first: 5) { totalCount nodes { id name models(first: 3) { nodes { id coverage } } } } }';
      // Signs the viewer in (on the primary; cached briefly) without reading the replica.
      await postGraphQL(server.url, { query: '{ viewer { __typename } }' }, { authorization: `Bearer ${token}` });
      const before = await settledReads();
      const statements = server.concord.queries.total;
      for (let i = 0; i < 5; i++) {
        const res = await postGraphQL(server.url, { query }, { authorization: `Bearer ${token}` });
        expect((res.body as { data?: unknown }).data).toBeTruthy();
      }
      expect(server.concord.queries.total - statements).toBe(5);
      // A standby backend that keeps busy flushes its statistics when it has been idle for up to ten seconds.
      let reads = before;
      for (let i = 0; i < 40 && reads < before + 5; i++) {
        await new Promise((r) => setTimeout(r, 500));
        reads = await replicaReads();
      }
      expect(reads).toBeGreaterThanOrEqual(before + 5);
    },
  );

  it("reads a mutation's payload and the writer's next requests from the primary", async () => {
    const writer = cast.admin;
    await new Promise((r) => setTimeout(r, 3200));
    const slug = unique('replica-lab');
    const created = (await writer.execute(CreateDeveloperDocument, { input: { name: 'Replica Lab', slug } }))
      .createDeveloper.developer;
    expect(created.slug).toBe(slug);
    const before = await settledReads();
    // At once, on the next request: the writer sees its write, read from the primary.
    const page = await writer.execute(DevelopersDocument, {
      first: 100,
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(page.developers.edges.map((e) => e.node.slug)).toContain(slug);
    expect(await settledReads()).toBe(before);
  });
});
