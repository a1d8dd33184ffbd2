// One guarded door: a production-mode server answers the same hostile operations the same way over HTTP and
// graphql-ws; cost is the same however a document is written; budgets, bounded metrics, client mistakes,
// deadlines, and start-up failures.
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DevelopersDocument, RegisterFrontierModelDocument, UpdateDeveloperDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique, type Cast } from './support/fixtures';
import { postGraphQL, subscribeOnce, type WireError } from './support/transports';
import { freePort, runScript, startServerProcess } from './support/processes';
import fs from 'node:fs';
import { dataDirectory } from './support/snapshots';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
  JWT_ISSUER: 'concord-test',
  JWT_AUDIENCE: 'concord',
  AUDIT_HMAC_KEY: 'an-audit-key-of-at-least-32-characters',
};

let server: TestServer;
let cast: Cast;
let analystToken: string;

beforeAll(async () => {
  server = await startTestServer(PRODUCTION);
  cast = await createCast(server);
  const nsa = await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY', 'CLEARINGHOUSE_OPERATOR'] });
  const analyst = await cast.user(nsa.id, ['ANALYST', 'MEMBER']);
  analystToken = await server.concord.auth.sign(idOf(analyst.id), analyst.email);
  await cast.developer();
  const dev = await cast.developer();
  for (let i = 0; i < 3; i++)
    await cast.admin.execute(RegisterFrontierModelDocument, {
      input: { developerId: dev.id, name: `Model ${i}`, modelVersion: '1' },
    });
});
afterAll(async () => server?.stop());

function idOf(globalId: string) {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}

const nest = (depth: number): string =>
  depth === 0 ? 'id' : `models(first: 1) { nodes { developer { ${nest(depth - 1)} } } }`;

/** What a client can tell from an answer: the codes, the limit hit, the fields named, and whether data came back. */
function outcome(errors: WireError[] | undefined, data: unknown) {
  const first = errors?.[0]?.extensions ?? {};
  return {
    codes: (errors ?? []).map((e) => e.extensions?.code),
    limit: first.limit ?? null,
    fields: first.fields ? Object.keys(first.fields as object).sort() : null,
    data: data === undefined || data === null ? null : 'present',
  };
}

const HOSTILE: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: 'introspection in production', query: '{ __schema { types { name } } }' },
  { name: 'introspection of one type', query: '{ __type(name: "Designation") { fields { name } } }' },
  { name: 'a typo that would get a suggestion', query: '{ developerz { totalCount } }' },
  { name: 'unparseable text', query: '{ developers(' },
  { name: 'too deep', query: `{ developers(first: 1) { nodes { ${nest(8)} } } }` },
  {
    name: 'too many aliases',
    query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { authenticated }`).join(' ')} }`,
  },
  { name: 'too many tokens', query: `{ viewer { ${'authenticated '.repeat(6000)} } }` },
  {
    name: 'cost hidden in fragments',
    query: `query { ...A } fragment A on Query { developers(first: 100) { nodes { ...B } } } fragment B on Developer { models(first: 100) { nodes { ...C } } } fragment C on FrontierModel { designations(first: 100) { nodes { id } } }`,
  },
  {
    name: 'cost hidden in variable defaults',
    query: `query($a: Int = 100, $b: Int = 100, $c: Int = 10) { developers(first: $a) { nodes { models(first: $b) { nodes { designations(first: $c) { nodes { id } } } } } } }`,
  },
  {
    name: 'an oversize page as a variable',
    query: 'query($n: Int) { developers(first: $n) { totalCount } }',
    variables: { n: 1000 },
  },
  {
    name: 'a NUL byte in a variable',
    query: 'query($s: String) { clearinghouseEntries(search: $s) { totalCount } }',
    variables: { s: 'heap\u0000overflow' },
  },
  { name: 'a NUL byte inline', query: '{ clearinghouseEntries(search: "heap\\u0000overflow") { totalCount } }' },
  {
    name: 'a lone surrogate',
    query: 'query($s: String) { clearinghouseEntries(search: $s) { totalCount } }',
    variables: { s: 'x\ud800y' },
  },
  {
    name: 'a variable of the wrong type',
    query: 'query($n: Int) { developers(first: $n) { totalCount } }',
    variables: { n: 'ten' },
  },
  {
    name: 'a costly subscription',
    query: `subscription { advisoryPublished { deliveries(first: 100) { nodes { advisory { deliveries(first: 100) { nodes { advisory { deliveries(first: 100) { nodes { id } } } } } } } } } }`,
  },
  {
    name: 'aliases in a subscription',
    query: `subscription { advisoryPublished { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ')} } }`,
  },
  { name: 'a typo in a subscription', query: 'subscription { advisoryPublishd { id } }' },
];

describe('one execution pipeline for HTTP and graphql-ws', () => {
  it('answers every hostile operation the same way on both transports, with codes and request ids', async () => {
    for (const op of HOSTILE) {
      for (const token of [undefined, analystToken]) {
        const http = await postGraphQL(
          server.url,
          { query: op.query, variables: op.variables },
          token ? { authorization: `Bearer ${token}` } : {},
        );
        const socket = await subscribeOnce(server.url, { query: op.query, variables: op.variables }, { token });
        const label = `${op.name} (${token ? 'analyst' : 'anonymous'})`;
        expect(http.status, label).toBe(400);
        expect(socket.type, label).toBe('error');
        expect(outcome(socket.errors, undefined), label).toEqual(outcome(http.body.errors, http.body.data));
        expect(http.body.errors![0].extensions?.code, label).toBe('BAD_USER_INPUT');
        for (const e of [...http.body.errors!, ...socket.errors!]) {
          expect(e.extensions?.requestId, label).toEqual(expect.any(String));
          expect(e.message, label).not.toMatch(/Did you mean|SELECT|invalid byte sequence|syntax for type/);
        }
      }
    }
  });

  it('refuses queries and mutations on the socket with a coded error: they go over HTTP, with idempotency', async () => {
    for (const query of [
      '{ viewer { authenticated } }',
      'mutation { createDeveloper(input: { name: "x", slug: "x-lab" }) { developer { id } } }',
    ]) {
      const socket = await subscribeOnce(server.url, { query }, { token: analystToken });
      expect(socket.type).toBe('error');
      expect(socket.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        transport: 'graphql-ws',
        requestId: expect.any(String),
      });
    }
    const [{ n }] = await server.concord.db.query(`SELECT count(*)::int AS n FROM organization WHERE slug = 'x-lab'`);
    expect(n).toBe(0);
  });

  it('closes a socket whose credential does not check out', async () => {
    const socket = await subscribeOnce(
      server.url,
      { query: 'subscription { advisoryPublished { id } }' },
      { token: 'ck_forged_nothing' },
    );
    expect(socket).toMatchObject({ type: 'close', code: 4403 });
  });
});

describe('cost analysis that understands GraphQL', () => {
  const forms = {
    inline: `{ developers(first: 10) { nodes { id models(first: 5) { nodes { id designations(first: 3) { nodes { id } } } } } } rateLimit { cost } }`,
    variables: {
      query: `query($a: Int, $b: Int, $c: Int) { developers(first: $a) { nodes { id models(first: $b) { nodes { id designations(first: $c) { nodes { id } } } } } } rateLimit { cost } }`,
      variables: { a: 10, b: 5, c: 3 },
    },
    defaults: `query($a: Int = 10, $b: Int = 5, $c: Int = 3) { developers(first: $a) { nodes { id models(first: $b) { nodes { id designations(first: $c) { nodes { id } } } } } } rateLimit { cost } }`,
    fragments: `query { ...Q rateLimit { cost } } fragment Q on Query { developers(first: 10) { nodes { ...D } } } fragment D on Developer { id models(first: 5) { nodes { ...M } } } fragment M on FrontierModel { id designations(first: 3) { nodes { id } } }`,
    inlineFragments: `{ developers(first: 10) { nodes { ... on Developer { id models(first: 5) { nodes { ... on FrontierModel { id designations(first: 3) { nodes { id } } } } } } } } rateLimit { cost } }`,
  };

  it('costs the same whether written inline, with variables, defaults, fragments or inline fragments', async () => {
    const costs: Record<string, number> = {};
    for (const [name, form] of Object.entries(forms)) {
      const body = typeof form === 'string' ? { query: form } : form;
      const r = await postGraphQL(server.url, body, { authorization: `Bearer ${analystToken}` });
      expect(r.body.errors, name).toBeUndefined();
      costs[name] = (r.body.data as { rateLimit: { cost: number } }).rateLimit.cost;
    }
    // 1 (developers) + 10 x (1 + 1 (id) + ... ): whatever the number, every form agrees, and pages multiply.
    expect(new Set(Object.values(costs)).size, JSON.stringify(costs)).toBe(1);
    expect(costs.inline).toBeGreaterThan(10 * 5 * 3);
  });
});

describe('client mistakes are BAD_USER_INPUT naming the argument', () => {
  it('a NUL byte in a mutation input changes nothing', async () => {
    const r = await postGraphQL(
      server.url,
      {
        query: 'mutation($i: CreateDeveloperInput!) { createDeveloper(input: $i) { developer { id } } }',
        variables: { i: { name: 'Nul\u0000Lab', slug: unique('nul') } },
      },
      { authorization: `Bearer ${analystToken}` },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { '$i.name': expect.any(String) },
    });
  });

  it('a cursor reused with another order, or edited, is refused', async () => {
    const page = await cast.admin.execute(DevelopersDocument, { first: 1 });
    const cursor = page.developers.pageInfo.endCursor!;
    const reordered = await expectError(
      cast.admin.execute(DevelopersDocument, {
        first: 1,
        after: cursor,
        orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      }),
    );
    expect(reordered.code).toBe('BAD_USER_INPUT');
    expect(reordered.errors[0].extensions.fields).toHaveProperty('after');
    const refiltered = await expectError(
      cast.admin.execute(DevelopersDocument, { first: 1, after: cursor, filter: { participation: ['INVITED'] } }),
    );
    expect(refiltered.errors[0].extensions.fields).toHaveProperty('after');
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    for (const forged of [
      Buffer.from(JSON.stringify(['not a date', id, 'x'])).toString('base64url'),
      Buffer.from(JSON.stringify([value, 'not-a-uuid', 'x'])).toString('base64url'),
      Buffer.from(JSON.stringify([value, id])).toString('base64url'),
      'garbage',
    ]) {
      const err = await expectError(cast.admin.execute(DevelopersDocument, { first: 1, after: forged }));
      expect(err.code, forged).toBe('BAD_USER_INPUT');
      expect(err.errors[0].extensions.fields).toHaveProperty('after');
    }
    // The same cursor still works with the order and filter it came from.
    const next = await cast.admin.execute(DevelopersDocument, { first: 1, after: cursor });
    expect(next.developers.edges[0].node.id).not.toBe(page.developers.edges[0].node.id);
  });
});

describe('bounded metrics', () => {
  it('keeps the number of series flat after 1,000 unique operation names, and serves /metrics apart from the API', async () => {
    const scrape = async () => (await fetch(server.concord.metricsUrl!)).text();
    const series = (text: string) => text.split('\n').filter((l) => l.startsWith('concord_graphql_')).length;
    await postGraphQL(server.url, { query: 'query Warmup { viewer { authenticated } }' });
    const before = series(await scrape());
    const names = Array.from({ length: 1000 }, (_, i) => `Probe${i}_${unique('op').replace('-', '_')}`);
    for (let i = 0; i < names.length; i += 50) {
      await Promise.all(
        names
          .slice(i, i + 50)
          .map((n) => postGraphQL(server.url, { query: `query ${n} { viewer { authenticated } }`, operationName: n })),
      );
    }
    const text = await scrape();
    expect(text).not.toMatch(/Probe\d+_/);
    expect(text).toMatch(/concord_graphql_requests_total\{operation="other",type="query"\} \d+/);
    expect(series(text)).toBeLessThanOrEqual(before + 20);
    expect(new URL(server.concord.metricsUrl!).hostname).toBe('127.0.0.1');
    expect((await fetch(server.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
  });

  it('serves /metrics on the API port to the metrics token only', async () => {
    const token = 'metrics-token-of-at-least-24-chars';
    const s = await startTestServer({ METRICS_TOKEN: token, METRICS_PORT: '-1' });
    try {
      const url = s.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(url)).status).toBe(404);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
      const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/concord_db_pool_connections/);
      expect(s.concord.metricsUrl).toBeUndefined();
    } finally {
      await s.stop();
    }
  });
});

describe('rate limits and budgets', () => {
  const prefix = () => unique('rl-test');

  it('answers 429 RATE_LIMITED with Retry-After past the request limit, and reports the budget in rateLimit', async () => {
    const s = await startTestServer({
      RATE_LIMIT_ANONYMOUS_REQUESTS: '5',
      RATE_LIMIT_ANONYMOUS_COST_PER_HOUR: '1000',
      RATE_LIMIT_KEY_PREFIX: prefix(),
    });
    try {
      const first = await postGraphQL(s.url, {
        query: '{ viewer { authenticated } rateLimit { limit cost used remaining resetAt } }',
      });
      expect(first.body.data).toMatchObject({ rateLimit: { limit: 1000, cost: 8, used: 8, remaining: 992 } });
      expect(Date.parse((first.body.data as { rateLimit: { resetAt: string } }).rateLimit.resetAt)).toBeGreaterThan(
        Date.now(),
      );
      for (let i = 0; i < 4; i++)
        expect((await postGraphQL(s.url, { query: '{ viewer { authenticated } }' })).status).toBe(200);
      const limited = await postGraphQL(s.url, { query: '{ viewer { authenticated } }' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body.errors![0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
        requestId: expect.any(String),
      });
      // The socket counts against the same window.
      const socket = await subscribeOnce(s.url, { query: 'subscription { advisoryPublished { id } }' });
      expect(socket.type).toBe('error');
      expect(socket.errors![0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await s.stop();
    }
  });

  it('refuses a document that does not fit the hourly cost budget, and spends nothing on it', async () => {
    const s = await startTestServer({ RATE_LIMIT_ANONYMOUS_COST_PER_HOUR: '100', RATE_LIMIT_KEY_PREFIX: prefix() });
    try {
      const costly = '{ developers(first: 40) { nodes { id name } } }'; // 1 + 40 x (1 + 2) = 121
      const refused = await postGraphQL(s.url, { query: costly });
      expect(refused.status).toBe(429);
      expect(refused.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 121, limit: 100 });
      const cheap = await postGraphQL(s.url, { query: '{ rateLimit { used remaining } }' });
      expect(cheap.body.data).toEqual({ rateLimit: { used: 3, remaining: 97 } });
    } finally {
      await s.stop();
    }
  });

  it('limits open sockets per caller and subscriptions per socket', async () => {
    const s = await startTestServer({ WS_MAX_CONNECTIONS_PER_VIEWER: '1', RATE_LIMIT_KEY_PREFIX: prefix() });
    try {
      const sub = { query: 'subscription { advisoryPublished { id } }' };
      let held: Promise<unknown> | undefined;
      await new Promise<void>((resolve) => {
        held = subscribeOnce(s.url, sub, { timeoutMs: 3000, onSubscribed: resolve });
      });
      const second = await subscribeOnce(s.url, sub);
      expect(second).toMatchObject({ type: 'close', code: 4420 });
      await held;
    } finally {
      await s.stop();
    }
  });

  it.runIf(process.env.TEST_REDIS_URL)('shares the budget between two replicas through Redis', async () => {
    // Two Concords with their own databases and limiters, sharing only Redis: each alone would allow six.
    const env = {
      REDIS_URL: process.env.TEST_REDIS_URL!,
      RATE_LIMIT_ANONYMOUS_REQUESTS: '6',
      RATE_LIMIT_KEY_PREFIX: prefix(),
    };
    const [a, b] = await Promise.all([startTestServer(env), startTestServer(env)]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++)
        statuses.push((await postGraphQL((i % 2 ? b : a).url, { query: '{ viewer { authenticated } }' })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('client mistakes stay out of the error log', () => {
  it('a NUL byte, a foreign cursor and an edited cursor log nothing at error level', async () => {
    const dir = dataDirectory('seeded', 'concord-log-');
    const proc = await startServerProcess(
      { CONCORD_DATA_DIR: dir, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'info' },
      await freePort(),
    );
    try {
      const page = await postGraphQL(proc.url, { query: '{ developers(first: 1) { pageInfo { endCursor } } }' });
      const cursor = (page.body.data as { developers: { pageInfo: { endCursor: string } } }).developers.pageInfo
        .endCursor;
      const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      const mistakes = [
        {
          query: 'query($s: String) { clearinghouseEntries(search: $s) { totalCount } }',
          variables: { s: 'a\u0000b' },
        },
        {
          query:
            'query($c: String) { developers(first: 1, after: $c, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }',
          variables: { c: cursor },
        },
        {
          query: 'query($c: String) { developers(first: 1, after: $c) { totalCount } }',
          variables: { c: Buffer.from(JSON.stringify(['not a date', id, 'x'])).toString('base64url') },
        },
        {
          query: 'query($c: String) { developers(first: 1, after: $c) { totalCount } }',
          variables: { c: Buffer.from(JSON.stringify([value, 'not-a-uuid', 'x'])).toString('base64url') },
        },
      ];
      let lastId = '';
      for (const m of mistakes) {
        const r = await postGraphQL(proc.url, m);
        expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(m.variables)).toBe('BAD_USER_INPUT');
        lastId = r.headers.get('x-request-id')!;
      }
      // The access line of the last request comes after anything its handling logged.
      await vi.waitFor(() => expect(proc.stdout()).toContain(lastId), { timeout: 30_000, interval: 20 });
      const errorLines = proc
        .stdout()
        .split('\n')
        .filter((l) => /"level":(50|60)/.test(l));
      expect(errorLines).toEqual([]);
    } finally {
      proc.child.kill('SIGKILL');
      await new Promise((r) => (proc.child.exitCode !== null ? r(null) : proc.child.once('exit', r)));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deadlines', () => {
  it('fails a mutation held up by a lock within its deadline: 503, retryable, Retry-After', async () => {
    const s = await startTestServer({ DB_LOCK_TIMEOUT_MS: '300', DB_ACQUIRE_TIMEOUT_MS: '500', DB_POOL_SIZE: '2' });
    const c = await createCast(s);
    const dev = await c.developer();
    const devId = idOf(dev.id);
    const token = await adminToken(s);
    // On PostgreSQL another session holds the row lock; on the embedded database (one session) the
    // connection itself is held, so the request waits for the pool instead.
    const runner = s.concord.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      if (s.kind === 'postgres') await runner.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [devId]);
      const started = Date.now();
      const r = await postGraphQL(
        s.url,
        {
          query: 'mutation($i: UpdateDeveloperInput!) { updateDeveloper(input: $i) { developer { id } } }',
          variables: { i: { id: dev.id, expectedVersion: 1, website: 'https://new.example' } },
        },
        { authorization: `Bearer ${token}` },
      );
      const took = Date.now() - started;
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.body.errors![0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        retryable: true,
        retryAfter: 1,
      });
      expect(JSON.stringify(r.body)).not.toMatch(/lock|timeout exceeded|SELECT/i);
      expect(took).toBeLessThan(3000);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Nothing was written, and the same mutation goes through once the lock is gone.
    const after = await c.admin.execute(UpdateDeveloperDocument, {
      input: { id: dev.id, expectedVersion: 1, website: 'https://new.example' },
    });
    expect(after.updateDeveloper.developer.id).toBe(dev.id);
    await s.stop();
  });

  it('answers /readyz within a second when every connection is busy', async () => {
    const s = await startTestServer({ DB_POOL_SIZE: '1', DB_ACQUIRE_TIMEOUT_MS: '5000' });
    const runner = s.concord.db.createQueryRunner();
    await runner.connect();
    try {
      const started = Date.now();
      const res = await fetch(s.url.replace(/\/graphql$/, '/readyz'));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'busy' });
    } finally {
      await runner.release();
      await s.stop();
    }
  });
});

async function adminToken(s: TestServer) {
  const [row] = await s.concord.db.query(
    `SELECT id, email FROM user_account WHERE 'PLATFORM_ADMIN' = ANY(roles) ORDER BY created_at DESC LIMIT 1`,
  );
  return s.concord.auth.sign(row.id, row.email);
}

const run = runScript;

function databaseEnv(): Record<string, string> {
  return server.kind === 'postgres' ? { DATABASE_URL: new URL(server.concord.config.databaseUrl!).toString() } : {};
}

describe('start-up failures and production defaults', () => {
  it('exits non-zero within 5 s with one clear line when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await run('server/main.ts', [], {
        PORT: String(port),
        HOST: '127.0.0.1',
        CONCORD_DATA_DIR: path.join(os.tmpdir(), unique('concord-port')),
        ...databaseEnv(),
      });
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull();
      expect(r.ms).toBeLessThan(5000);
      expect(r.stderr.trim().split('\n')).toEqual([
        `Concord cannot start: port ${port} on 127.0.0.1 is already in use`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('exits non-zero with one line when the database stays unreachable', async () => {
    const r = await run('server/main.ts', [], {
      PORT: '0',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      DB_CONNECT_RETRIES: '1',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Concord cannot start: the database at 127\.0\.0\.1:1 is unreachable after 2 attempts/m);
  });

  it('loads no demo data in production, and the bootstrap command creates the first administrator once', async () => {
    const [{ n }] = await server.concord.db.query(
      `SELECT count(*)::int AS n FROM user_account WHERE email LIKE '%@nsa.gov' OR email LIKE '%@cisa.gov'`,
    );
    expect(n).toBe(0);
    // An empty production database of its own, bootstrapped by the command an operator runs.
    const fresh = await startTestServer({ ...PRODUCTION });
    const dataDir = dataDirectory('migrated', 'concord-bootstrap-');
    const env: Record<string, string> =
      fresh.kind === 'postgres'
        ? { DATABASE_URL: fresh.concord.config.databaseUrl! }
        : { CONCORD_DATA_DIR: dataDir, EMBEDDED_DATABASE: 'true' };
    try {
      expect((await fresh.concord.db.query('SELECT count(*)::int AS n FROM organization'))[0].n).toBe(0);
      const args = [
        'bootstrap',
        '--email',
        'Chief@Ops.gov',
        '--agency',
        'Concord Operations Center',
        '--acronym',
        'COC',
        '--name',
        'Chief of Ops',
      ];
      const first = await run('scripts/admin.ts', args, { ...PRODUCTION, ...env }, 60_000);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Created platform administrator chief@ops\.gov/);
      const again = await run('scripts/admin.ts', args, { ...PRODUCTION, ...env }, 60_000);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/a platform administrator already exists/);
      if (fresh.kind === 'postgres') {
        const [user] = await fresh.concord.db.query(
          `SELECT u.roles, o.acronym, o.capabilities FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE u.email = 'chief@ops.gov'`,
        );
        expect(user).toMatchObject({ acronym: 'COC', roles: expect.arrayContaining(['PLATFORM_ADMIN', 'ANALYST']) });
        const [{ n: events }] = await fresh.concord.db.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE action = 'bootstrapPlatformAdmin'`,
        );
        expect(events).toBe(1);
      }
    } finally {
      await fresh.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
