// What a client sends beside the document: variables nested 5,000 levels deep or 10 MB large, and malformed ids in
// every position that takes one, are the client's mistakes (BAD_USER_INPUT or 400, before any resolver runs),
// never a 500, on HTTP and graphql-ws alike. And the embedded database's files are private to their owner,
// whatever the umask.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startEmbeddedDatabase } from '../server/db/embedded';
import { toGlobalId } from '../server/core/ids';
import { test, expect } from './support/testkit';
import { postGraphQL, postRaw, subscribeOnce } from './support/transports';

const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepList = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

test('a variable nested 5,000 levels deep is BAD_USER_INPUT naming it, on HTTP and graphql-ws, and nothing runs', async ({
  server,
}) => {
  const cases = [
    {
      query: 'query($f: FrontierModelFilter) { frontierModels(filter: $f) { totalCount } }',
      variables: `{"f":${deepObject(5000)}}`,
      name: '$f',
    },
    {
      query: 'query($s: String) { clearinghouseEntries(search: $s) { totalCount } }',
      variables: `{"s":${deepList(5000)}}`,
      name: '$s',
    },
    // Not even declared by the document: still refused, and still not a crash.
    { query: '{ viewer { authenticated } }', variables: `{"unused":${deepObject(5000)}}`, name: '$unused' },
  ];
  for (const c of cases) {
    const before = server.concord.queries.total;
    const res = await postRaw(server.url, `{"query":${JSON.stringify(c.query)},"variables":${c.variables}}`);
    expect(res.status, c.query).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'variableDepth',
      fields: { [c.name]: expect.stringMatching(/nested deeper/) },
    });
    expect(server.concord.queries.total - before, 'no statement ran').toBe(0);
  }
  const overSocket = await subscribeOnce(
    server.url,
    `{"query":"subscription { advisoryPublished { id } }","variables":{"f":${deepObject(5000)}}}`,
  );
  expect(overSocket.type).toBe('error');
  expect(overSocket.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'variableDepth' });
  // A shallow nesting of the same kind is an ordinary answer.
  const shallow = await postRaw(
    server.url,
    `{"query":"{ viewer { authenticated } }","variables":{"unused":${deepObject(10)}}}`,
  );
  expect(shallow.status).toBe(200);
});

test('a 10 MB variable is refused by size (413, BAD_USER_INPUT) over HTTP, and closes the socket with 1009; the server carries on', async ({
  server,
}) => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const res = await postGraphQL(server.url, {
    query: 'query($s: String) { clearinghouseEntries(search: $s) { totalCount } }',
    variables: { s: big },
  });
  expect(res.status).toBe(413);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const socket = await subscribeOnce(server.url, {
    query: 'subscription($s: String) { advisoryPublished { id } }',
    variables: { s: big },
  });
  expect(socket).toMatchObject({ type: 'close', code: 1009 });
  expect((await postGraphQL(server.url, { query: '{ viewer { authenticated } }' })).status).toBe(200);
});

test('a malformed id is BAD_USER_INPUT naming its position wherever an id is taken; a well-formed unknown id is null or NOT_FOUND', async ({
  as,
}) => {
  const unknown = toGlobalId('FrontierModel', '00000000-0000-4000-8000-000000000000');
  const malformed: Array<{ query: string; variables?: Record<string, unknown>; field: string }> = [
    { query: '{ node(id: "nope") { id } }', field: 'id' },
    { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'not-an-id' }, field: 'id' },
    { query: `{ nodes(ids: ["${unknown}", "Zm9vOmJhcg"]) { id } }`, field: 'ids.1' },
    { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [unknown, '%%%'] }, field: 'ids.1' },
    { query: '{ frontierModels(filter: { developerId: "x" }) { totalCount } }', field: 'filter.developerId' },
    {
      query: 'query($f: FrontierModelFilter) { frontierModels(filter: $f) { totalCount } }',
      variables: { f: { developerId: 'x' } },
      field: 'filter.developerId',
    },
    {
      query: 'mutation { recordModelRelease(input: { modelId: "garbage" }) { model { id } } }',
      field: 'input.modelId',
    },
    {
      query: 'mutation($i: RecordModelReleaseInput!) { recordModelRelease(input: $i) { model { id } } }',
      variables: { i: { modelId: 'garbage' } },
      field: 'input.modelId',
    },
    { query: 'query { ...F } fragment F on Query { node(id: "nope") { id } }', field: 'id' },
  ];
  for (const who of [as.public, as.developer]) {
    for (const m of malformed) {
      const r = await who.call(m.query, m.variables);
      expect(r.status, m.query).toBe(400);
      expect(r.body.errors?.[0]?.extensions, m.query).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [m.field]: 'not a Concord id' },
      });
      expect(r.body.data, m.query).toBeUndefined();
    }
  }
  // Well-formed ids of nothing the caller may see: unchanged.
  expect(await as.developer.ok(`{ node(id: "${unknown}") { id } }`)).toEqual({ node: null });
  expect(await as.developer.ok(`{ nodes(ids: ["${unknown}"]) { id } }`)).toEqual({ nodes: [null] });
  expect(
    (await as.developer.fails(`mutation { recordModelRelease(input: { modelId: "${unknown}" }) { model { id } } }`))
      .code,
  ).toBe('NOT_FOUND');
});

function modes(dir: string): { dirs: Set<string>; files: Set<string>; count: number } {
  const dirs = new Set<string>();
  const files = new Set<string>();
  let count = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    dirs.add((fs.statSync(current).mode & 0o777).toString(8));
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      count += 1;
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.add((fs.statSync(full).mode & 0o777).toString(8));
    }
  }
  return { dirs, files, count };
}

test('every file and folder the embedded database creates is private to its owner, under umask 022', async () => {
  const previous = process.umask(0o022);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-modes-'));
  try {
    const db = await startEmbeddedDatabase(dir);
    await db.close();
    const seen = modes(dir);
    expect(seen.count).toBeGreaterThan(100);
    expect([...seen.dirs]).toEqual(['700']);
    expect([...seen.files]).toEqual(['600']);
    // The umask the process had is back once the database is closed.
    expect(process.umask(0o022)).toBe(0o022);
    // A data directory an earlier Concord left readable (files 0644) is made private when it is opened, and the
    // files Postgres writes as it works (a table, a checkpoint) are private too.
    const pg = await PGlite.create(path.join(dir, 'pg'));
    await pg.exec('CREATE TABLE leftover (id int); INSERT INTO leftover VALUES (1); CHECKPOINT');
    await pg.close();
    expect(modes(dir).files.has('644')).toBe(true);
    const reopened = await startEmbeddedDatabase(dir);
    await reopened.close();
    expect([...modes(dir).files]).toEqual(['600']);
  } finally {
    process.umask(previous);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
