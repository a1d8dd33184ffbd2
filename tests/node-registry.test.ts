// Every type implementing Node resolves through node(id) for a viewer who may see it (issue 11): the registry is
// derived from the module manifests, so a new node type that forgets its loader fails here. Types are found in
// the schema, rows in the demo database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { toGlobalId } from '../server/core/ids';
import { getSchema } from '../server/graphql/schema';
import { nodeLoaders } from '../server/graphql/node-registry';
import { entities } from '../server/db/entities';
import { startTestServer, type TestServer } from './support/server';
import { postGraphQL } from './support/transports';

let server: TestServer;
const tokens: Record<string, string> = {};

async function gql(email: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await postGraphQL(server.url, { query, variables }, { authorization: `Bearer ${tokens[email]}` });
  const body = res.body as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].message} (${query})`);
  return body.data;
}

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  for (const email of ['admin@cisa.gov', 'analyst@cisa.gov', 'it@mercy-rural-oh.example']) {
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    tokens[email] = await server.concord.auth.sign(u.id, email);
  }
  // Objects the demo data does not hold yet: an API key, a scan claim and a tool grant (and with them audit links).
  const cisa = (await gql('admin@cisa.gov', '{ viewer { organization { id } } }')).viewer.organization.id;
  await gql(
    'admin@cisa.gov',
    `mutation($o: ID!) { issueApiKey(input: { organizationId: $o, name: "node test" }) { apiKey { id } } }`,
    { o: cisa },
  );
  const now = Date.now();
  await gql(
    'analyst@cisa.gov',
    `mutation($s: DateTimeISO!, $e: DateTimeISO!) { claimScanScope(input: { vendor: "Acme", product: "Gateway", startsAt: $s, endsAt: $e }) { claim { id } } }`,
    {
      s: new Date(now + 3_600_000).toISOString(),
      e: new Date(now + 7_200_000).toISOString(),
    },
  );
  const tools = (await gql('it@mercy-rural-oh.example', '{ defenseTools(first: 1) { nodes { id } } }')).defenseTools
    .nodes;
  await gql(
    'it@mercy-rural-oh.example',
    `mutation($t: ID!) { requestToolGrant(input: { toolId: $t }) { grant { id } } }`,
    { t: tools[0].id },
  );
}, 120_000);
afterAll(async () => server?.stop());

describe('node(id)', () => {
  it('resolves every Node type for a viewer who may see it', async () => {
    const schema = await getSchema();
    const nodeInterface = schema.getType('Node');
    const types = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i === nodeInterface))
      .map((t) => t.name)
      .sort();
    expect(types.length).toBeGreaterThanOrEqual(22);
    // Every Node type is registered...
    expect(types.filter((t) => !nodeLoaders[t])).toEqual([]);
    // ...and one of its rows comes back through node(id), with its type, for a platform admin of CISA.
    const unresolved: string[] = [];
    for (const type of types) {
      const entity = entities.find((e) => e.name === type)!;
      expect(entity, `${type} has an entity`).toBeTruthy();
      const rows: { id: string }[] = await server.concord.db
        .getRepository(entity)
        .createQueryBuilder('x')
        .select('x.id', 'id')
        .limit(20)
        .getRawMany();
      expect(rows.length, `the demo data has a ${type}`).toBeGreaterThan(0);
      let found = false;
      for (const { id } of rows) {
        const data = await gql('admin@cisa.gov', 'query($id: ID!) { node(id: $id) { __typename id } }', {
          id: toGlobalId(type, id),
        });
        if (data.node) {
          expect(data.node).toEqual({ __typename: type, id: toGlobalId(type, id) });
          found = true;
          break;
        }
      }
      if (!found) unresolved.push(type);
    }
    expect(unresolved).toEqual([]);
  });

  it('keeps hidden and typed-wrong ids null', async () => {
    const [recipient] = await server.concord.db.query(
      `SELECT id FROM organization WHERE kind = 'CRITICAL_INFRASTRUCTURE' AND slug <> 'mercy-rural-oh' LIMIT 1`,
    );
    const [benchmark] = await server.concord.db.query('SELECT id FROM benchmark_result LIMIT 1');
    // Another recipient, and a government-only benchmark result, are null for a hospital; a Recipient id read as a Developer is null for anyone.
    const hidden = await gql(
      'it@mercy-rural-oh.example',
      'query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }',
      { a: toGlobalId('Recipient', recipient.id), b: toGlobalId('BenchmarkResult', benchmark.id) },
    );
    expect(hidden).toEqual({ a: null, b: null });
    const wrong = await gql('admin@cisa.gov', 'query($a: ID!) { node(id: $a) { id } }', {
      a: toGlobalId('Developer', recipient.id),
    });
    expect(wrong.node).toBeNull();
  });
});
