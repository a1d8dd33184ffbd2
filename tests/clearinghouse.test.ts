// The clearinghouse: report -> triage -> validate -> remediate -> export, TLP for every role, search, keys.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeSubscriptions } from '../server/core/subscriptions';
import { subscribers } from './support/testkit';
import { fromGlobalId } from '../server/core/ids';
import { createSubscriptionClient, type ConcordClient } from '../sdk/index';
import {
  AddClearinghouseRemediationDocument,
  ClaimScanScopeDocument,
  ClearinghouseEntriesDocument,
  CoordinateClearinghouseEntryDocument,
  EntryDetailDocument,
  EntryExportsDocument,
  EntryUpdatedDocument,
  MarkClearinghouseEntryDuplicateDocument,
  MarkClearinghouseEntryKnownExploitedDocument,
  MarkClearinghouseEntryPatchAvailableDocument,
  NodeDocument,
  RegisterFrontierModelDocument,
  ReleaseScanClaimDocument,
  ReportClearinghouseEntryDocument,
  ResolveClearinghouseEntryDocument,
  ScanClaimsDocument,
  TriageClearinghouseEntryDocument,
  UpdateClearinghouseEntryDocument,
  ValidateClearinghouseEntryDocument,
  type ClearinghouseEntriesQueryVariables,
  type ReportEntryInput,
} from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, unique, type Cast } from './support/fixtures';
import { createValidators } from './support/schemas';

let server: TestServer;
let cast: Cast;
let analystUserId: string;
let hospitalOrgId: string;
const tokens: Record<'dev' | 'other' | 'analyst', string> = { dev: '', other: '', analyst: '' };
let analyst: ConcordClient, nsa: ConcordClient, dev: ConcordClient, otherDev: ConcordClient, hospital: ConcordClient;
let devOrgId: string;
const validators = createValidators();
let cveCounter = 1000;
const nextCve = () => `CVE-2026-${++cveCounter}${Math.floor(Math.random() * 1000)}`;

const VECTOR = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const base = (over: Partial<ReportEntryInput> = {}): ReportEntryInput => ({
  title: 'Heap overflow in AquaSCADA Modbus gateway',
  summary: 'A crafted Modbus frame overflows a heap buffer in the gateway firmware.',
  details: 'Found by fuzzing with an AI model; remote code execution on the gateway.',
  cwes: ['CWE-787'],
  cvss: { vector: VECTOR, baseScore: 9.8 },
  affected: [
    {
      vendor: 'AquaSCADA',
      product: 'Modbus Gateway',
      versionRange: '>=2.0.0 <2.4.1',
      fixedIn: '2.4.1',
      purl: 'pkg:npm/aquascada-gateway',
    },
  ],
  sectors: ['WATER_AND_WASTEWATER_SYSTEMS'],
  ...over,
});

async function publish(id: string) {
  await analyst.execute(TriageClearinghouseEntryDocument, { input: { id } });
  await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id } });
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  const analystUser = await cast.user(
    (await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id,
    ['ANALYST'],
  );
  analyst = analystUser.client;
  analystUserId = analystUser.id;
  const sign = (u: { id: string; email: string }) => server.concord.auth.sign(fromGlobalId(u.id)!.id, u.email);
  tokens.analyst = await sign(analystUser);
  nsa = (
    await cast.user((await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] })).id, ['ANALYST'])
  ).client;
  devOrgId = (await cast.developer({ name: 'Atlas AI' })).id;
  const devUser = await cast.user(devOrgId, ['MEMBER']);
  dev = devUser.client;
  tokens.dev = await sign(devUser);
  const otherUser = await cast.user((await cast.developer()).id, ['MEMBER']);
  otherDev = otherUser.client;
  tokens.other = await sign(otherUser);
  hospitalOrgId = (await cast.recipient()).id;
  hospital = (await cast.user(hospitalOrgId, ['MEMBER'])).client;
});
afterAll(async () => server?.stop());

describe('a vulnerability from report to export', () => {
  it('is reported by a developer with its model, triaged, validated, remediated and exported as valid OSV and CSAF', async () => {
    const modelId = (
      await dev.execute(RegisterFrontierModelDocument, { input: { name: 'Atlas', modelVersion: '5.0' } })
    ).registerFrontierModel.model.id;
    const cve = nextCve();
    const reported = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({ identifiers: [{ type: 'CVE', value: cve }], discoveredWithModelId: modelId, marking: 'GREEN' }),
      })
    ).reportClearinghouseEntry.entry;
    expect(reported).toMatchObject({
      status: 'REPORTED',
      severity: 'CRITICAL',
      cvssScore: 9.8,
      cvss: { version: 'V3_1', baseScore: 9.8 },
      discoveredWithModel: { id: modelId },
    });
    expect(reported.key).toMatch(new RegExp(`^ACC-${new Date().getUTCFullYear()}-\\d{5}$`));
    const id = reported.id;
    // Not published yet: the community does not see a GREEN entry that is only reported.
    expect((await otherDev.execute(NodeDocument, { id })).node).toBeNull();
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id, note: 'Reproduced on 2.3.0.' } });
    const validated = (await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id } }))
      .validateClearinghouseEntry.entry;
    expect(validated.publishedAt).not.toBeNull();
    expect((await otherDev.execute(NodeDocument, { id })).node?.id).toBe(id);
    await analyst.execute(CoordinateClearinghouseEntryDocument, { input: { id } });
    await analyst.execute(AddClearinghouseRemediationDocument, {
      input: {
        id,
        remediation: {
          category: 'VENDOR_FIX',
          details: 'Upgrade to 2.4.1.',
          url: 'https://aquascada.example/advisories/2026-7',
          availableAt: new Date().toISOString(),
        },
      },
    });
    await analyst.execute(AddClearinghouseRemediationDocument, {
      input: { id, remediation: { category: 'WORKAROUND', details: 'Block Modbus/TCP from untrusted networks.' } },
    });
    await analyst.execute(MarkClearinghouseEntryKnownExploitedDocument, {
      input: {
        id,
        kev: {
          dateAdded: new Date().toISOString(),
          dueDate: new Date(Date.now() + 21 * 86400000).toISOString(),
          requiredAction: 'Apply the update or isolate the gateway.',
        },
      },
    });
    await analyst.execute(MarkClearinghouseEntryPatchAvailableDocument, { input: { id } });
    await analyst.execute(ResolveClearinghouseEntryDocument, { input: { id } });

    const detail = (await dev.execute(EntryDetailDocument, { id })).node;
    if (detail?.__typename !== 'ClearinghouseEntry') throw new Error('expected an entry');
    expect(detail.status).toBe('RESOLVED');
    expect(detail.knownExploited).toBe(true);
    expect(detail.remediations.map((r) => r.category)).toEqual(['VENDOR_FIX', 'WORKAROUND']);
    expect(detail.events.nodes.map((e) => e.toStatus)).toEqual([
      'REPORTED',
      'TRIAGED',
      'VALIDATED',
      'COORDINATING',
      'COORDINATING',
      'COORDINATING',
      'COORDINATING',
      'PATCH_AVAILABLE',
      'RESOLVED',
    ]);

    const exp = (await dev.execute(EntryExportsDocument, { id })).node;
    if (exp?.__typename !== 'ClearinghouseEntry') throw new Error('expected an entry');
    expect(validators.osv(exp.osv), JSON.stringify(validators.osv.errors)).toBe(true);
    expect(validators.csaf(exp.csaf), JSON.stringify(validators.csaf.errors)).toBe(true);
    expect(exp.osv).toMatchObject({
      id: `x_${exp.key}`,
      aliases: [cve],
      severity: [{ type: 'CVSS_V3', score: VECTOR }],
      affected: [{ package: { ecosystem: 'npm', name: 'aquascada-gateway' } }],
    });
    const csaf = exp.csaf as {
      document: { tracking: { id: string; status: string }; distribution: { tlp: { label: string } } };
      vulnerabilities: Array<{
        cve: string;
        scores: Array<{ cvss_v3: { baseScore: number } }>;
        remediations: Array<{ category: string }>;
      }>;
    };
    expect(csaf.document.tracking).toMatchObject({ id: exp.key, status: 'final' });
    expect(csaf.document.distribution.tlp.label).toBe('GREEN');
    expect(csaf.vulnerabilities[0]).toMatchObject({ cve, scores: [{ cvss_v3: { baseScore: 9.8 } }] });
    expect(csaf.vulnerabilities[0].remediations.map((r) => r.category)).toEqual(['vendor_fix', 'workaround']);
  });

  it('exports a CVSS 4.0, unpublished, AMBER+STRICT entry that still validates', async () => {
    const e = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({
          marking: 'AMBER_STRICT',
          cvss: { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
          affected: [{ vendor: 'GridCo', product: 'RTU-9', versionRange: 'all' }],
        }),
      })
    ).reportClearinghouseEntry.entry;
    expect(e).toMatchObject({ severity: 'CRITICAL', cvss: { version: 'V4_0', baseScore: 9.3 } });
    const exp = (await dev.execute(EntryExportsDocument, { id: e.id })).node as {
      osv: unknown;
      csaf: { document: { distribution: { tlp: { label: string }; text: string } } };
    };
    expect(validators.osv(exp.osv), JSON.stringify(validators.osv.errors)).toBe(true);
    expect(validators.csaf(exp.csaf), JSON.stringify(validators.csaf.errors)).toBe(true);
    expect(exp.csaf.document.distribution).toMatchObject({
      tlp: { label: 'AMBER' },
      text: expect.stringContaining('AMBER+STRICT'),
    });
  });
});

describe('rules on input', () => {
  it('validates CVSS vectors, scores, CVE, CWE and purl, and writes nothing', async () => {
    const [{ n: before }] = await server.concord.db.query('SELECT count(*)::int AS n FROM clearinghouse_entry');
    const bad = async (over: Partial<ReportEntryInput>, field: string) => {
      const e = await expectError(dev.execute(ReportClearinghouseEntryDocument, { input: base(over) }));
      expect(e.code, field).toBe('BAD_USER_INPUT');
      expect(Object.keys(e.errors[0].extensions.fields ?? {}).join(','), field).toContain(field);
    };
    await bad({ cvss: { vector: 'CVSS:3.1/AV:N/AC:L' } }, 'cvss.vector');
    await bad({ cvss: { vector: VECTOR, baseScore: 5.0 } }, 'cvss.baseScore');
    await bad({ identifiers: [{ type: 'CVE', value: 'CVE-26-1' }] }, 'identifiers[0].value');
    await bad({ cwes: ['787'] }, 'cwes');
    await bad({ affected: [{ vendor: 'v', product: 'p', versionRange: '1', purl: 'npm/lodash' }] }, 'affected');
    await bad({ severity: 'LOW' }, 'severity');
    const [{ n: after }] = await server.concord.db.query('SELECT count(*)::int AS n FROM clearinghouse_entry');
    expect(after).toBe(before);
  });

  it('a CVE that already has an entry is CONFLICT for those who may see it; others report it as a possible duplicate, learning nothing', async () => {
    const cve = nextCve();
    const first = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({ identifiers: [{ type: 'CVE', value: cve }], marking: 'AMBER' }),
      })
    ).reportClearinghouseEntry.entry;
    const mine = await expectError(
      dev.execute(ReportClearinghouseEntryDocument, { input: base({ identifiers: [{ type: 'CVE', value: cve }] }) }),
    );
    expect(mine.code).toBe('CONFLICT');
    expect(mine.errors[0].extensions).toMatchObject({ existingEntryId: first.id, existingKey: first.key });
    // Another developer cannot see the first entry: its report is accepted like any new one.
    const theirs = (
      await otherDev.execute(ReportClearinghouseEntryDocument, {
        input: base({ identifiers: [{ type: 'CVE', value: cve }] }),
      })
    ).reportClearinghouseEntry.entry;
    expect(theirs).toMatchObject({ status: 'REPORTED', possibleDuplicateOf: null });
    expect(theirs.key).not.toBe(first.key);
    // The analysts see the link and triage it.
    const seen = await analyst.execute(EntryDetailDocument, { id: theirs.id });
    expect(seen.node).toMatchObject({ possibleDuplicateOf: { id: first.id, key: first.key } });
    const again = await otherDev.execute(EntryDetailDocument, { id: theirs.id });
    expect(again.node).toMatchObject({ possibleDuplicateOf: null });
  });

  it('illegal moves are INVALID_TRANSITION; duplicates point to their original; stale edits are CONFLICT', async () => {
    const a = (await dev.execute(ReportClearinghouseEntryDocument, { input: base() })).reportClearinghouseEntry.entry;
    const b = (await dev.execute(ReportClearinghouseEntryDocument, { input: base() })).reportClearinghouseEntry.entry;
    expect(
      (await expectError(analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: a.id } }))).errors[0]
        .extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REPORTED', action: 'validate' });
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: b.id } });
    const dup = (
      await analyst.execute(MarkClearinghouseEntryDuplicateDocument, { input: { id: b.id, duplicateOfId: a.id } })
    ).markClearinghouseEntryDuplicate.entry;
    expect(dup).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: a.id, key: a.key } });
    expect((await expectError(analyst.execute(ResolveClearinghouseEntryDocument, { input: { id: b.id } }))).code).toBe(
      'INVALID_TRANSITION',
    );
    // Only analysts move entries; the reporter edits while REPORTED, with optimistic concurrency.
    await expectForbidden(
      dev.execute(TriageClearinghouseEntryDocument, { input: { id: a.id } }),
      'CLEARINGHOUSE_OPERATOR',
    );
    const edited = (
      await dev.execute(UpdateClearinghouseEntryDocument, {
        input: { id: a.id, expectedVersion: a.version, title: 'Heap overflow in the Modbus gateway' },
      })
    ).updateClearinghouseEntry.entry;
    expect(edited.version).toBe(a.version + 1);
    expect(
      (
        await expectError(
          dev.execute(UpdateClearinghouseEntryDocument, {
            input: { id: a.id, expectedVersion: a.version, title: 'Stale edit here' },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
  });

  it('keys are sequential per year with no gaps under concurrency', async () => {
    const keys = (
      await Promise.all(
        Array.from({ length: 25 }, () =>
          dev.execute(ReportClearinghouseEntryDocument, { input: base({ title: unique('Concurrent report') }) }),
        ),
      )
    ).map((r) => r.reportClearinghouseEntry.entry.key);
    const all: { key: string }[] = await server.concord.db.query('SELECT key FROM clearinghouse_entry ORDER BY key');
    const numbers = all.map((r) => Number(r.key.slice(-5)));
    expect(new Set(keys).size).toBe(25);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });
});

describe('who sees which entry (lists, totalCount, search and node)', () => {
  const seen: Record<string, string> = {};
  const markings = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
  const tag = unique('tlpmatrix');
  beforeAll(async () => {
    for (const marking of markings) {
      // The RED entry names the clearinghouse analyst (who must handle it) and nobody else.
      const red = marking === 'RED' ? { redUserIds: [analystUserId] } : {};
      const e = (
        await dev.execute(ReportClearinghouseEntryDocument, {
          input: base({ marking, title: `${tag} ${marking} boiler controller flaw`, ...red }),
        })
      ).reportClearinghouseEntry.entry;
      await publish(e.id);
      seen[marking] = e.id;
    }
    // The hospital is named as an affected party: it sees the embargoed entry before everyone else.
    const embargoed = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({
          marking: 'CLEAR',
          title: `${tag} embargoed boiler controller flaw`,
          embargoUntil: new Date(Date.now() + 7 * 86400000).toISOString(),
          affectedPartyIds: [hospitalOrgId],
        }),
      })
    ).reportClearinghouseEntry.entry;
    await publish(embargoed.id);
    seen.EMBARGOED = embargoed.id;
  });

  const visibleTo = async (client: ConcordClient) => {
    const list = await client.execute(ClearinghouseEntriesDocument, { first: 50, search: tag });
    const ids = list.clearinghouseEntries.nodes.map((n) => n.id);
    expect(list.clearinghouseEntries.totalCount).toBe(ids.length);
    const names = Object.entries(seen)
      .filter(([, id]) => ids.includes(id))
      .map(([k]) => k)
      .sort();
    for (const [name, id] of Object.entries(seen)) {
      const node = (await client.execute(NodeDocument, { id })).node;
      expect(Boolean(node), `${name} via node()`).toBe(names.includes(name));
    }
    return names;
  };

  it('public: CLEAR only, and not while embargoed', async () =>
    expect(await visibleTo(cast.public)).toEqual(['CLEAR']));
  it('any signed-in user: CLEAR and GREEN; a named affected party also the embargoed entry', async () => {
    expect(await visibleTo(otherDev)).toEqual(['CLEAR', 'GREEN']);
    expect(await visibleTo(hospital)).toEqual(['CLEAR', 'EMBARGOED', 'GREEN']);
  });
  it('the reporter: everything it reported, RED as the reporting user', async () =>
    expect(await visibleTo(dev)).toEqual(['AMBER', 'AMBER_STRICT', 'CLEAR', 'EMBARGOED', 'GREEN', 'RED']));
  it('government analysts: everything except RED that does not name them', async () => {
    expect(await visibleTo(analyst)).toEqual(['AMBER', 'AMBER_STRICT', 'CLEAR', 'EMBARGOED', 'GREEN', 'RED']);
    expect(await visibleTo(nsa)).toEqual(['AMBER', 'AMBER_STRICT', 'CLEAR', 'EMBARGOED', 'GREEN']);
  });
  it('the embargo lifts with the clock', async () => {
    server.concord.clock.advance(8 * 86400000);
    try {
      expect(await visibleTo(cast.public)).toEqual(['CLEAR', 'EMBARGOED']);
    } finally {
      server.concord.clock.reset();
    }
  });
});

describe('search', () => {
  it('ranks full-text matches and combines them with filters and orderings', async () => {
    const tag = unique('searchtag');
    const strong = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({
          title: `${tag} chlorine dosing pump takeover`,
          summary: 'Chlorine dosing pumps accept unauthenticated commands.',
          marking: 'GREEN',
        }),
      })
    ).reportClearinghouseEntry.entry;
    const weak = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: base({
          title: `${tag} HMI issue`,
          summary: 'An HMI crash.',
          details: 'Mentions chlorine once.',
          marking: 'GREEN',
          cvss: { vector: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' },
        }),
      })
    ).reportClearinghouseEntry.entry;
    const ranked = await analyst.execute(ClearinghouseEntriesDocument, { first: 10, search: `${tag} chlorine` });
    expect(ranked.clearinghouseEntries.nodes.map((n) => n.id)).toEqual([strong.id, weak.id]);
    const low = await analyst.execute(ClearinghouseEntriesDocument, {
      first: 10,
      search: tag,
      filter: { severities: ['LOW'] },
    });
    expect(low.clearinghouseEntries.nodes.map((n) => n.id)).toEqual([weak.id]);
    const byScore = await analyst.execute(ClearinghouseEntriesDocument, {
      first: 10,
      search: tag,
      orderBy: { field: 'CVSS_SCORE', direction: 'ASC' },
    });
    expect(byScore.clearinghouseEntries.nodes.map((n) => n.id)).toEqual([weak.id, strong.id]);
    const byVendor = await analyst.execute(ClearinghouseEntriesDocument, {
      first: 10,
      search: tag,
      filter: {
        vendor: 'AquaSCADA',
        product: 'Modbus Gateway',
        sectors: ['WATER_AND_WASTEWATER_SYSTEMS'],
        reportedById: devOrgId,
      },
    });
    expect(byVendor.clearinghouseEntries.totalCount).toBe(2);
    const none = await analyst.execute(ClearinghouseEntriesDocument, {
      first: 10,
      search: tag,
      filter: { vendor: 'Nobody' },
    });
    expect(none.clearinghouseEntries.totalCount).toBe(0);
  });

  it('uses indexes, not sequential scans, for the common filters on a large table (100k rows on PostgreSQL)', async () => {
    const db = server.concord.db;
    // 100k rows on PostgreSQL; PGlite (single-threaded WebAssembly) takes 20k in reasonable time.
    const rows = server.kind === 'postgres' ? 100_000 : 20_000;
    const [{ id: org }] = await db.query('SELECT id FROM organization LIMIT 1');
    await db.query(
      `INSERT INTO clearinghouse_entry (key, title, summary, severity, status, marking, reported_by_id, sectors, affected, updated_at, cvss_score)
      SELECT 'ACC-1999-' || lpad(i::text, 6, '0'), 'Bulk entry ' || i || (CASE WHEN i % 2500 = 0 THEN ' ransomware loader' ELSE ' memory bug' END),
        'Generated for the plan test', (ARRAY['CRITICAL','HIGH','MEDIUM','LOW'])[1 + i % 4], (ARRAY['VALIDATED','REPORTED','RESOLVED'])[1 + i % 3], 'GREEN', $1,
        ARRAY[(ARRAY['ENERGY','HEALTHCARE_AND_PUBLIC_HEALTH','FINANCIAL_SERVICES','DAMS','CHEMICAL'])[1 + i % 5]]::varchar[],
        jsonb_build_array(jsonb_build_object('vendor', 'Vendor' || (i % 200), 'product', 'Product' || (i % 50))), now() - (i || ' minutes')::interval, (i % 100) / 10.0
      FROM generate_series(1, $2::int) AS i`,
      [org, rows],
    );
    await db.query('ANALYZE clearinghouse_entry');
    const sqlFor = async (query: () => Promise<unknown>) => {
      const captured: string[] = [];
      const counter = server.concord.queries;
      const original = counter.logQuery.bind(counter);
      counter.logQuery = (q: string, p?: unknown[]) => {
        if (/FROM "clearinghouse_entry"/.test(q) && !/count\(/i.test(q)) captured.push(JSON.stringify([q, p]));
        return original(q, p);
      };
      try {
        await query();
      } finally {
        counter.logQuery = original;
      }
      return captured.map((c) => JSON.parse(c) as [string, unknown[]]);
    };
    const plans: string[] = [];
    const cases: Omit<ClearinghouseEntriesQueryVariables, 'first'>[] = [
      { search: 'ransomware' },
      { filter: { cve: 'CVE-2026-99999' } },
      { filter: { vendor: 'Vendor7' } },
      { filter: { sectors: ['DAMS'], severities: ['CRITICAL'] } },
      { filter: { statuses: ['REPORTED'] } },
      {},
    ];
    for (const vars of cases) {
      for (const [sql, params] of await sqlFor(() =>
        analyst.execute(ClearinghouseEntriesDocument, { first: 20, ...vars }),
      )) {
        const rows: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN ${sql}`, params);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        plans.push(plan);
        expect(plan, `${JSON.stringify(vars)}\n${plan}`).not.toMatch(/Seq Scan on clearinghouse_entry/);
      }
    }
    expect(plans.length).toBe(6);
  });
});

describe('entryUpdated over graphql-ws', () => {
  it('reaches those who may see the entry and nobody else', async () => {
    const wsUrl = server.url.replace(/^http/, 'ws');
    const token = async (client: 'dev' | 'other' | 'analyst') => tokens[client];
    const subs = {
      dev: createSubscriptionClient({ url: wsUrl, token: await token('dev'), webSocketImpl: WebSocket }),
      other: createSubscriptionClient({ url: wsUrl, token: await token('other'), webSocketImpl: WebSocket }),
      analyst: createSubscriptionClient({ url: wsUrl, token: await token('analyst'), webSocketImpl: WebSocket }),
    };
    const got: Record<string, string[]> = { dev: [], other: [], analyst: [] };
    const before = activeSubscriptions();
    const runs = Object.entries(subs).map(([who, c]) =>
      (async () => {
        for await (const e of c.subscribe(EntryUpdatedDocument)) got[who].push(e.entryUpdated.status);
      })().catch(() => undefined),
    );
    await subscribers(before, 3);
    const amber = (await dev.execute(ReportClearinghouseEntryDocument, { input: base({ marking: 'AMBER' }) }))
      .reportClearinghouseEntry.entry;
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: amber.id } });
    await vi.waitFor(() => expect(got.analyst).toEqual(['REPORTED', 'TRIAGED']), { timeout: 30_000, interval: 20 });
    await vi.waitFor(() => expect(got.dev).toEqual(['REPORTED', 'TRIAGED']), { timeout: 30_000, interval: 20 });
    await Promise.all(Object.values(subs).map((c) => c.dispose()));
    await Promise.all(runs);
    // The other developer got nothing: the events it may not see were dropped before the ones the others received.
    expect(got).toEqual({ dev: ['REPORTED', 'TRIAGED'], analyst: ['REPORTED', 'TRIAGED'], other: [] });
  });
});

describe('scan deconfliction', () => {
  it('overlapping active claims come back as conflicts to both sides; released claims stop conflicting', async () => {
    const day = 86400000;
    const vendor = unique('Vendor');
    const mine = (
      await dev.execute(ClaimScanScopeDocument, {
        input: {
          vendor,
          product: 'RTU-9',
          startsAt: new Date(Date.now() + day).toISOString(),
          endsAt: new Date(Date.now() + 5 * day).toISOString(),
        },
      })
    ).claimScanScope;
    expect(mine.conflicts).toEqual([]);
    const theirs = (
      await otherDev.execute(ClaimScanScopeDocument, {
        input: {
          vendor: vendor.toLowerCase(),
          product: 'rtu-9',
          startsAt: new Date(Date.now() + 3 * day).toISOString(),
          endsAt: new Date(Date.now() + 9 * day).toISOString(),
        },
      })
    ).claimScanScope;
    expect(theirs.conflicts.map((c) => c.id)).toEqual([mine.claim.id]);
    const myView = await dev.execute(ScanClaimsDocument, { first: 10, filter: { vendor } });
    expect(myView.scanClaims.nodes.find((c) => c.id === mine.claim.id)?.conflicts.map((c) => c.id)).toEqual([
      theirs.claim.id,
    ]);
    // A third party sees neither claim.
    expect((await hospital.execute(ScanClaimsDocument, { first: 10, filter: { vendor } })).scanClaims.totalCount).toBe(
      0,
    );
    await dev.execute(ReleaseScanClaimDocument, { input: { id: mine.claim.id } });
    const after = await otherDev.execute(ScanClaimsDocument, { first: 10, filter: { vendor } });
    expect(after.scanClaims.nodes.map((c) => [c.id, c.conflicts.length])).toEqual([[theirs.claim.id, 0]]);
    expect((await expectError(dev.execute(ReleaseScanClaimDocument, { input: { id: mine.claim.id } }))).code).toBe(
      'INVALID_TRANSITION',
    );
    // One claim that overlaps two of another organization's claims is a conflict of each of them.
    const v2 = unique('Vendor');
    const claim = (start: number, end: number) => ({
      vendor: v2,
      product: 'PLC',
      startsAt: new Date(Date.now() + start * day).toISOString(),
      endsAt: new Date(Date.now() + end * day).toISOString(),
    });
    const a1 = (await dev.execute(ClaimScanScopeDocument, { input: claim(1, 5) })).claimScanScope.claim.id;
    const a2 = (await dev.execute(ClaimScanScopeDocument, { input: claim(2, 6) })).claimScanScope.claim.id;
    const b = (await otherDev.execute(ClaimScanScopeDocument, { input: claim(3, 9) })).claimScanScope;
    expect(b.conflicts.map((c) => c.id).sort()).toEqual([a1, a2].sort());
    const both = (await dev.execute(ScanClaimsDocument, { first: 10, filter: { vendor: v2 } })).scanClaims.nodes;
    expect(both.map((c) => [c.id, c.conflicts.map((x) => x.id)]).sort()).toEqual(
      [
        [a1, [b.claim.id]],
        [a2, [b.claim.id]],
        [b.claim.id, [a1, a2]],
      ].sort(),
    );
    expect(
      (
        await expectError(
          dev.execute(ClaimScanScopeDocument, {
            input: {
              vendor,
              product: 'x',
              startsAt: new Date(Date.now() + 2 * day).toISOString(),
              endsAt: new Date(Date.now() + day).toISOString(),
            },
          }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
  });
});
