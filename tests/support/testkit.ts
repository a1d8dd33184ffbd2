// The testkit: vitest fixtures for a server, a cast of users and their clients, and expectations that say what
// happened when they fail (the document, the response body, the request id). New tests start here:
//
//   import { test, expect } from './support/testkit';
//   test('an analyst sees the overview', async ({ as }) => {
//     const data = await as.analyst.ok('{ overview { entriesByStatus { key count } } }');
//     expect(data.overview.entriesByStatus.length).toBeGreaterThan(0);
//   });
//
// The server is made once per file (a copy of the migrated, or seeded, embedded database); nothing sleeps: wait
// for a condition with `vi.waitFor`, or for live subscriptions with `subscribers()`.
import { test as base, expect, vi } from 'vitest';
import { activeSubscriptions } from '../../server/core/subscriptions';
import { createCast, type Cast } from './fixtures';
import { startTestServer, type TestServer } from './server';
import { postGraphQL } from './transports';

export { expect, vi };

export interface GraphQLCall {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  requestId: string | null;
}

/** A caller: raw HTTP GraphQL with its token, and `ok()` that fails with the document, body and request id. */
export class Caller {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async call(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLCall> {
    const res = await postGraphQL(
      this.url,
      { query, variables },
      this.token ? { authorization: `Bearer ${this.token}` } : {},
    );
    return { status: res.status, body: res.body as GraphQLCall['body'], requestId: res.headers.get('x-request-id') };
  }

  /** The data, or a failure that prints what was sent and what came back. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.call(query, variables);
    if (r.body.errors?.length || !r.body.data) throw new Error(describe('expected data', query, variables, r));
    return r.body.data as T;
  }

  /** The first error's code, failing (with the exchange) when there is none. */
  async fails(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ code: string; error: NonNullable<GraphQLCall['body']['errors']>[number]; call: GraphQLCall }> {
    const r = await this.call(query, variables);
    const error = r.body.errors?.[0];
    if (!error) throw new Error(describe('expected an error', query, variables, r));
    return { code: String(error.extensions?.code), error, call: r };
  }
}

function describe(what: string, query: string, variables: Record<string, unknown>, r: GraphQLCall): string {
  return [
    `${what}; got HTTP ${r.status}, request id ${r.requestId ?? 'none'}`,
    `document: ${query.trim()}`,
    `variables: ${JSON.stringify(variables)}`,
    `body: ${JSON.stringify(r.body, null, 2).slice(0, 4000)}`,
  ].join('\n');
}

export interface Roles {
  public: Caller;
  admin: Caller;
  analyst: Caller;
  authority: Caller;
  developer: Caller;
  hospital: Caller;
}

interface FileFixtures {
  server: TestServer;
  cast: Cast;
  as: Roles;
}

/** Waits until `n` more subscriptions than `before` listen in this process (no fixed sleeps before publishing). */
export async function subscribers(before: number, n: number) {
  await vi.waitFor(() => expect(activeSubscriptions()).toBeGreaterThanOrEqual(before + n), {
    timeout: 30_000,
    interval: 20,
  });
}

export const test = base.extend<FileFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructuring
    async ({}, use) => {
      const server = await startTestServer();
      await use(server);
      await server.stop();
    },
    { scope: 'file' },
  ],
  cast: [async ({ server }, use) => use(await createCast(server)), { scope: 'file' }],
  as: [
    async ({ server, cast }, use) => {
      const token = async (orgId: string, roles: Parameters<Cast['user']>[1]) => {
        const u = await cast.user(orgId, roles);
        const [{ id }] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [u.email]);
        return server.concord.auth.sign(id, u.email);
      };
      const [adminRow] = await server.concord.db.query(
        `SELECT id, email FROM user_account WHERE 'PLATFORM_ADMIN' = ANY(roles) ORDER BY created_at LIMIT 1`,
      );
      await use({
        public: new Caller(server.url, undefined),
        admin: new Caller(server.url, await server.concord.auth.sign(adminRow.id, adminRow.email)),
        analyst: new Caller(
          server.url,
          await token(
            (await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR', 'DIRECTIVE_ISSUER'] })).id,
            ['ANALYST'],
          ),
        ),
        authority: new Caller(
          server.url,
          await token((await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] })).id, ['ANALYST']),
        ),
        developer: new Caller(server.url, await token((await cast.developer()).id, ['MEMBER'])),
        hospital: new Caller(server.url, await token((await cast.recipient()).id, ['MEMBER'])),
      });
    },
    { scope: 'file' },
  ],
});
