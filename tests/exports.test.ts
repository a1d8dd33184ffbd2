// Exports that pass the official validators (issue 10, item 5): every shape of entry the API accepts, and the
// real KEV catalog, exported as OSV (checked with the OSV schema) and CSAF 2.0 (checked with the OASIS schema and
// every mandatory test of BSI's @secvisogram/csaf-validator-lib); OSV version ranges map to events per ecosystem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  AddClearinghouseRemediationDocument,
  EntryExportsDocument,
  ReportClearinghouseEntryDocument,
  TriageClearinghouseEntryDocument,
  ValidateClearinghouseEntryDocument,
  type ReportEntryInput,
} from '../sdk/generated/graphql';
import { osvVersions, parseRange } from '../server/modules/clearinghouse/exports/version-range';
import { startTestServer, type TestServer } from './support/server';
import { createCast, type Cast } from './support/fixtures';
import { createValidators } from './support/schemas';

type Csaf = {
  document: { category: string; tracking: { status: string; version: string; revision_history: { number: string }[] } };
  product_tree?: unknown;
  vulnerabilities: { cwe?: { id: string; name: string } }[];
};

let server: TestServer;
let cast: Cast;
let analyst: ConcordClient, dev: ConcordClient;
const validators = createValidators();
let bsi: (doc: unknown) => Promise<{
  isValid: boolean;
  tests: { name: string; isValid: boolean; errors: { message: string; instancePath: string }[] }[];
}>;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  analyst = (
    await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])
  ).client;
  dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
  const { default: validateStrict } = await import('@secvisogram/csaf-validator-lib/validateStrict.js');
  const mandatory = await import('@secvisogram/csaf-validator-lib/mandatoryTests.js');
  const { csaf_2_0_strict } = await import('@secvisogram/csaf-validator-lib/schemaTests.js');
  const tests = [csaf_2_0_strict, ...Object.values(mandatory)];
  bsi = (doc) => validateStrict(tests as never, doc as never) as never;
});
afterAll(async () => server?.stop());

async function exportsOf(input: ReportEntryInput, opts: { validate?: boolean; fix?: boolean } = {}) {
  const e = (await dev.execute(ReportClearinghouseEntryDocument, { input })).reportClearinghouseEntry.entry;
  if (opts.validate) {
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: e.id } });
    await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: e.id } });
  }
  if (opts.fix)
    await analyst.execute(AddClearinghouseRemediationDocument, {
      input: {
        id: e.id,
        remediation: { category: 'VENDOR_FIX', details: 'Upgrade.', url: 'https://vendor.example/fix' },
      },
    });
  const node = (await dev.execute(EntryExportsDocument, { id: e.id })).node as { osv: Record<string, any>; csaf: Csaf };
  return node;
}

async function expectValid(exp: { osv: unknown; csaf: unknown }) {
  expect(validators.osv(exp.osv), JSON.stringify(validators.osv.errors)).toBe(true);
  const result = await bsi(exp.csaf);
  const failed = result.tests.filter((t) => !t.isValid).map((t) => ({ test: t.name, errors: t.errors.slice(0, 3) }));
  expect(failed, JSON.stringify(exp.csaf).slice(0, 2000)).toEqual([]);
  expect(result.isValid).toBe(true);
  expect(result.tests.length).toBeGreaterThan(30);
}

const base = (over: Partial<ReportEntryInput>): ReportEntryInput =>
  ({
    title: 'Gateway overflow',
    summary: 'A heap overflow in a gateway service.',
    marking: 'GREEN',
    affected: [],
    ...over,
  }) as ReportEntryInput;

describe('OSV version ranges', () => {
  it('map to events per ecosystem instead of "every version"', () => {
    expect(osvVersions('npm', '>=4.17.0 <4.17.21', null)).toEqual({
      ranges: [{ type: 'SEMVER', events: [{ introduced: '4.17.0' }, { fixed: '4.17.21' }] }],
    });
    expect(osvVersions('PyPI', '<2.0', '2.0')).toEqual({
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
    });
    expect(osvVersions('Go', '>=v1.2.0 <=v1.4.2', null)).toEqual({
      ranges: [{ type: 'SEMVER', events: [{ introduced: '1.2.0' }, { last_affected: '1.4.2' }] }],
    });
    expect(osvVersions('Maven', '>= 2.0, < 2.17.1', null)).toEqual({
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { fixed: '2.17.1' }] }],
    });
    expect(osvVersions('npm', '>=1.0.0 <1.2.3 || >=2.0.0 <2.0.5', null)).toEqual({
      ranges: [
        {
          type: 'SEMVER',
          events: [{ introduced: '1.0.0' }, { fixed: '1.2.3' }, { introduced: '2.0.0' }, { fixed: '2.0.5' }],
        },
      ],
    });
    expect(osvVersions('npm', '1.2.3', null)).toEqual({ versions: ['1.2.3'] });
    expect(osvVersions('npm', '*', '3.0.0')).toEqual({
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '3.0.0' }] }],
    });
    // Not SemVer in a SemVer ecosystem: the ECOSYSTEM type, never a wrong SEMVER claim.
    expect(osvVersions('npm', '<2', null)).toEqual({
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2' }] }],
    });
    // Unreadable: no claim at all.
    expect(parseRange('[1.0,2.0)')).toBeNull();
    expect(osvVersions('Maven', '[1.0,2.0)', null)).toBeNull();
  });
});

describe('every export passes the official validators', () => {
  it('an entry with no affected products: CSAF csaf_base without a product tree; OSV with no affected packages', async () => {
    const exp = await exportsOf(
      base({ title: 'Protocol weakness', summary: 'A weakness in a protocol, no product named yet.' }),
    );
    await expectValid(exp);
    expect(exp.csaf.document.category).toBe('csaf_base');
    expect(exp.csaf.product_tree).toBeUndefined();
    expect(exp.csaf.document.tracking).toMatchObject({ status: 'draft', version: '0' });
  });

  it('npm, PyPI, Go and Maven products with ranges, CVSS 3.1, a named and an unknown CWE, a fix, validated', async () => {
    const exp = await exportsOf(
      base({
        identifiers: [{ type: 'CVE', value: `CVE-2026-${Math.floor(10000 + Math.random() * 89999)}` }],
        cvss: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        cwes: ['CWE-787', 'CWE-99999'],
        affected: [
          {
            vendor: 'lodash',
            product: 'lodash',
            versionRange: '>=4.17.0 <4.17.21',
            fixedIn: '4.17.21',
            purl: 'pkg:npm/lodash',
          },
          { vendor: 'PSF', product: 'requests', versionRange: '<2.31.0', purl: 'pkg:pypi/requests' },
          { vendor: 'Go', product: 'x/net', versionRange: '>=v0.1.0 <v0.17.0', purl: 'pkg:golang/golang.org/x/net' },
          {
            vendor: 'Apache',
            product: 'log4j-core',
            versionRange: '>=2.0 <2.17.1',
            purl: 'pkg:maven/org.apache.logging.log4j/log4j-core',
          },
          { vendor: 'Acme', product: 'SCADA gateway', versionRange: '<5.2' },
        ],
      }),
      { validate: true, fix: true },
    );
    await expectValid(exp);
    expect(exp.csaf.document.category).toBe('csaf_security_advisory');
    expect(exp.csaf.vulnerabilities[0].cwe).toEqual({ id: 'CWE-787', name: 'Out-of-bounds Write' });
    const lodash = exp.osv.affected.find((a: { package: { name: string } }) => a.package.name === 'lodash');
    expect(lodash.ranges).toEqual([{ type: 'SEMVER', events: [{ introduced: '4.17.0' }, { fixed: '4.17.21' }] }]);
    const log4j = exp.osv.affected.find((a: { package: { ecosystem: string } }) => a.package.ecosystem === 'Maven');
    expect(log4j.ranges).toEqual([{ type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { fixed: '2.17.1' }] }]);
    const revisions = exp.csaf.document.tracking.revision_history.map((r) => r.number);
    expect(revisions).toEqual(revisions.map((_r, i) => String(i + 1)));
    expect(exp.csaf.document.tracking.version).toBe(revisions[revisions.length - 1]);
  });

  it('TLP markings, CVSS 4.0 and exact versions', async () => {
    for (const marking of ['CLEAR', 'AMBER', 'AMBER_STRICT', 'RED'] as const) {
      const exp = await exportsOf(
        base({ marking, affected: [{ vendor: 'V', product: 'P', versionRange: '1.2.3', purl: 'pkg:npm/p' }] }),
        { validate: marking !== 'RED' },
      );
      await expectValid(exp);
    }
    const v4 = await exportsOf(
      base({
        cvss: { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
        affected: [{ vendor: 'V', product: 'P', versionRange: '*' }],
      }),
      { validate: true },
    );
    await expectValid(v4);
  });
  // The whole KEV catalog's exports are checked in kev-exports.test.ts.
});
