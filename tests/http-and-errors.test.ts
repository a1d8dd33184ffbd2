import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../sdk/index';
import {
  CreateDeveloperDocument,
  IssueApiKeyDocument,
  RecipientsDocument,
  RevokeApiKeyDocument,
  ApiKeysDocument,
  ViewerDocument,
} from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
});
afterAll(async () => server?.stop());

async function post(body: string | object, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id'),
    json: (await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    },
  };
}

async function organizationCount() {
  const [{ n }] = await server.concord.db.query('SELECT count(*)::int AS n FROM organization');
  return n as number;
}

describe('bad input gets a clear, coded error and changes nothing', () => {
  it('malformed JSON is a 400 with BAD_USER_INPUT and a request id', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
    expect(r.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors![0].extensions.requestId).toBe(r.requestId);
  });

  it('unknown fields, wrong types and invalid enum values are 400 BAD_USER_INPUT', async () => {
    for (const body of [
      { query: '{ developers { nodes { nonsense } } }' },
      { query: 'query($n: Int) { developers(first: $n) { totalCount } }', variables: { n: 'ten' } },
      { query: '{ developers(filter: { participation: [MAYBE] }) { totalCount } }' },
      { query: '{ developers(' },
    ]) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('input validation names the fields and writes nothing', async () => {
    const before = await organizationCount();
    const err = await expectError(
      cast.admin.execute(CreateDeveloperDocument, {
        input: { name: 'x'.repeat(201), slug: 'Not A Slug', website: 'ftp://nope' },
      }),
    );
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(err.errors[0].extensions.fields ?? {}).sort()).toEqual(['name', 'slug', 'website']);
    expect(await organizationCount()).toBe(before);
  });

  it('a duplicate slug is CONFLICT', async () => {
    const slug = unique('dup');
    await cast.admin.execute(CreateDeveloperDocument, { input: { name: 'One', slug } });
    const err = await expectError(cast.admin.execute(CreateDeveloperDocument, { input: { name: 'Two', slug } }));
    expect(err.code).toBe('CONFLICT');
  });

  it('an oversize body is rejected before it reaches GraphQL', async () => {
    const r = await post({ query: '{ viewer { authenticated } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    expect(r.status).toBe(413);
    expect(r.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never leaks a stack trace or SQL', async () => {
    const r = await post({ query: '{ developers(first: 5, after: "eyJ4IjoxfQ") { totalCount } }' });
    expect(JSON.stringify(r.json)).not.toMatch(/at .*\.ts|SELECT|stacktrace/i);
  });
});

describe('credentials', () => {
  it('forged, malformed and expired tokens are 401 UNAUTHENTICATED', async () => {
    const valid = await server.concord.auth.sign('00000000-0000-4000-8000-000000000000', 'x@example.org');
    const forged = valid.slice(0, -4) + 'abcd';
    const expired = await server.concord.auth.sign(
      '00000000-0000-4000-8000-000000000000',
      'x@example.org',
      new Date(Date.now() - 30 * 86400000),
    );
    for (const token of [forged, 'not.a.jwt', expired, valid]) {
      const r = await post({ query: '{ viewer { authenticated } }' }, { authorization: `Bearer ${token}` });
      expect(r.status, token).toBe(401);
      expect(r.json.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post({ query: '{ viewer { authenticated } }' }, { authorization: 'Basic abc' })).status).toBe(401);
  });

  it('an API key works until it is revoked, and records its last use', async () => {
    const dev = await cast.developer();
    const orgAdmin = await cast.user(dev.id, ['ORG_ADMIN', 'MEMBER']);
    const issued = (
      await orgAdmin.client.execute(IssueApiKeyDocument, {
        input: { organizationId: dev.id, name: 'release pipeline' },
      })
    ).issueApiKey;
    expect(issued.secret).toMatch(/^ck_[a-z0-9]{12}_/);
    expect(issued.secret.startsWith(`ck_${issued.apiKey.prefix}_`)).toBe(true);
    const machine = createClient({ url: server.url, token: issued.secret });
    const me = await machine.execute(ViewerDocument);
    expect(me.viewer).toMatchObject({ authenticated: true, user: null, roles: ['MEMBER'] });
    expect(me.viewer.organization?.id).toBe(dev.id);
    const keys = await orgAdmin.client.execute(ApiKeysDocument, { first: 5 });
    expect(keys.apiKeys.nodes[0].lastUsedAt).not.toBeNull();
    const [{ secret_hash }] = await server.concord.db.query('SELECT secret_hash FROM api_key WHERE prefix = $1', [
      issued.apiKey.prefix,
    ]);
    expect(secret_hash).not.toContain(issued.secret);

    await orgAdmin.client.execute(RevokeApiKeyDocument, { input: { id: issued.apiKey.id } });
    const err = await expectError(machine.execute(ViewerDocument));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.status).toBe(401);
    expect(
      (await expectError(orgAdmin.client.execute(RevokeApiKeyDocument, { input: { id: issued.apiKey.id } }))).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('mutations without credentials are UNAUTHENTICATED; without the role, FORBIDDEN', async () => {
    expect(
      (
        await expectError(
          cast.public.execute(CreateDeveloperDocument, { input: { name: 'Nope', slug: unique('nope') } }),
        )
      ).code,
    ).toBe('UNAUTHENTICATED');
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER']);
    expect(
      (
        await expectError(
          member.client.execute(CreateDeveloperDocument, { input: { name: 'Nope', slug: unique('nope') } }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('query limits', () => {
  it('counts page sizes passed as variables in the cost', async () => {
    const deep = `query($a: Int, $b: Int) { developers(first: $a) { nodes { models(first: $b) { nodes { developer { models(first: $b) { nodes { name } } } } } } } }`;
    const ok = await post({ query: deep, variables: { a: 2, b: 2 } });
    expect(ok.status).toBe(200);
    const tooCostly = await post({ query: deep, variables: { a: 100, b: 100 } });
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
  });

  it('limits depth, aliases and tokens', async () => {
    const nested =
      '{ developers { nodes { models { nodes { developer { models { nodes { developer { models { nodes { developer { models { nodes { name } } } } } } } } } } } } } }';
    const depth = await post({ query: nested });
    expect(depth.status).toBe(400);
    expect(depth.json.errors!.some((e) => e.extensions.limit === 'depth')).toBe(true);
    const aliases = await post({
      query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { authenticated }`).join(' ')} }`,
    });
    expect(aliases.status).toBe(400);
    expect(aliases.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
    const tokens = await post({ query: `{ viewer { ${'authenticated '.repeat(6000)} } }` });
    expect(tokens.status).toBe(400);
    expect(tokens.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('idempotency', () => {
  it('replays the first result for a retried mutation and refuses a reused key with another input', async () => {
    const key = unique('idem');
    const slug = unique('idem-lab');
    const first = await cast.admin.execute(
      CreateDeveloperDocument,
      { input: { name: 'Idem Lab', slug } },
      { idempotencyKey: key },
    );
    const retry = await cast.admin.execute(
      CreateDeveloperDocument,
      { input: { name: 'Idem Lab', slug } },
      { idempotencyKey: key },
    );
    expect(retry).toEqual(first);
    const [{ n }] = await server.concord.db.query('SELECT count(*)::int AS n FROM organization WHERE slug = $1', [
      slug,
    ]);
    expect(n).toBe(1);
    const err = await expectError(
      cast.admin.execute(
        CreateDeveloperDocument,
        { input: { name: 'Other', slug: unique('x') } },
        { idempotencyKey: key },
      ),
    );
    expect(err.code).toBe('CONFLICT');
  });
});

describe('operational endpoints', () => {
  const base = () => server.url.replace(/\/graphql$/, '');
  it('healthz, readyz and metrics answer', async () => {
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base()}/readyz`)).json()).toMatchObject({ status: 'ok', migrations: 'applied' });
    await cast.admin.execute(RecipientsDocument, { first: 1 });
    await expectError(cast.public.execute(CreateDeveloperDocument, { input: { name: 'n', slug: unique('n') } }));
    // Metrics are served apart from the API (loopback by default), never on the API port without a token.
    expect((await fetch(`${base()}/metrics`)).status).toBe(404);
    const metrics = await (await fetch(server.concord.metricsUrl!)).text();
    expect(metrics).toMatch(/concord_graphql_requests_total\{operation="Recipients",type="query"\} \d+/);
    expect(metrics).toMatch(/concord_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="Recipients"\}/);
    expect(metrics).toMatch(/concord_graphql_errors_total\{code="UNAUTHENTICATED"\} \d+/);
    expect(metrics).toMatch(/concord_db_pool_connections \d+/);
  });

  it('GET /graphql in a browser serves the IDE', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Concord GraphQL IDE');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|jsdelivr)/);
  });
});
