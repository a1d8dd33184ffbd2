// TAXII 2.1, read as a TAXII client would: discovery, the API root, the caller's collections, every object page by
// page (limit and next) and with added_after, each object valid against the OASIS STIX 2.1 schemas; each caller's
// collections hold exactly the entries GraphQL shows that caller; bad requests get the spec's error object.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { uuidv5 } from '../server/modules/feeds/stix';
import { startTestServer, type TestServer } from './support/server';
import { Caller } from './support/testkit';

const MEDIA = 'application/taxii+json;version=2.1';
const STIX = path.resolve(__dirname, '../../shared/schemas/stix-2.1/schemas');

let server: TestServer;
let origin: string;
const tokens: Record<string, string> = {};
let validators: Record<string, (o: unknown) => boolean> & { errors?: () => unknown } = {};
let ajv: Ajv2020;

async function token(email: string) {
  if (!tokens[email]) {
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    tokens[email] = await server.concord.auth.sign(u.id, email);
  }
  return tokens[email];
}

async function taxii(p: string, auth?: string, init: RequestInit = {}) {
  const headers: Record<string, string> = { accept: MEDIA, ...((init.headers as Record<string, string>) ?? {}) };
  if (auth) headers.authorization = auth;
  const res = await fetch(`${origin}${p}`, { ...init, headers });
  return { res, body: await res.json().catch(() => null) };
}
const bearer = async (email: string) => `Bearer ${await token(email)}`;
const local = (url: string) => new URL(url).pathname;

function loadStixSchemas() {
  ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  for (const dir of ['common', 'sdos', 'sros', 'observables'])
    for (const f of fs.readdirSync(path.join(STIX, dir)))
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(STIX, dir, f), 'utf8')));
  const schemaOf = (type: string) => {
    for (const dir of ['sdos', 'sros', 'common']) {
      const file = path.join(STIX, dir, `${type}.json`);
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')).$id as string;
    }
    throw new Error(`no schema for ${type}`);
  };
  validators = new Proxy({} as typeof validators, {
    get: (cache, type: string) => {
      if (!(type in cache)) (cache as Record<string, unknown>)[type] = ajv.getSchema(schemaOf(type));
      return (cache as Record<string, unknown>)[type];
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  origin = new URL(server.url).origin;
  loadStixSchemas();
}, 60_000);
afterAll(async () => server?.stop());

/** Every object of a collection, page by page; checks paging invariants on the way. */
async function walk(collectionId: string, auth: string | undefined, query = '') {
  const objects: any[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const q = `limit=200${query}${next ? `&next=${next}` : ''}`;
    const { res, body } = await taxii(`/taxii2/api/collections/${collectionId}/objects/?${q}`, auth);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(res.headers.get('content-type')).toBe(MEDIA);
    objects.push(...body.objects);
    if (body.objects.length) {
      expect(res.headers.get('x-taxii-date-added-first')).toBeTruthy();
      expect(res.headers.get('x-taxii-date-added-last')).toBeTruthy();
    }
    if (!body.more) break;
    next = body.next;
    expect(next).toBeTruthy();
  }
  expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
  return objects;
}

/** The entries GraphQL shows a caller: published, not under embargo, with a publication date. */
async function graphqlEntries(email: string | undefined, markings?: string[]) {
  const caller = new Caller(server.url, email ? await token(email) : undefined);
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await caller.ok(
      `query($after: String, $m: [Marking!]) { clearinghouseEntries(first: 100, after: $after, filter: { markings: $m, statuses: [VALIDATED, COORDINATING, PATCH_AVAILABLE, RESOLVED] }) { pageInfo { hasNextPage endCursor } nodes { id publishedAt embargoUntil } } }`,
      { after, m: markings ?? null },
    );
    const now = server.concord.clock.now().getTime();
    ids.push(
      ...page.clearinghouseEntries.nodes
        .filter((n: any) => n.publishedAt && (!n.embargoUntil || new Date(n.embargoUntil).getTime() <= now))
        .map((n: any) => `vulnerability--${uuidv5(`entry:${fromGlobalId(n.id)!.id}`)}`),
    );
    after = page.clearinghouseEntries.pageInfo.hasNextPage ? page.clearinghouseEntries.pageInfo.endCursor : null;
  } while (after);
  return ids.sort();
}

describe('TAXII 2.1', () => {
  it('takes STIX vulnerabilities into the organization collection as clearinghouse reports, with a status', async () => {
    const auth = await bearer('dev@atlas-ai.example');
    const { body } = await taxii('/taxii2/api/collections/', auth);
    const mine = body.collections.find((c: any) => c.title === 'Your organization');
    expect(mine.can_write).toBe(true);
    const count = async () =>
      (await server.concord.db.query('SELECT count(*)::int AS n FROM clearinghouse_entry'))[0].n as number;
    const before = await count();
    const vuln = {
      type: 'vulnerability',
      spec_version: '2.1',
      id: 'vulnerability--2f7c5a1e-0d4b-4c35-9a59-4d1f3b6f0a11',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
      name: 'Prompt-injected tool call escapes the sandbox',
      description: 'Found by our model during red-teaming.',
      object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
    };
    const posted = await taxii(`/taxii2/api/collections/${mine.id}/objects/`, auth, {
      method: 'POST',
      headers: { 'content-type': MEDIA },
      body: JSON.stringify({ objects: [vuln, { type: 'indicator', id: 'indicator--x' }, { ...vuln, name: '' }] }),
    });
    expect(posted.res.status).toBe(202);
    expect(posted.body).toMatchObject({ status: 'complete', total_count: 3, success_count: 1, failure_count: 2 });
    expect(posted.body.failures.map((f: any) => f.message)).toEqual([
      expect.stringMatching(/only vulnerability/),
      expect.stringMatching(/name is required/),
    ]);
    expect(await count()).toBe(before + 1);
    const status = await taxii(`/taxii2/api/status/${posted.body.id}/`, auth);
    expect(status.body).toEqual(posted.body);
    // Another organization cannot read it: the same 404 as a status that does not exist.
    const other = await taxii(`/taxii2/api/status/${posted.body.id}/`, await bearer('it@mercy-rural-oh.example'));
    expect(other.res.status).toBe(404);
    const [reported] = await server.concord.db.query(
      `SELECT e.title, e.marking, e.status, o.name AS reporter FROM clearinghouse_entry e JOIN organization o ON o.id = e.reported_by_id
        ORDER BY e.created_at DESC LIMIT 1`,
    );
    expect(reported).toMatchObject({
      title: 'Prompt-injected tool call escapes the sandbox',
      marking: 'GREEN',
      status: 'REPORTED',
    });
    const [atlas] = await server.concord.db.query(
      `SELECT o.name FROM organization o JOIN user_account u ON u.organization_id = o.id WHERE u.email = 'dev@atlas-ai.example'`,
    );
    expect(reported.reporter).toBe(atlas.name);
  });

  it('walks from discovery to every object of every collection, each valid STIX, as GraphQL shows each caller', async () => {
    const discovery = await taxii('/taxii2/');
    expect(discovery.res.status).toBe(200);
    const root = await taxii(local(discovery.body.default));
    expect(root.body.versions).toEqual([MEDIA]);
    for (const email of [undefined, 'it@mercy-rural-oh.example', 'admin@cisa.gov', 'dev@atlas-ai.example']) {
      const auth = email ? await bearer(email) : undefined;
      const { body } = await taxii('/taxii2/api/collections/', auth);
      const titles = body.collections.map((c: any) => c.title);
      expect(titles[0]).toBe('Concord public');
      if (!email) expect(titles).toEqual(['Concord public']);
      for (const c of body.collections) {
        const objects = await walk(c.id, auth);
        for (const o of objects) {
          const validate = validators[o.type] as unknown as ((x: unknown) => boolean) & { errors?: unknown };
          expect(validate(o), `${o.type} ${JSON.stringify(validate.errors)}`).toBe(true);
        }
        const vulns = objects
          .filter((o) => o.type === 'vulnerability')
          .map((o) => o.id)
          .sort();
        if (c.title === 'Concord public') expect(vulns).toEqual(await graphqlEntries(undefined, ['CLEAR']));
        if (c.title === 'Your organization') expect(vulns).toEqual(await graphqlEntries(email));
        // Every reference resolves inside the collection (markings, the identity, the vulnerabilities).
        const ids = new Set(objects.map((o) => o.id));
        for (const o of objects) {
          for (const ref of [...(o.object_marking_refs ?? []), o.created_by_ref, o.source_ref, o.target_ref].filter(
            Boolean,
          ))
            expect(ids.has(ref), `${o.id} -> ${ref}`).toBe(true);
        }
      }
    }
  });

  it('added_after, match filters, the manifest, an object and its versions', async () => {
    const auth = await bearer('admin@cisa.gov');
    const { body } = await taxii('/taxii2/api/collections/', auth);
    const mine = body.collections.find((c: any) => c.title === 'Your organization');
    const all = await walk(mine.id, auth);
    const manifest = await taxii(`/taxii2/api/collections/${mine.id}/manifest/?limit=1000`, auth);
    const dates = manifest.body.objects.map((m: any) => m.date_added);
    const middle = dates[Math.floor(dates.length / 2)];
    const later = await walk(mine.id, auth, `&added_after=${middle}`);
    expect(later.length).toBe(dates.filter((d: string) => d > middle).length);
    expect(later.length).toBeLessThan(all.length);
    const reports = await walk(mine.id, auth, '&match[type]=report');
    expect(reports.every((o) => o.type === 'report')).toBe(true);
    const vuln = all.find((o) => o.type === 'vulnerability');
    const one = await taxii(`/taxii2/api/collections/${mine.id}/objects/${vuln.id}/`, auth);
    expect(one.body.objects).toEqual([vuln]);
    const versions = await taxii(`/taxii2/api/collections/${mine.id}/objects/${vuln.id}/versions/`, auth);
    expect(versions.body.versions).toEqual([vuln.modified]);
    const byVersion = await walk(mine.id, auth, `&match[id]=${vuln.id}&match[version]=${vuln.modified}`);
    expect(byVersion.map((o) => o.id)).toEqual([vuln.id]);
  });

  it('takes an API key over HTTP Basic, as TAXII clients send it', async () => {
    const hospital = new Caller(server.url, await token('it@mercy-rural-oh.example'));
    const [mercy] = await server.concord.db.query(`SELECT id FROM organization WHERE name = 'Mercy Rural Hospital'`);
    const issued = await hospital.ok(
      `mutation($o: ID!) { issueApiKey(input: { organizationId: $o, name: "taxii client" }) { secret } }`,
      { o: toGlobalId('Recipient', mercy.id) },
    );
    const basic = `Basic ${Buffer.from(`taxii:${issued.issueApiKey.secret}`).toString('base64')}`;
    const { res, body } = await taxii('/taxii2/api/collections/', basic);
    expect(res.status).toBe(200);
    expect(body.collections.map((c: any) => c.title)).toEqual([
      'Concord public',
      'Sector: HEALTHCARE_AND_PUBLIC_HEALTH',
      'Your organization',
    ]);
    const forged = await taxii(
      '/taxii2/api/collections/',
      `Basic ${Buffer.from('taxii:ck_forged').toString('base64')}`,
    );
    expect(forged.res.status).toBe(401);
    expect(forged.body.http_status).toBe('401');
  });

  it("refuses bad requests with the spec's error object, and hides others' collections", async () => {
    const auth = await bearer('admin@cisa.gov');
    const { body } = await taxii('/taxii2/api/collections/', auth);
    const mine = body.collections.find((c: any) => c.title === 'Your organization').id;
    const cases: [string, number, RequestInit?][] = [
      [`/taxii2/api/collections/${mine}/objects/?added_after=yesterday`, 400],
      [`/taxii2/api/collections/${mine}/objects/?limit=0`, 400],
      [`/taxii2/api/collections/${mine}/objects/?limit=5000`, 400],
      [`/taxii2/api/collections/${mine}/objects/?next=garbage`, 400],
      [`/taxii2/api/collections/${mine}/objects/?match[version]=soon`, 400],
      ['/taxii2/api/collections/00000000-0000-4000-8000-000000000000/objects/', 404],
      [
        `/taxii2/api/collections/${mine}/objects/`,
        415,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
      ],
      [
        `/taxii2/api/collections/${mine}/objects/`,
        400,
        { method: 'POST', headers: { 'content-type': MEDIA }, body: JSON.stringify({ nothing: [] }) },
      ],
      [
        `/taxii2/api/collections/${body.collections[0].id}/objects/`,
        403,
        { method: 'POST', headers: { 'content-type': MEDIA }, body: JSON.stringify({ objects: [{ type: 'nope' }] }) },
      ],
    ];
    for (const [p, status, init] of cases) {
      const r = await taxii(p, auth, init);
      expect(r.res.status, p).toBe(status);
      expect(r.res.headers.get('content-type')).toBe(MEDIA);
      expect(r.body).toMatchObject({
        title: expect.any(String),
        description: expect.any(String),
        http_status: String(status),
      });
    }
    const wrongAccept = await fetch(`${origin}/taxii2/`, { headers: { accept: 'text/html' } });
    expect(wrongAccept.status).toBe(406);
    // Another organization's collection is the same 404 as one that does not exist.
    const other = await taxii(`/taxii2/api/collections/${mine}/`, await bearer('it@mercy-rural-oh.example'));
    const missing = await taxii(
      '/taxii2/api/collections/00000000-0000-4000-8000-000000000000/',
      await bearer('it@mercy-rural-oh.example'),
    );
    expect(other.res.status).toBe(404);
    expect(other.body.title).toBe(missing.body.title);
  });
});
