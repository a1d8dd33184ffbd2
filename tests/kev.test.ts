// CISA's KEV catalog in and out (issue 10, item 10): the real catalog imported through the mutation and the
// command, re-imports that change nothing, a newer catalog that adds and updates, and the public feed valid
// against CISA's own schema.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import { ReportClearinghouseEntryDocument } from '../sdk/generated/graphql';
import { admin, startTestServer, type TestServer } from './support/server';
import { createCast, expectError, type Cast } from './support/fixtures';
import { ROOT, runScript } from './support/processes';
import { dataDirectory } from './support/snapshots';

const CATALOG_FILE = path.join(ROOT, 'data/kev/known_exploited_vulnerabilities.json');
const catalog = () => JSON.parse(fs.readFileSync(CATALOG_FILE, 'utf8'));
const cisaSchema = () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'data/kev/known_exploited_vulnerabilities_schema.json'), 'utf8')),
  );
};

const IMPORT = `mutation($catalog: JSONObject!) { importKevCatalog(input: { catalog: $catalog }) { catalogVersion total created updated unchanged referencesCleaned referencesDropped } }`;
const run = <T = any>(client: ConcordClient, text: string, variables: Record<string, unknown> = {}) =>
  client.execute(text as never, variables as never) as Promise<T>;

let server: TestServer;
let cast: Cast;
let analyst: ConcordClient;
const counts = async () =>
  (
    await server.concord.db.query(
      `SELECT count(*)::int AS entries, count(DISTINCT cve)::int AS cves, (SELECT count(*)::int FROM timeline_event) AS events, (SELECT count(*)::int FROM audit_event) AS audits FROM clearinghouse_entry`,
    )
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  analyst = (
    await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])
  ).client;
});
afterAll(async () => server?.stop());

describe('importing the KEV catalog', () => {
  it('refuses callers who are not clearinghouse analysts, and catalogs that do not follow CISA’s schema, changing nothing', async () => {
    const member = (await cast.user((await cast.recipient()).id, ['MEMBER'])).client;
    const before = await counts();
    expect((await expectError(run(cast.public, IMPORT, { catalog: catalog() }))).code).toBe('UNAUTHENTICATED');
    expect((await expectError(run(member, IMPORT, { catalog: catalog() }))).code).toBe('FORBIDDEN');
    const broken = catalog();
    broken.vulnerabilities[3].cveID = 'not-a-cve';
    delete broken.vulnerabilities[7].dueDate;
    const bad = await expectError(run(analyst, IMPORT, { catalog: broken }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.fields).toMatchObject({
      'catalog.vulnerabilities.3.cveID': expect.stringMatching(/pattern/),
      'catalog.vulnerabilities.7': expect.stringMatching(/dueDate/),
    });
    const twice = catalog();
    twice.vulnerabilities.push(twice.vulnerabilities[0]);
    expect((await expectError(run(analyst, IMPORT, { catalog: twice }))).code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('imports the real catalog as one TLP:CLEAR, validated, known-exploited entry per CVE with the KEV fields', async () => {
    const first = await run(analyst, IMPORT, { catalog: catalog() });
    // CISA's notes carry 145 addresses with a stray comma, quote or full stop, or a character a URI may not hold.
    expect(first.importKevCatalog).toEqual({
      catalogVersion: '2025.08.25',
      total: 1404,
      created: 1404,
      updated: 0,
      unchanged: 0,
      referencesCleaned: 145,
      referencesDropped: 0,
    });
    const git = await run(
      cast.public,
      `{ clearinghouseEntries(filter: { cve: "CVE-2025-48384" }) { nodes { key title summary marking status knownExploited cwes references affected { vendor product versionRange } kev { dateAdded dueDate requiredAction knownRansomwareCampaignUse vendorProject product notes } events { nodes { action note } } } } }`,
    );
    const e = git.clearinghouseEntries.nodes[0];
    expect(e).toMatchObject({
      title: 'Git Link Following Vulnerability',
      marking: 'CLEAR',
      status: 'VALIDATED',
      knownExploited: true,
      cwes: ['CWE-59', 'CWE-436'],
      affected: [{ vendor: 'Git', product: 'Git', versionRange: '*' }],
    });
    expect(e.kev).toMatchObject({
      dateAdded: '2025-08-25T00:00:00.000Z',
      dueDate: '2025-09-15T00:00:00.000Z',
      knownRansomwareCampaignUse: 'Unknown',
      vendorProject: 'Git',
      product: 'Git',
    });
    expect(e.kev.requiredAction).toMatch(/^Apply mitigations per vendor instructions/);
    expect(e.references).toContain('https://nvd.nist.gov/vuln/detail/CVE-2025-48384');
    expect(e.references).toContain('https://github.com/git/git/security/advisories/GHSA-vwqx-4fm8-6qc9');
    expect(e.events.nodes).toEqual([{ action: 'importKev', note: 'Imported from KEV catalog 2025.08.25' }]);
    // Full-text search runs over the catalog's real text.
    const found = await run(
      cast.public,
      `{ clearinghouseEntries(search: "carriage return configuration", first: 3) { nodes { identifiers { value } } } }`,
    );
    expect(found.clearinghouseEntries.nodes[0].identifiers).toEqual([{ value: 'CVE-2025-48384' }]);
  });

  it('importing the same file again changes nothing: no entry, version, timeline event or key', async () => {
    const before = await counts();
    const versions = await server.concord.db.query(
      'SELECT sum(version)::int AS v, max(key) AS k FROM clearinghouse_entry',
    );
    const again = await run(analyst, IMPORT, { catalog: catalog() });
    expect(again.importKevCatalog).toEqual({
      catalogVersion: '2025.08.25',
      total: 1404,
      created: 0,
      updated: 0,
      unchanged: 1404,
      referencesCleaned: 145,
      referencesDropped: 0,
    });
    const after = await counts();
    expect({ ...after, audits: before.audits }).toEqual(before);
    expect(
      await server.concord.db.query('SELECT sum(version)::int AS v, max(key) AS k FROM clearinghouse_entry'),
    ).toEqual(versions);
  });

  it('a newer catalog adds its new CVEs and updates the changed ones with a timeline event each, never duplicating', async () => {
    const newer = catalog();
    newer.catalogVersion = '2025.08.26';
    newer.vulnerabilities.unshift({
      ...newer.vulnerabilities[0],
      cveID: 'CVE-2025-99991',
      vulnerabilityName: 'Example Gateway Command Injection',
      dateAdded: '2025-08-26',
      dueDate: '2025-09-16',
      cwes: ['CWE-78'],
      notes: 'https://gateway.example/advisory", ; https://[oops ; https://nvd.nist.gov/vuln/detail/CVE-2025-99991',
    });
    newer.count += 1;
    const changed = newer.vulnerabilities.find((v: { cveID: string }) => v.cveID === 'CVE-2025-48384');
    changed.dueDate = '2025-09-30';
    changed.knownRansomwareCampaignUse = 'Known';
    const before = await counts();
    const r = await run(analyst, IMPORT, { catalog: newer });
    expect(r.importKevCatalog).toEqual({
      catalogVersion: '2025.08.26',
      total: 1405,
      created: 1,
      updated: 1,
      unchanged: 1403,
      referencesCleaned: 146,
      referencesDropped: 1,
    });
    const after = await counts();
    expect(after.entries).toBe(before.entries + 1);
    expect(after.cves).toBe(after.entries);
    const git = await run(
      cast.public,
      `{ clearinghouseEntries(filter: { cve: "CVE-2025-48384" }) { nodes { version kev { dueDate knownRansomwareCampaignUse } events { nodes { action note } } } } }`,
    );
    expect(git.clearinghouseEntries.nodes[0]).toMatchObject({
      version: 2,
      kev: { dueDate: '2025-09-30T00:00:00.000Z', knownRansomwareCampaignUse: 'Known' },
    });
    expect(git.clearinghouseEntries.nodes[0].events.nodes[1]).toEqual({
      action: 'importKev',
      note: 'KEV catalog 2025.08.26 changed dueDate, knownRansomwareCampaignUse',
    });
  });

  it('a CVE held by an entry the importer may not see is imported beside it, as a report would be: the answer reveals nothing', async () => {
    const dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    const red = await dev.execute(ReportClearinghouseEntryDocument, {
      input: {
        title: 'Private finding',
        summary: 'Held under TLP:RED by its reporter.',
        marking: 'RED',
        identifiers: [{ type: 'CVE', value: 'CVE-2025-99992' }],
        affected: [{ vendor: 'V', product: 'P', versionRange: '<2' }],
      },
    });
    const c = catalog();
    c.vulnerabilities = [{ ...c.vulnerabilities[0], cveID: 'CVE-2025-99992' }];
    c.count = 1;
    const r = await run(analyst, IMPORT, { catalog: c });
    expect(r.importKevCatalog).toMatchObject({ created: 1, updated: 0 });
    const rows = await server.concord.db.query(
      `SELECT marking, possible_duplicate_of_id IS NOT NULL AS flagged FROM clearinghouse_entry WHERE cve = 'CVE-2025-99992' ORDER BY created_at`,
    );
    expect(rows).toEqual([
      { marking: 'RED', flagged: false },
      { marking: 'CLEAR', flagged: true },
    ]);
    expect(red.reportClearinghouseEntry.entry.id).toBeTruthy();
  });
});

describe('GET /feeds/kev.json', () => {
  it('publishes the KEV-listed TLP:CLEAR entries in CISA’s format, valid against CISA’s schema, with caching headers', async () => {
    const feedUrl = server.url.replace(/\/graphql$/, '/feeds/kev.json');
    const res = await fetch(feedUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    const validate = cisaSchema();
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(body.count).toBe(body.vulnerabilities.length);
    const cves = body.vulnerabilities.map((v: { cveID: string }) => v.cveID);
    expect(cves).toContain('CVE-2025-48384');
    expect(cves).toContain('CVE-2025-99991');
    // Only what an anonymous caller may see: the RED entry's CVE is there only through its CLEAR import.
    expect(cves.filter((c: string) => c === 'CVE-2025-99992')).toHaveLength(1);
    expect(new Set(cves).size).toBe(cves.length);
    const original = catalog().vulnerabilities.find((v: { cveID: string }) => v.cveID === 'CVE-2024-3400');
    expect(body.vulnerabilities.find((v: { cveID: string }) => v.cveID === 'CVE-2024-3400')).toEqual(original);
    const etag = res.headers.get('etag')!;
    expect((await fetch(feedUrl, { headers: { 'if-none-match': etag } })).status).toBe(304);
    // A bad credential is refused as on /graphql, in the same coded shape.
    const refused = await fetch(feedUrl, { headers: { authorization: 'Bearer nope' } });
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: expect.any(String),
    });
  });

  it('an AMBER known-exploited entry never reaches the feed', async () => {
    const dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    await dev.execute(ReportClearinghouseEntryDocument, {
      input: {
        title: 'Amber finding',
        summary: 'Shared with named parties only.',
        marking: 'AMBER',
        identifiers: [{ type: 'CVE', value: 'CVE-2025-99993' }],
        affected: [{ vendor: 'V', product: 'P', versionRange: '<2' }],
      },
    });
    const c = catalog();
    c.vulnerabilities = [{ ...c.vulnerabilities[0], cveID: 'CVE-2025-99993' }];
    await run(analyst, IMPORT, { catalog: c });
    const body = await (await fetch(server.url.replace(/\/graphql$/, '/feeds/kev.json'))).json();
    expect(body.vulnerabilities.map((v: { cveID: string }) => v.cveID)).not.toContain('CVE-2025-99993');
  });
});

describe('npm run import:kev', () => {
  it('imports the catalog with a progress bar as a named analyst, and a second run changes nothing', async () => {
    const env: Record<string, string> = { NODE_ENV: 'development', SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn' };
    let dataDir: string | undefined;
    let dbName: string | undefined;
    if (process.env.TEST_DATABASE_URL) {
      dbName = `concord_kev_${Date.now()}`;
      await admin(process.env.TEST_DATABASE_URL, `CREATE DATABASE ${dbName}`);
      const u = new URL(process.env.TEST_DATABASE_URL);
      u.pathname = `/${dbName}`;
      env.DATABASE_URL = u.toString();
    } else {
      dataDir = dataDirectory('migrated', 'concord-kev-');
      env.CONCORD_DATA_DIR = dataDir;
    }
    try {
      const boot = await runScript(
        'scripts/admin.ts',
        ['bootstrap', '--email', 'ops@cisa.example', '--agency', 'CISA', '--acronym', 'CISA'],
        env,
        60_000,
      );
      expect(boot.code, boot.stderr).toBe(0);
      const first = await runScript('scripts/import-kev.ts', [CATALOG_FILE, '--as', 'ops@cisa.example'], env, 60_000);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(
        /^KEV catalog 2025\.08\.25: 1404 entries, 1404 created, 0 updated, 0 unchanged; references: 145 cleaned, 0 dropped; in [\d.]+ s\n$/,
      );
      expect(first.stderr).toMatch(/\[#{30}\] 1404\/1404 100%/);
      const second = await runScript('scripts/import-kev.ts', [CATALOG_FILE, '--as', 'ops@cisa.example'], env, 60_000);
      expect(second.stdout).toMatch(/1404 entries, 0 created, 0 updated, 1404 unchanged/);
      const nobody = await runScript(
        'scripts/import-kev.ts',
        [CATALOG_FILE, '--as', 'nobody@example.org'],
        env,
        60_000,
      );
      expect(nobody.code).toBe(64);
      expect(nobody.stderr).toMatch(/no active user nobody@example.org/);
    } finally {
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        await admin(process.env.TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      }
    }
  }, 120_000);
});
