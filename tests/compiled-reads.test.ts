// Compiled reads (graphql/compiled-reads.ts) answer exactly as the resolvers do. For every list SQL may answer,
// a document selecting everything SQL answers on its nodes (and its nested lists, three levels deep), in every
// order and direction and at several page sizes, runs both ways as every demo user and anonymously: the JSON
// must be identical, byte for byte. Then what SQL must leave to the resolvers, and one statement over HTTP.
import { execute, getNamedType, GraphQLObjectType, parse, type GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext, type ContextDeps } from '../server/core/context';
import type { Viewer } from '../server/core/viewer';
import { CompiledReads } from '../server/graphql/compiled-reads';
import { getSchema } from '../server/graphql/schema';
import { MODULES } from '../server/modules';
import { startTestServer, type TestServer } from './support/server';
import { postGraphQL } from './support/transports';

const USERS = [
  'admin@cisa.gov',
  'analyst@cisa.gov',
  'analyst@nsa.gov',
  'policy@omb.gov',
  'dev@atlas-ai.example',
  'dev@meridian-labs.example',
  'it@mercy-rural-oh.example',
];
const MAX_DEPTH = 3;

let server: TestServer;
let schema: GraphQLSchema;
let reads: CompiledReads;
let deps: ContextDeps;
const viewers = new Map<string, Viewer>();

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  schema = await getSchema();
  reads = new CompiledReads(schema, server.concord.db, MODULES);
  deps = {
    db: server.concord.db,
    clock: server.concord.clock,
    log: server.concord.log,
    pubsub: undefined as never,
    auditKey: server.concord.config.audit.hmacKey,
  };
  // The demo's times are whole milliseconds (they come from JavaScript); give some rows microseconds, which the
  // resolvers truncate after a floating-point multiply, and scores that meet their threshold exactly.
  const micros = (col: string) => `${col} + ((abs(hashtext(id::text)) % 1000000) || ' microseconds')::interval`;
  await server.concord.db.query(
    `UPDATE frontier_model SET created_at = ${micros('created_at')}, released_at = ${micros('created_at')} WHERE released_at IS NULL`,
  );
  await server.concord.db.query(`UPDATE designation SET updated_at = ${micros('updated_at')}`);
  await server.concord.db
    .query(`INSERT INTO benchmark_result (id, designation_id, suite, suite_version, score, threshold, evaluated_at, created_at)
    SELECT gen_random_uuid(), d.id, 'Suite ' || g, '1.' || g, 0.5 + g / 10.0, 0.6, d.created_at + g * interval '1 day' + (g * 123457 || ' microseconds')::interval, d.created_at
    FROM designation d CROSS JOIN generate_series(0, 2) g`);
  const [{ n }] = await server.concord.db.query(
    `SELECT count(*)::int AS n FROM benchmark_result WHERE score = threshold`,
  );
  expect(n).toBeGreaterThan(0);
  viewers.set('anonymous', await server.concord.auth.viewerFor(undefined, new Date()));
  for (const email of USERS) {
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    viewers.set(
      email,
      await server.concord.auth.viewerFor(`Bearer ${await server.concord.auth.sign(u.id, email)}`, new Date()),
    );
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

interface Built {
  text: string;
  /** Each list's variables: its `first` and `orderBy` variable names and the order's fields. */
  lists: { first: string; after: string; order: string; orderType: string; fields: string[] }[];
}

/** A document over one root list selecting everything SQL answers, with a `first` and `orderBy` variable per list. */
function documentFor(rootField: string): Built {
  const lists: Built['lists'] = [];
  const query = schema.getQueryType()!;
  const connection = (parent: GraphQLObjectType, field: string, depth: number): string => {
    const def = parent.getFields()[field];
    const source = reads.list(`${parent.name}.${field}`)!;
    const i = lists.length;
    const orderType = getNamedType(def.args.find((a) => a.name === 'orderBy')!.type).name;
    lists.push({ first: `f${i}`, after: `a${i}`, order: `o${i}`, orderType, fields: Object.keys(source.order.Field) });
    const conn = getNamedType(def.type) as GraphQLObjectType;
    const node = getNamedType(conn.getFields().nodes.type) as GraphQLObjectType;
    const { scalars, lists: nested } = reads.answerable(node);
    const inner = [
      ...scalars,
      '__typename',
      ...(depth < MAX_DEPTH ? nested.map((n) => connection(node, n, depth + 1)) : []),
    ];
    return `${field}(first: $f${i}, after: $a${i}, orderBy: $o${i}) { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename } edges { cursor node { id } __typename } nodes { ${inner.join(' ')} } }`;
  };
  const body = connection(query, rootField, 1);
  const vars = lists.map((l) => `$${l.first}: Int, $${l.after}: String, $${l.order}: ${l.orderType}`).join(', ');
  return { text: `query Compiled(${vars}) { ${body} }`, lists };
}

async function both(viewer: Viewer, text: string, variables: Record<string, unknown>) {
  const document = parse(text);
  const compiledCtx = createRequestContext(deps, viewer);
  const read = reads.compile(compiledCtx, document, undefined, variables);
  const compiled = read ? await reads.run(compiledCtx, read) : undefined;
  const resolved = await execute({
    schema,
    document,
    contextValue: createRequestContext(deps, viewer),
    variableValues: variables,
  });
  return { compiled, resolved };
}

describe('compiled reads answer as the resolvers do', () => {
  it('declares the lists the benchmark reads, and their nodes answer more than ids', () => {
    const declared = [...reads.declaredLists().keys()];
    expect(declared).toEqual(
      expect.arrayContaining([
        'Query.developers',
        'Developer.models',
        'Query.frontierModels',
        'FrontierModel.designations',
        'Designation.benchmarkResults',
      ]),
    );
    const model = reads.answerable(schema.getType('FrontierModel') as GraphQLObjectType);
    expect(model.scalars).toEqual(
      expect.arrayContaining(['id', 'name', 'modelVersion', 'coverage', 'createdAt', 'plannedReleaseAt', 'version']),
    );
    expect(model.lists).toEqual(expect.arrayContaining(['designations', 'reviewWindows']));
    // Fields a resolver computes are not SQL's unless declared: the developer behind a model.
    expect(model.scalars).not.toContain('developer');
    expect(reads.answerable(schema.getType('Advisory') as GraphQLObjectType).lists).not.toContain('deliveries');
  });

  const roots = [
    'developers',
    'frontierModels',
    'designations',
    'clearinghouseEntries',
    'advisories',
    'deliveries',
    'directives',
    'complianceReports',
    'milestones',
    'defenseTools',
    'toolGrants',
    'reviewWindows',
    'agencies',
    'recipients',
  ];
  for (const root of roots) {
    it(`${root}: every order, direction and page size, as every demo user and anonymously`, async () => {
      const built = documentFor(root);
      let runs = 0;
      for (const [who, viewer] of viewers) {
        const widest = Math.max(...built.lists.map((l) => l.fields.length));
        for (let o = 0; o < widest; o++) {
          for (const direction of ['ASC', 'DESC']) {
            for (const first of [1, 3, 100]) {
              const variables: Record<string, unknown> = {};
              for (const l of built.lists) {
                variables[l.first] = first;
                variables[l.order] = { field: l.fields[o % l.fields.length], direction };
              }
              const { compiled, resolved } = await both(viewer, built.text, variables);
              expect(resolved.errors, `${who}: the resolvers failed`).toBeUndefined();
              expect(compiled, `${who}: SQL did not answer ${built.text}`).toBeDefined();
              expect(JSON.stringify(compiled), `${who} ${JSON.stringify(variables)}`).toBe(
                JSON.stringify(resolved.data),
              );
              runs += 1;
              // The next page, after the cursor SQL made: the same again (the cursors are the resolvers' too).
              const endCursor = (compiled as Record<string, { pageInfo: { endCursor: string | null } }>)[root].pageInfo
                .endCursor;
              if (first < 100 && endCursor) {
                const next = await both(viewer, built.text, { ...variables, a0: endCursor });
                expect(next.resolved.errors, `${who}: the resolvers refused the cursor`).toBeUndefined();
                expect(JSON.stringify(next.compiled), `${who} after ${endCursor}`).toBe(
                  JSON.stringify(next.resolved.data),
                );
                runs += 1;
              }
            }
          }
        }
      }
      expect(runs).toBeGreaterThanOrEqual(viewers.size * 6);
    }, 120_000);
  }

  it('aliases, fragments on the same type, defaults and __typename at the root', async () => {
    const text = `query { __typename
      a: frontierModels(first: 2) { total: totalCount nodes { ...M } }
      b: developers { nodes { key: id ... on Developer { name } models(first: 1) { nodes { ...M } } } }
    }
    fragment M on FrontierModel { id name coverage releasedAt }`;
    for (const [who, viewer] of viewers) {
      const { compiled, resolved } = await both(viewer, text, {});
      expect(compiled, who).toBeDefined();
      expect(JSON.stringify(compiled), who).toBe(JSON.stringify(resolved.data));
    }
  });

  it("a nested list's own default order holds when orderBy is sent as null, as when it is left out", async () => {
    const text = `query($o: ReviewWindowOrder) {
      frontierModels(first: 20) { nodes { id reviewWindows(first: 2, orderBy: $o) { nodes { id createdAt } edges { cursor } } } }
    }`;
    for (const [who, viewer] of viewers) {
      const omitted = await both(viewer, text, {});
      const nulled = await both(viewer, text, { o: null });
      expect(nulled.compiled, who).toBeDefined();
      expect(JSON.stringify(nulled.compiled), who).toBe(JSON.stringify(nulled.resolved.data));
      expect(JSON.stringify(nulled.compiled), who).toBe(JSON.stringify(omitted.compiled));
    }
  });

  it('a connection without nodes: counts, flags and __typename alone, on empty and full lists', async () => {
    const shapes = [
      'totalCount',
      '__typename',
      'pageInfo { hasNextPage }',
      'totalCount pageInfo { hasPreviousPage __typename }',
    ];
    for (const [who, viewer] of viewers) {
      for (const sel of shapes) {
        const text = `{ a: milestones(first: 2) { ${sel} } b: developers(first: 3) { ${sel} } c: designations(first: 100) { ${sel} } }`;
        const { compiled, resolved } = await both(viewer, text, {});
        expect(resolved.errors, `${who}: ${text}`).toBeUndefined();
        expect(compiled, `${who}: ${text}`).toBeDefined();
        expect(JSON.stringify(compiled), `${who}: ${text}`).toBe(JSON.stringify(resolved.data));
      }
    }
  });

  it('leaves to the resolvers what SQL does not answer, and they answer it', async () => {
    const viewer = viewers.get('analyst@nsa.gov')!;
    const refused = [
      '{ frontierModels(first: 2, filter: { released: false }) { nodes { id } } }',
      '{ frontierModels(before: "x") { nodes { id } } }',
      '{ frontierModels(first: 2, after: "not-a-cursor") { nodes { id } } }',
      '{ frontierModels(last: 2) { nodes { id } } }',
      '{ frontierModels(first: 0) { nodes { id } } }',
      '{ frontierModels(first: 101) { nodes { id } } }',
      '{ frontierModels(first: 2) { nodes { id developer { name } } } }',
      '{ frontierModels(first: 2) { nodes { id @include(if: true) } } }',
      '{ frontierModels(first: 2) { nodes { id } } viewer { __typename } }',
      '{ developers(first: 2) { nodes { id id: name } } }',
      'mutation { __typename }',
    ];
    for (const text of refused) {
      const document = parse(text);
      expect(reads.compile(createRequestContext(deps, viewer), document, undefined, {}), text).toBeUndefined();
    }
    // A cursor from another list or order is the resolvers' to refuse, with their error.
    const other = (await both(viewer, '{ developers(first: 1) { pageInfo { endCursor } } }', {})).compiled as {
      developers: { pageInfo: { endCursor: string } };
    };
    const page = await both(viewer, 'query($a: String) { frontierModels(first: 2, after: $a) { nodes { id } } }', {
      a: other.developers.pageInfo.endCursor,
    });
    expect(page.compiled).toBeUndefined();
    expect((page.resolved.errors?.[0]?.originalError as { code?: string } | undefined)?.code).toBe('BAD_USER_INPUT');
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'a compiled read that waits out its lock deadline says "retry" (503), without running again',
    async () => {
      // Its own server, reading the primary (where the lock is held) and waiting half a second for locks.
      const own = await startTestServer({ DATABASE_REPLICA_URLS: '', DB_LOCK_TIMEOUT_MS: '500' });
      const query = '{ milestones(first: 2) { nodes { id title } } }';
      const locker = new Client({ connectionString: own.concord.config.databaseUrl });
      await locker.connect();
      try {
        expect((await postGraphQL(own.url, { query })).status).toBe(200);
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE milestone IN ACCESS EXCLUSIVE MODE');
        const before = own.concord.queries.total;
        const res = await postGraphQL(own.url, { query });
        const body = res.body as { errors?: { extensions?: Record<string, unknown> }[] };
        expect(res.status).toBe(503);
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', retryable: true });
        expect(own.concord.queries.total - before).toBe(1);
      } finally {
        await locker.query('ROLLBACK').catch(() => undefined);
        await locker.end();
        await own.stop();
      }
    },
    30_000,
  );

  it('over HTTP, a statement compiled once is used again with the clock\'s new "now": an embargo ends on time', async () => {
    // An entry published under embargo for an hour: the public does not see it until the clock passes that hour.
    const [entry] = await server.concord.db.query(
      `SELECT id FROM clearinghouse_entry WHERE marking = 'CLEAR' AND status = 'VALIDATED' ORDER BY created_at LIMIT 1`,
    );
    const until = new Date(server.concord.clock.now().getTime() + 3_600_000);
    await server.concord.db.query(
      `UPDATE clearinghouse_entry SET embargo_until = $2, updated_at = now() + interval '1 day' WHERE id = $1`,
      [entry.id, until],
    );
    const query =
      '{ clearinghouseEntries(first: 3, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id } } }';
    const read = async () =>
      (
        (await postGraphQL(server.url, { query })).body as {
          data: { clearinghouseEntries: { nodes: { id: string }[] } };
        }
      ).data.clearinghouseEntries.nodes.map((n) => n.id);
    const id = Buffer.from(`ClearinghouseEntry:${entry.id}`).toString('base64url');
    try {
      expect(await read()).not.toContain(id);
      const before = server.concord.queries.total;
      expect(await read()).not.toContain(id);
      expect(server.concord.queries.total - before, 'answered by one compiled statement').toBe(1);
      server.concord.clock.advance(2 * 3_600_000);
      expect(await read()).toContain(id);
    } finally {
      server.concord.clock.reset();
      await server.concord.db.query(`UPDATE clearinghouse_entry SET embargo_until = NULL WHERE id = $1`, [entry.id]);
    }
  });

  it('over HTTP: one statement for a three-level read, and the same body as the resolvers', async () => {
    const email = 'analyst@nsa.gov';
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    const token = await server.concord.auth.sign(u.id, email);
    const query =
      '{ frontierModels(first: 20) { totalCount nodes { id name coverage designations(first: 5) { nodes { id status benchmarkResults(first: 5) { nodes { id score exceedsThreshold } } } } } } }';
    const post = () => postGraphQL(server.url, { query }, { authorization: `Bearer ${token}` });
    await post(); // signs the viewer in (cached briefly)
    const before = server.concord.queries.total;
    const res = await post();
    expect(server.concord.queries.total - before).toBe(1);
    const { resolved } = await both(viewers.get(email)!, query, {});
    expect(JSON.stringify((res.body as { data: unknown }).data)).toBe(JSON.stringify(resolved.data));
  });
});
