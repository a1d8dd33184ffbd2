// Real data is messy: every one of the 1,404 entries of CISA's KEV catalog (data/kev/, imported with the demo
// data) exports as OSV and as CSAF 2.0 that pass the official schemas and BSI's mandatory tests, read by the public
// as a partner would. Reference URLs are cleaned on the way in (a trailing `",`, a full-width underscore), by the
// same rule for what users submit, and the migration repairs what older imports stored.
import fs from 'node:fs';
import path from 'node:path';
import { CleanReferences1765500000000 } from '../server/db/migrations/1765500000000-CleanReferences';
import { test, expect } from './support/testkit';
import { startTestServer, type TestServer } from './support/server';
import { createValidators } from './support/schemas';
import { Caller } from './support/testkit';
import { ROOT } from './support/processes';

const catalog = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'data/kev/known_exploited_vulnerabilities.json'), 'utf8'),
) as { vulnerabilities: { cveID: string }[] };

type Bsi = (doc: unknown) => Promise<{
  isValid: boolean;
  tests: { name: string; isValid: boolean; errors: { message: string; instancePath: string }[] }[];
}>;
async function bsiValidator(): Promise<Bsi> {
  const { default: validateStrict } = await import('@secvisogram/csaf-validator-lib/validateStrict.js');
  const mandatory = await import('@secvisogram/csaf-validator-lib/mandatoryTests.js');
  const { csaf_2_0_strict } = await import('@secvisogram/csaf-validator-lib/schemaTests.js');
  const tests = [csaf_2_0_strict, ...Object.values(mandatory)];
  return (doc) => validateStrict(tests as never, doc as never) as never;
}

// The seeded database holds the whole catalog; one server for this file.
const seeded = test.extend<{ seededServer: TestServer; anonymous: Caller }>({
  seededServer: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructuring
    async ({}, use) => {
      const server = await startTestServer({}, { seed: true });
      await use(server);
      await server.stop();
    },
    { scope: 'file' },
  ],
  anonymous: [async ({ seededServer }, use) => use(new Caller(seededServer.url, undefined)), { scope: 'file' }],
});

const PAGE = `query Page($after: String) { clearinghouseEntries(first: 100, after: $after, filter: { knownExploited: true, markings: [CLEAR] }, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
  pageInfo { hasNextPage endCursor } nodes { identifiers { type value } references osv csaf } } }`;

seeded(
  "every entry of the KEV catalog exports OSV and CSAF valid against the official schemas and BSI's mandatory tests",
  async ({ anonymous }) => {
    type Exported = {
      identifiers: { type: string; value: string }[];
      references: string[];
      osv: unknown;
      csaf: unknown;
    };
    const entries: (Exported & { cve: string })[] = [];
    for (let after: string | null = null; ;) {
      const page: {
        clearinghouseEntries: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Exported[] };
      } = await anonymous.ok(PAGE, { after });
      entries.push(
        ...page.clearinghouseEntries.nodes.map((n) => ({
          ...n,
          cve: n.identifiers.find((i) => i.type === 'CVE')?.value ?? '',
        })),
      );
      if (!page.clearinghouseEntries.pageInfo.hasNextPage) break;
      after = page.clearinghouseEntries.pageInfo.endCursor;
    }
    const cves = new Set(entries.map((e) => e.cve));
    expect(catalog.vulnerabilities.filter((v) => !cves.has(v.cveID)).map((v) => v.cveID)).toEqual([]);
    // The demo data adds its own known-exploited CLEAR entries beside the catalog's; all are checked.
    expect(entries.length).toBeGreaterThanOrEqual(catalog.vulnerabilities.length);
    const { osv, csaf } = createValidators();
    const bsi = await bsiValidator();
    const failures: string[] = [];
    for (const e of entries) {
      for (const url of e.references)
        if (!/^https?:\/\/[!-~]+$/.test(url)) failures.push(`${e.cve} reference ${JSON.stringify(url)}`);
      if (!osv(e.osv)) failures.push(`${e.cve} OSV: ${JSON.stringify(osv.errors?.slice(0, 2))}`);
      if (!csaf(e.csaf)) failures.push(`${e.cve} CSAF schema: ${JSON.stringify(csaf.errors?.slice(0, 2))}`);
      const result = await bsi(e.csaf);
      for (const t of result.tests.filter((t) => !t.isValid))
        failures.push(`${e.cve} BSI ${t.name}: ${JSON.stringify(t.errors.slice(0, 2))}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  },
  180_000,
);

seeded(
  'CVE-2025-5419 and CVE-2022-23227: the references are URLs, cleaned, and their exports validate',
  async ({ anonymous }) => {
    const { osv, csaf } = createValidators();
    const expected: Record<string, string> = {
      'CVE-2025-5419': 'https://nvd.nist.gov/vuln/detail/CVE-2025-5419',
      'CVE-2022-23227':
        'https://nuuo.com/wp-content/uploads/2023/03/NUUO-EOL-letter%EF%BC%BFNVRmini-2-and-NVRsolo-series.pdf',
    };
    for (const [cve, url] of Object.entries(expected)) {
      const data = await anonymous.ok(
        'query($cve: String!) { clearinghouseEntries(first: 1, filter: { cve: $cve }) { nodes { references osv csaf } } }',
        { cve },
      );
      const [entry] = data.clearinghouseEntries.nodes;
      expect(entry.references, cve).toContain(url);
      expect(osv(entry.osv), JSON.stringify(osv.errors)).toBe(true);
      expect(csaf(entry.csaf), JSON.stringify(csaf.errors)).toBe(true);
      expect(entry.osv.references).toEqual(expect.arrayContaining([{ type: 'WEB', url }]));
    }
  },
);

seeded(
  'the migration repairs references stored verbatim by older imports, with a timeline event naming the change',
  async ({ seededServer, anonymous }) => {
    const db = seededServer.concord.db;
    const [row] = await db.query(`SELECT id, version FROM clearinghouse_entry WHERE cve = 'CVE-2025-5419'`);
    const dirty = [
      'https://nvd.nist.gov/vuln/detail/CVE-2025-5419",',
      'https://example.org/a＿b',
      'notaurl://x',
      'https://example.org/ok',
    ];
    await db.query(`UPDATE clearinghouse_entry SET reference_urls = $2 WHERE id = $1`, [row.id, dirty]);
    const runner = db.createQueryRunner();
    try {
      await new CleanReferences1765500000000().up(runner);
    } finally {
      await runner.release();
    }
    const data = await anonymous.ok(
      `{ clearinghouseEntries(first: 1, filter: { cve: "CVE-2025-5419" }) { nodes { references version events(first: 50) { nodes { action note } } } } }`,
    );
    const [entry] = data.clearinghouseEntries.nodes;
    expect(entry.references).toEqual([
      'https://nvd.nist.gov/vuln/detail/CVE-2025-5419',
      'https://example.org/a%EF%BC%BFb',
      'https://example.org/ok',
    ]);
    expect(entry.version).toBe(row.version + 1);
    expect(entry.events.nodes).toEqual(
      expect.arrayContaining([
        {
          action: 'cleanReferences',
          note: 'References cleaned: 2 rewritten as valid URIs, 1 dropped (not http(s) URLs)',
        },
      ]),
    );
    // Clean references are left alone.
    const before = (await db.query(`SELECT count(*)::int AS n FROM timeline_event WHERE action = 'cleanReferences'`))[0]
      .n;
    const again = db.createQueryRunner();
    try {
      await new CleanReferences1765500000000().up(again);
    } finally {
      await again.release();
    }
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM timeline_event WHERE action = 'cleanReferences'`))[0].n,
    ).toBe(before);
  },
);

test('a remediation URL is stored by the same rule, and one that is not http(s) is BAD_USER_INPUT naming the field', async ({
  as,
}) => {
  const reported = await as.developer.ok(
    `mutation { reportClearinghouseEntry(input: { title: "Heap overflow in a pump controller", summary: "A heap overflow.", identifiers: [{ type: VENDOR, value: "PUMP-1" }], affected: [{ vendor: "Acme", product: "Pump", versionRange: "*" }] }) { entry { id } } }`,
  );
  const id = reported.reportClearinghouseEntry.entry.id;
  await as.analyst.ok('mutation($id: ID!) { triageClearinghouseEntry(input: { id: $id }) { entry { id } } }', { id });
  await as.analyst.ok('mutation($id: ID!) { validateClearinghouseEntry(input: { id: $id }) { entry { id } } }', { id });
  const fixed = await as.analyst.ok(
    'mutation($id: ID!, $url: String) { addClearinghouseRemediation(input: { id: $id, remediation: { category: VENDOR_FIX, details: "Upgrade.", url: $url } }) { entry { remediations { url } } } }',
    {
      id,
      url: 'https://vendor.example/fix＿notes',
    },
  );
  expect(fixed.addClearinghouseRemediation.entry.remediations).toEqual([
    { url: 'https://vendor.example/fix%EF%BC%BFnotes' },
  ]);
  const refused = await as.analyst.fails(
    'mutation($id: ID!, $url: String) { addClearinghouseRemediation(input: { id: $id, remediation: { category: VENDOR_FIX, details: "Upgrade.", url: $url } }) { entry { id } } }',
    { id, url: 'javascript:alert(1)' },
  );
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect(Object.keys(refused.error.extensions?.fields ?? {}).join()).toMatch(/url/);
});
