// Several replicas on one PostgreSQL and Redis, as real server processes: they start together on an empty
// database (migrations and demo data under locks), a change on one reaches subscribers on another by visibility,
// a keyed mutation retried on another replica runs once, and SIGTERM under load loses no acknowledged write.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../server/config';
import { signToken } from '../server/modules/auth/token';
import { freePort, startServerProcess } from './support/processes';
import { admin as adminSql } from './support/server';
import { postGraphQL, subscribeOnce } from './support/transports';

const BASE = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;

type Proc = Awaited<ReturnType<typeof startServerProcess>>;
let dbUrl: string;
let dbName: string;
let replicas: Proc[] = [];
const token = (email: string) => signToken(loadConfig({ NODE_ENV: 'test' }).auth, `dev:${email}`, email);

const admin = (sql: string) => adminSql(BASE!, sql);

async function gql(
  url: string,
  email: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const auth: Record<string, string> = email ? { authorization: `Bearer ${await token(email)}` } : {};
  return postGraphQL(url, { query, variables }, { ...auth, ...headers });
}

const METRICS = 'replicas-metrics-token-0123456789';
/** Subscriptions a replica reports listening (its concord_subscriptions_active gauge). */
async function listening(url: string): Promise<number> {
  const text = await (
    await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${METRICS}` } })
  ).text();
  return Number(/^concord_subscriptions_active (\d+)/m.exec(text)?.[1] ?? 0);
}

describe.runIf(BASE && REDIS)('replicas', () => {
  beforeAll(async () => {
    dbName = `concord_replicas_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE DATABASE ${dbName}`);
    const u = new URL(BASE!);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
  });
  afterAll(async () => {
    await Promise.all(
      replicas
        .filter((r) => r.child.exitCode === null)
        .map(
          (r) =>
            new Promise((done) => {
              r.child.once('exit', done);
              r.child.kill('SIGKILL');
            }),
        ),
    );
    if (dbName) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('three replicas started at once on an empty database all become ready, and load the demo data once', async () => {
    const env = {
      DATABASE_URL: dbUrl,
      REDIS_URL: REDIS!,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
      RATE_LIMIT_KEY_PREFIX: `replicas-${dbName}`,
      WS_RECHECK_SECONDS: '60',
      METRICS_TOKEN: METRICS,
    };
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const started = await Promise.allSettled(ports.map((port) => startServerProcess(env, port, 90_000)));
    replicas = started.filter((s): s is PromiseFulfilledResult<Proc> => s.status === 'fulfilled').map((s) => s.value);
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ready'))).toEqual([
      'ready',
      'ready',
      'ready',
    ]);
    const c = new Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM organization WHERE slug = 'nsa'`);
      expect(rows[0].n).toBe(1);
      const { rows: migrations } = await c.query(
        'SELECT count(*)::int AS n, count(DISTINCT name)::int AS d FROM migrations',
      );
      expect(migrations[0].n).toBe(migrations[0].d);
    } finally {
      await c.end();
    }
  });

  it("a designation change on one replica reaches the developer's subscription on another, once it may see it, and never another developer", async () => {
    const [a, b, c] = replicas;
    const models = await gql(
      a.url,
      'dev@atlas-ai.example',
      '{ frontierModels(first: 1, filter: { released: false }) { nodes { id } } }',
    );
    const modelId = (models.body.data as { frontierModels: { nodes: { id: string }[] } }).frontierModels.nodes[0]?.id;
    expect(modelId).toBeDefined();
    const sub = { query: 'subscription { designationUpdated { id developerNotifiedAt } }' };
    const [atlasToken, meridianToken] = [await token('dev@atlas-ai.example'), await token('dev@meridian-labs.example')];
    let ready = 0;
    let go!: () => void;
    const subscribed = new Promise<void>((r) => (go = r));
    const mark = () => ++ready === 2 && go();
    const atlas = subscribeOnce(b.url, sub, { token: atlasToken, timeoutMs: 8000, onSubscribed: mark });
    const meridian = subscribeOnce(c.url, sub, { token: meridianToken, timeoutMs: 4000, onSubscribed: mark });
    await subscribed;
    // Both replicas count their subscription as listening before anything is published.
    await vi.waitFor(async () => expect(await listening(b.url)).toBeGreaterThanOrEqual(1), {
      timeout: 30_000,
      interval: 25,
    });
    await vi.waitFor(async () => expect(await listening(c.url)).toBeGreaterThanOrEqual(1), {
      timeout: 30_000,
      interval: 25,
    });
    // A confidential screening (the developer is not told) reaches nobody outside the government...
    const opened = await gql(
      a.url,
      'analyst@nsa.gov',
      'mutation($m: ID!) { openDesignation(input: { modelId: $m, basis: AGENCY_INITIATIVE }) { designation { id } } }',
      { m: modelId },
    );
    const designationId = (opened.body.data as { openDesignation: { designation: { id: string } } } | undefined)
      ?.openDesignation.designation.id;
    expect(designationId, JSON.stringify(opened.body.errors)).toBeDefined();
    // ...until the developer is notified (events arrive in order, so a leaked opening would come first).
    const notified = await gql(
      a.url,
      'analyst@nsa.gov',
      'mutation($d: ID!) { notifyDeveloper(input: { designationId: $d }) { designation { id status } } }',
      { d: designationId },
    );
    expect(notified.body.errors, JSON.stringify(notified.body.errors)).toBeUndefined();
    const seen = await atlas;
    expect(seen.type).toBe('next');
    // The first event the developer gets is the notification, not the confidential opening.
    const event = (seen.payload as { data: { designationUpdated: { id: string; developerNotifiedAt: string | null } } })
      .data.designationUpdated;
    expect(event.id).toBe(designationId);
    expect(event.developerNotifiedAt).not.toBeNull();
    expect((await meridian).type).toBe('timeout');
  });

  it('a keyed mutation retried on another replica runs once and answers the same bytes', async () => {
    const [a, b] = replicas;
    const slug = `replica-${randomBytes(3).toString('hex')}`;
    const query = 'mutation($i: CreateDeveloperInput!) { createDeveloper(input: $i) { developer { id slug } } }';
    const key = { 'idempotency-key': `replica-${slug}` };
    const first = await gql(a.url, 'admin@cisa.gov', query, { i: { name: 'Replica Lab', slug } }, key);
    const retry = await gql(b.url, 'admin@cisa.gov', query, { i: { name: 'Replica Lab', slug } }, key);
    expect(first.status).toBe(200);
    expect(JSON.stringify(retry.body)).toBe(JSON.stringify(first.body));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('SIGTERM to one replica under load loses no acknowledged write', async () => {
    const [, b, c] = replicas;
    const tag = randomBytes(3).toString('hex');
    const query = 'mutation($i: CreateDeveloperInput!) { createDeveloper(input: $i) { developer { id slug } } }';
    const attempts = Array.from({ length: 40 }, (_, i) => `load-${tag}-${i}`);
    const adminToken = await token('admin@cisa.gov');
    const results: Promise<{ slug: string; ok: boolean }>[] = [];
    for (const [i, slug] of attempts.entries()) {
      results.push(
        postGraphQL(
          b.url,
          { query, variables: { i: { name: 'Load Lab', slug } } },
          { authorization: `Bearer ${adminToken}` },
        ).then(
          (r) => ({ slug, ok: r.status === 200 && !r.body.errors }),
          () => ({ slug, ok: false }),
        ),
      );
      // Requests keep arriving while the replica is told to stop.
      if (i === 15) b.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 3));
    }
    const settled = await Promise.all(results);
    await new Promise((r) => (b.child.exitCode !== null ? r(null) : b.child.once('exit', r)));
    expect(b.child.exitCode).toBe(0);
    const acknowledged = settled.filter((s) => s.ok).map((s) => s.slug);
    // Read back through another replica: every acknowledged write is there.
    const list = await gql(
      c.url,
      'admin@cisa.gov',
      '{ developers(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { slug } } }',
    );
    const slugs = new Set(
      (list.body.data as { developers: { nodes: { slug: string }[] } }).developers.nodes.map((n) => n.slug),
    );
    expect(acknowledged.filter((s) => !slugs.has(s))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // The shutdown was logged once.
    expect(
      b
        .stdout()
        .split('\n')
        .filter((l) => l.includes('"msg":"shutting down"')),
    ).toHaveLength(1);
  });
});
