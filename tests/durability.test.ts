// Idempotency that survives a crash and replays byte for byte, and one writer per embedded data directory.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';
import { createCast, unique } from './support/fixtures';
import { freePort, startServerProcess } from './support/processes';
import { dataDirectory } from './support/snapshots';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ IDEMPOTENCY_LEASE_SECONDS: '2' });
  // The cast makes the platform administrator whose token the requests carry.
  await createCast(server);
  const [row] = await server.concord.db.query(
    `SELECT id, email FROM user_account WHERE 'PLATFORM_ADMIN' = ANY(roles) LIMIT 1`,
  );
  token = await server.concord.auth.sign(row.id, row.email);
});
afterAll(async () => server?.stop());

const CREATE =
  'mutation Create($i: CreateDeveloperInput!) { createDeveloper(input: $i) { developer { slug name participation id } } }';

async function keyed(url: string, key: string, slug: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
    body: JSON.stringify({ query: CREATE, variables: { i: { slug, name: `Lab ${slug}` } } }),
  });
  return { status: res.status, text: await res.text(), replayed: res.headers.get('idempotent-replayed') };
}

const count = async (slug: string) =>
  (await server.concord.db.query('SELECT count(*)::int AS n FROM organization WHERE slug = $1', [slug]))[0].n as number;

describe('idempotency', () => {
  it('replays the first response byte for byte, in the document field order', async () => {
    const slug = unique('replay');
    const key = unique('key');
    const first = await keyed(server.url, key, slug);
    const again = await keyed(server.url, key, slug);
    expect(first.status).toBe(200);
    expect(again.replayed).toBe('true');
    expect(again.text).toBe(first.text);
    expect(Object.keys(JSON.parse(again.text).data.createDeveloper.developer)).toEqual([
      'slug',
      'name',
      'participation',
      'id',
    ]);
    expect(await count(slug)).toBe(1);
  });

  it('frees a key whose request died once the lease has passed, and the retry writes exactly once', async () => {
    const slug = unique('abandoned');
    const key = unique('key');
    // A claim left behind by a request that died before answering (its transaction rolled back with it).
    const [admin] = await server.concord.db.query(
      `SELECT id FROM user_account WHERE 'PLATFORM_ADMIN' = ANY(roles) LIMIT 1`,
    );
    const hash = (await import('node:crypto'))
      .createHash('sha256')
      .update(JSON.stringify([CREATE, { i: { slug, name: `Lab ${slug}` } }, null]))
      .digest('hex');
    await server.concord.db.query(
      `INSERT INTO idempotency_record (scope, key, request_hash, claimed_at) VALUES ($1, $2, $3, now())`,
      [`user:${admin.id}`, key, hash],
    );
    const early = await keyed(server.url, key, slug);
    expect(early.status).toBe(409);
    expect(JSON.parse(early.text).errors[0].extensions).toMatchObject({ code: 'CONFLICT', retryAfter: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    const retried = await keyed(server.url, key, slug);
    expect(retried.status).toBe(200);
    expect(await count(slug)).toBe(1);
    expect((await keyed(server.url, key, slug)).text).toBe(retried.text);
  });

  it('records expire: a key older than its lifetime runs as new', async () => {
    const slug = unique('expired');
    const key = unique('key');
    await keyed(server.url, key, slug);
    await server.concord.db.query(
      `UPDATE idempotency_record SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    const other = unique('expired');
    const r = await keyed(server.url, key, other);
    expect(r.status).toBe(200);
    expect(await count(other)).toBe(1);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'a server killed in the middle of a keyed mutation: the retry on another server writes exactly once',
    async () => {
      const slug = unique('killed');
      const key = unique('key');
      const port = await freePort();
      const proc = await startServerProcess(
        {
          DATABASE_URL: server.concord.config.databaseUrl!,
          DB_LOCK_TIMEOUT_MS: '60000',
          DB_STATEMENT_TIMEOUT_MS: '60000',
          SEED_DEMO_DATA: 'false',
        },
        port,
      );
      // Hold the audit chain's lock so the mutation blocks inside its transaction, after claiming the key.
      const blocker = new Client({ connectionString: server.concord.config.databaseUrl });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_advisory_xact_lock(7340001)');
      try {
        const pending = keyed(proc.url, key, slug).catch(() => undefined);
        for (let i = 0; i < 100; i++) {
          const [row] = await server.concord.db.query('SELECT 1 FROM idempotency_record WHERE key = $1', [key]);
          if (row) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        proc.child.kill('SIGKILL');
        await new Promise((r) => proc.child.once('exit', r));
        await pending;
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
      expect(await count(slug)).toBe(0);
      // Retried on the other server: refused while the lease runs, then run once.
      expect((await keyed(server.url, key, slug)).status).toBe(409);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await keyed(server.url, key, slug)).status).toBe(200);
      expect((await keyed(server.url, key, slug)).replayed).toBe('true');
      expect(await count(slug)).toBe(1);
    },
  );
});

describe('one writer per embedded database', () => {
  it('refuses a second server on the same data directory, naming the first; the directory and socket are private', async () => {
    const dataDir = dataDirectory('migrated', 'concord-writer-');
    const env = { CONCORD_DATA_DIR: dataDir, SEED_DEMO_DATA: 'false', DATABASE_URL: '' };
    const first = await startServerProcess(env, await freePort());
    try {
      const second = await startServerProcess(env, await freePort()).then(
        (p) => {
          p.child.kill('SIGKILL');
          return 'started';
        },
        (e: Error) => e.message,
      );
      expect(second).toMatch(new RegExp(`in use by another Concord \\(pid ${first.child.pid}\\)`));
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
      const socket = path.join(dataDir, 'run', '.s.PGSQL.5432');
      expect(fs.statSync(socket).isSocket()).toBe(true);
      expect(fs.statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
      // The first is unharmed.
      expect((await fetch(first.url.replace('/graphql', '/readyz'))).status).toBe(200);
    } finally {
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
    }
    // A lock left by a process that is gone does not block the next start.
    const next = await startServerProcess(env, await freePort());
    next.child.kill('SIGTERM');
    await new Promise((r) => next.child.once('exit', r));
    expect(fs.existsSync(path.join(dataDir, 'concord.lock'))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
