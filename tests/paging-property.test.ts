// Every connection, in every ordering and direction, pages to the end on the demo data (with its many ties:
// 1,404 KEV entries imported at one instant, deliveries published together, ...): walking forward with `first`
// and backward with `last` gives the same list, without repeats, and ends. Connections under a parent are paged
// under the parent with the most children. Found from the schema, so a new connection is covered by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getSchema } from '../server/graphql/schema';
import { startTestServer, type TestServer } from './support/server';
import { postGraphQL } from './support/transports';

let server: TestServer;
let schema: GraphQLSchema;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  schema = await getSchema();
  for (const email of ['admin@cisa.gov', 'it@mercy-rural-oh.example']) {
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    tokens[email] = await server.concord.auth.sign(u.id, email);
  }
}, 120_000);
afterAll(async () => server?.stop());

interface Connection {
  /** Where the connection sits: a root field, or a field of a parent type reached through node(id). */
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

function connections(): Connection[] {
  const out: Connection[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation' || type.name === 'Subscription')
      continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      // Only connections that need no other argument (a required filter would need a value of its own).
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      out.push({ owner: type, field });
    }
  }
  return out;
}

const orderValues = (field: GraphQLField<unknown, unknown>) => {
  const arg = field.args.find((a) => a.name === 'orderBy')!;
  const input = getNamedType(arg.type);
  if (!isInputObjectType(input)) throw new Error(`${field.name}.orderBy is not an input object`);
  const enumType = getNamedType(input.getFields().field.type);
  if (!isEnumType(enumType)) throw new Error(`${input.name}.field is not an enum`);
  return { inputName: input.name, fields: enumType.getValues().map((v) => v.name) };
};

async function gql(email: string, query: string, variables: Record<string, unknown>) {
  const res = await postGraphQL(server.url, { query, variables }, { authorization: `Bearer ${tokens[email]}` });
  const body = res.body as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].message}\n${query}\n${JSON.stringify(variables)}`);
  return body.data;
}

/** A document for one page of `c` (under node(id: $parent) for a nested connection). */
function pageDocument(c: Connection, orderInput: string): { query: string; pick: (data: any) => any } {
  const sel = `${c.field.name}(first: $first, after: $after, last: $last, before: $before, orderBy: $order) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }`;
  const vars = `$first: Int, $after: String, $last: Int, $before: String, $order: ${orderInput}`;
  if (c.owner.name === 'Query') return { query: `query Page(${vars}) { ${sel} }`, pick: (d) => d[c.field.name] };
  if (c.owner.name === 'Overview')
    return { query: `query Page(${vars}) { overview { ${sel} } }`, pick: (d) => d.overview[c.field.name] };
  return {
    query: `query Page($parent: ID!, ${vars}) { node(id: $parent) { ... on ${c.owner.name} { ${sel} } } }`,
    pick: (d) => d.node?.[c.field.name],
  };
}

/** The parent of type `owner` with the most children in `field`, found through a root list of that type. */
async function busiestParent(email: string, c: Connection): Promise<string | null> {
  const root = Object.values(schema.getQueryType()!.getFields()).find((f) => {
    const conn = getNamedType(f.type);
    if (!isObjectType(conn) || !conn.name.endsWith('Connection')) return false;
    const nodeType = getNamedType(conn.getFields().nodes.type);
    return nodeType.name === c.owner.name && !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  });
  if (!root) return null;
  const data = await gql(
    email,
    `{ ${root.name}(first: 100) { nodes { id ${c.field.name}(first: 0) { totalCount } } } }`,
    {},
  );
  const nodes: { id: string; [k: string]: any }[] = data[root.name].nodes;
  const best = nodes.sort((a, b) => b[c.field.name].totalCount - a[c.field.name].totalCount)[0];
  return best && best[c.field.name].totalCount > 1 ? best.id : null;
}

async function walk(email: string, c: Connection, order: { field: string; direction: string }, parent: string | null) {
  const { inputName } = orderValues(c.field);
  const doc = pageDocument(c, inputName);
  const base = { order, ...(parent ? { parent } : {}) };
  const first = doc.pick(await gql(email, doc.query, { ...base, first: 0 }));
  const total: number = first.totalCount;
  // Page sizes that leave a remainder: steps of 7, or 97 for the long lists (the KEV entries: 1,404 imported at one
  // instant, so every page boundary falls inside a tie, which is what the tie-breaker must get right).
  const size = total > 300 ? 97 : 7;
  const maxPages = Math.ceil(total / size) + 2;
  const forward: string[] = [];
  let after: string | null = null;
  for (let i = 0; ; i++) {
    expect(i, `${c.owner.name}.${c.field.name} ${JSON.stringify(order)} does not end going forward`).toBeLessThan(
      maxPages,
    );
    const page = doc.pick(await gql(email, doc.query, { ...base, first: size, after }));
    forward.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (let i = 0; ; i++) {
    expect(i, `${c.owner.name}.${c.field.name} ${JSON.stringify(order)} does not end going backward`).toBeLessThan(
      maxPages,
    );
    const page = doc.pick(await gql(email, doc.query, { ...base, last: size, before }));
    backward.unshift(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { total, forward, backward };
}

describe('every connection pages to the end in every ordering, forwards and backwards', () => {
  it('covers at least every connection of the schema', () => {
    expect(connections().length).toBeGreaterThanOrEqual(40);
  });

  for (const email of ['admin@cisa.gov', 'it@mercy-rural-oh.example']) {
    it(`as ${email}`, async () => {
      const checked: string[] = [];
      for (const c of connections()) {
        const parent = ['Query', 'Overview'].includes(c.owner.name) ? null : await busiestParent(email, c);
        if (!['Query', 'Overview'].includes(c.owner.name) && !parent) continue;
        const { fields } = orderValues(c.field);
        for (const field of fields) {
          for (const direction of ['ASC', 'DESC']) {
            const order = { field, direction };
            const { total, forward, backward } = await walk(email, c, order, parent);
            const where = `${c.owner.name}.${c.field.name} ${field} ${direction}`;
            expect(new Set(forward).size, `${where}: repeats going forward`).toBe(forward.length);
            expect(forward.length, `${where}: forward pages miss rows`).toBe(total);
            expect(backward, `${where}: backward pages differ`).toEqual(forward);
            checked.push(`${where} (${total})`);
          }
        }
      }
      expect(checked.length).toBeGreaterThan(40);
    }, 600_000);
  }
});
