// Issue 10: withdrawn advisories, fair designations, what developers see of grant requesters, late-joining
// agencies, the relations analysts need, and the demo clock. Each walks through the real server as its users.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  DecideDesignationDocument,
  DraftAdvisoryDocument,
  NotifyDeveloperDocument,
  OfferDefenseToolDocument,
  ProposeDesignationDocument,
  PublishAdvisoryDocument,
  RecordBenchmarkResultDocument,
  RegisterFrontierModelDocument,
  ReportClearinghouseEntryDocument,
  RequestDesignationDocument,
  RequestToolGrantDocument,
  RespondToDesignationDocument,
  TriageClearinghouseEntryDocument,
  UpdateDeliveryStatusDocument,
  ValidateClearinghouseEntryDocument,
  WithdrawAdvisoryDocument,
  DraftDirectiveDocument,
  IssueDirectiveDocument,
  OpenDesignationDocument,
} from '../sdk/generated/graphql';
import { startReplica, startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique, type Cast } from './support/fixtures';
import { postGraphQL } from './support/transports';

const DAY = 86_400_000;
let server: TestServer;
let cast: Cast;

/** A document the SDK does not ship (new fields, demo-only mutations), run through the same client. */
const run = <T = any>(client: ConcordClient, text: string, variables: Record<string, unknown> = {}) =>
  client.execute(text as never, variables as never) as Promise<T>;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  server.concord.clock.set(new Date(Math.floor(Date.now() / 1000) * 1000));
});
afterAll(async () => server?.stop());

describe('withdrawing an advisory', () => {
  it('keeps every delivery, marked withdrawn with the reason, out of overdue and coverage, and every list agrees', async () => {
    const analyst = (
      await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, [
        'ANALYST',
      ])
    ).client;
    const dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    const state = 'VT';
    const hospitalOrg = await cast.recipient({ state, name: unique('Withdrawal Hospital') });
    const hospital = (await cast.user(hospitalOrg.id, ['MEMBER'])).client;
    const e = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: {
          title: 'PLC overflow',
          summary: 'A heap overflow in a PLC gateway.',
          marking: 'AMBER',
          affected: [{ vendor: 'V', product: 'P', versionRange: '<2' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: e.id } });
    await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: e.id } });
    const a = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Patch PLC gateways',
          summary: 'Patch now.',
          marking: 'AMBER',
          priority: 'URGENT',
          entryIds: [e.id],
          audience: { recipientIds: [hospitalOrg.id] },
          acknowledgeWithinHours: 24,
          patchWithinDays: 7,
        },
      })
    ).draftAdvisory.advisory;
    await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: a.id } });
    server.concord.clock.advance(10 * DAY);

    const overdueOf = async (client: ConcordClient) =>
      run(
        client,
        `query($s: [String!]) { deliveries(filter: { states: $s, overdue: true }) { totalCount } overview { patchCoverage { targeted overdue } } }`,
        { s: [state] },
      );
    const before = await overdueOf(analyst);
    expect(before.deliveries.totalCount).toBe(1);

    // A published advisory needs a reason; without one nothing changes.
    const noReason = await expectError(analyst.execute(WithdrawAdvisoryDocument, { input: { advisoryId: a.id } }));
    expect(noReason.code).toBe('BAD_USER_INPUT');
    expect((await overdueOf(analyst)).deliveries.totalCount).toBe(1);

    await analyst.execute(WithdrawAdvisoryDocument, {
      input: { advisoryId: a.id, note: 'The vendor retracted the affected versions.' },
    });

    const DELIVERY = `id withdrawn withdrawnAt withdrawalReason overdue status advisory { id status withdrawalReason }`;
    const mine = await run(
      hospital,
      `{ myAdvisories { totalCount nodes { ${DELIVERY} } } deliveries { totalCount nodes { id } } overview { patchCoverage { targeted overdue } } }`,
    );
    expect(mine.myAdvisories.totalCount).toBe(1);
    const d = mine.myAdvisories.nodes[0];
    expect(d).toMatchObject({
      withdrawn: true,
      withdrawalReason: 'The vendor retracted the affected versions.',
      overdue: false,
      advisory: { id: a.id, status: 'WITHDRAWN' },
    });
    expect(mine.deliveries.totalCount).toBe(1);
    expect(mine.overview.patchCoverage).toEqual({ targeted: 0, overdue: 0 });

    // node(delivery) and node(advisory) resolve for the recipient: no INTERNAL_SERVER_ERROR, no null advisory.
    const viaNode = await run(
      hospital,
      `query($id: ID!, $a: ID!) { node(id: $id) { ... on AdvisoryDelivery { ${DELIVERY} } } advisory: node(id: $a) { id } }`,
      { id: d.id, a: a.id },
    );
    expect(viaNode.node).toMatchObject({ withdrawn: true, advisory: { status: 'WITHDRAWN' } });
    expect(viaNode.advisory).toEqual({ id: a.id });

    // Open lists no longer carry it; the withdrawn filter does; overdue counts and coverage agree for the government.
    const lists = await run(
      hospital,
      `{ open: myAdvisories(filter: { open: true }) { totalCount } withdrawn: myAdvisories(filter: { withdrawn: true }) { totalCount } overdue: myAdvisories(filter: { overdue: true }) { totalCount } }`,
    );
    expect(lists).toEqual({ open: { totalCount: 0 }, withdrawn: { totalCount: 1 }, overdue: { totalCount: 0 } });
    const after = await overdueOf(analyst);
    expect(after.deliveries.totalCount).toBe(0);
    expect(after.overview.patchCoverage.overdue).toBe(before.overview.patchCoverage.overdue - 1);
    const stats = await run(
      analyst,
      `query($id: ID!) { node(id: $id) { ... on Advisory { deliveryStats { targeted overdue withdrawn } } } coverage: patchCoverage(groupBy: STATE, advisoryId: $id) { key } }`,
      { id: a.id },
    );
    expect(stats.node.deliveryStats).toEqual({ targeted: 1, overdue: 0, withdrawn: 1 });
    expect(stats.coverage).toEqual([]);

    // Nothing more is expected of the recipient.
    const late = await expectError(
      hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId: d.id, status: 'PATCHED' } }),
    );
    expect(late.code).toBe('INVALID_TRANSITION');
  });
});

describe('fair designations', () => {
  let nsa: ConcordClient, dev: ConcordClient;
  beforeAll(async () => {
    nsa = (
      await cast.user((await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] })).id, ['ANALYST'])
    ).client;
    dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
  });
  const model = async () =>
    (
      await dev.execute(RegisterFrontierModelDocument, {
        input: {
          name: unique('Model'),
          modelVersion: '1',
          plannedReleaseAt: new Date(server.concord.clock.now().getTime() + 60 * DAY).toISOString(),
        },
      })
    ).registerFrontierModel.model.id;

  it('a COVERED decision needs the developer notified, and its response or the window passed', async () => {
    const modelId = await model();
    const id = (await nsa.execute(OpenDesignationDocument, { input: { modelId, basis: 'AGENCY_INITIATIVE' } }))
      .openDesignation.designation.id;
    await nsa.execute(RecordBenchmarkResultDocument, {
      input: { designationId: id, suite: 's', suiteVersion: '1', score: 0.9, threshold: 0.5 },
    });
    await nsa.execute(ProposeDesignationDocument, { input: { designationId: id, outcome: 'COVERED' } });
    // Never notified: no decision, even long after.
    server.concord.clock.advance(30 * DAY);
    const unheard = await expectError(
      nsa.execute(DecideDesignationDocument, { input: { designationId: id, decision: 'COVERED', rationale: 'r' } }),
    );
    expect(unheard.code).toBe('INVALID_TRANSITION');
    expect(unheard.errors[0].extensions).toMatchObject({
      from: 'PROPOSED_COVERED',
      action: 'decideCovered',
      requires: 'notifyDeveloper',
    });
    // Notified: the window runs from the notification.
    await nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } });
    const early = await expectError(
      nsa.execute(DecideDesignationDocument, { input: { designationId: id, decision: 'COVERED', rationale: 'r' } }),
    );
    expect(early.code).toBe('INVALID_TRANSITION');
    // The developer's response opens the decision.
    await dev.execute(RespondToDesignationDocument, {
      input: { designationId: id, position: 'CONTEST', arguments: 'Below threshold on our evaluation.' },
    });
    const decided = await nsa.execute(DecideDesignationDocument, {
      input: { designationId: id, decision: 'COVERED', rationale: 'Heard and weighed.' },
    });
    expect(decided.decideDesignation.designation.status).toBe('COVERED');
  });

  it('the window passing without a response also opens the decision; NOT_COVERED needs neither', async () => {
    const modelId = await model();
    const id = (await nsa.execute(OpenDesignationDocument, { input: { modelId, basis: 'BENCHMARK_SCREENING' } }))
      .openDesignation.designation.id;
    await nsa.execute(RecordBenchmarkResultDocument, {
      input: { designationId: id, suite: 's', suiteVersion: '1', score: 0.9, threshold: 0.5 },
    });
    await nsa.execute(ProposeDesignationDocument, {
      input: { designationId: id, outcome: 'COVERED', responseWindowDays: 14 },
    });
    await nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } });
    server.concord.clock.advance(15 * DAY);
    expect(
      (
        await nsa.execute(DecideDesignationDocument, {
          input: { designationId: id, decision: 'COVERED', rationale: 'No response.' },
        })
      ).decideDesignation.designation.status,
    ).toBe('COVERED');

    const other = (
      await nsa.execute(OpenDesignationDocument, { input: { modelId: await model(), basis: 'AGENCY_INITIATIVE' } })
    ).openDesignation.designation.id;
    await nsa.execute(RecordBenchmarkResultDocument, {
      input: { designationId: other, suite: 's', suiteVersion: '1', score: 0.1, threshold: 0.5 },
    });
    await nsa.execute(ProposeDesignationDocument, { input: { designationId: other, outcome: 'NOT_COVERED' } });
    expect(
      (
        await nsa.execute(DecideDesignationDocument, {
          input: { designationId: other, decision: 'NOT_COVERED', rationale: 'Below.' },
        })
      ).decideDesignation.designation.status,
    ).toBe('NOT_COVERED');
  });

  it('a developer-requested case is visible to its developer from the start, at every step', async () => {
    const modelId = await model();
    const id = (await dev.execute(RequestDesignationDocument, { input: { modelId } })).requestDesignation.designation
      .id;
    const see = async () =>
      await run(
        dev,
        `query($id: ID!) { node(id: $id) { ... on Designation { id status } } designations(filter: { bases: [DEVELOPER_REQUEST] }, first: 100) { nodes { id } } }`,
        { id },
      );
    let seen = await see();
    expect(seen.node).toMatchObject({ id, status: 'OPEN' });
    expect(seen.designations.nodes.map((n: { id: string }) => n.id)).toContain(id);
    await nsa.execute(RecordBenchmarkResultDocument, {
      input: { designationId: id, suite: 's', suiteVersion: '1', score: 0.9, threshold: 0.5 },
    });
    await nsa.execute(ProposeDesignationDocument, { input: { designationId: id, outcome: 'COVERED' } });
    seen = await see();
    expect(seen.node).toMatchObject({ id, status: 'PROPOSED_COVERED' });
  });
});

describe('developers deciding on tool grants', () => {
  it('see the requester’s name, type, state and size tier, and nothing more', async () => {
    const devOrg = await cast.developer();
    const dev = (await cast.user(devOrg.id, ['MEMBER'])).client;
    const otherDev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    const hospitalOrg = await cast.recipient({
      name: unique('Grant Hospital'),
      state: 'NM',
      sizeTier: 'SMALL',
      recipientType: 'HOSPITAL',
    });
    const hospital = (await cast.user(hospitalOrg.id, ['MEMBER'])).client;
    const tool = (
      await dev.execute(OfferDefenseToolDocument, {
        input: {
          name: unique('Scanner'),
          description: 'Finds exposed services.',
          capabilities: ['scanning'],
          seats: 5,
          eligibility: { recipientTypes: ['HOSPITAL'] },
        },
      })
    ).offerDefenseTool.tool;
    const grant = (
      await hospital.execute(RequestToolGrantDocument, { input: { toolId: tool.id, note: 'For our clinic network.' } })
    ).requestToolGrant.grant;

    const Q = `query($id: ID!) { node(id: $id) { ... on ToolGrant { recipient { id county } requester { name recipientType state sizeTier } } } toolGrants { nodes { id requester { name } } } }`;
    const seen = await run(dev, Q, { id: grant.id });
    expect(seen.node.requester).toEqual({
      name: hospitalOrg.name,
      recipientType: 'HOSPITAL',
      state: 'NM',
      sizeTier: 'SMALL',
    });
    // The recipient object itself (county, members, other grants, deliveries) stays hidden.
    expect(seen.node.recipient).toBeNull();
    expect(seen.toolGrants.nodes).toEqual([{ id: grant.id, requester: { name: hospitalOrg.name } }]);
    // Another developer does not see the grant at all.
    const other = await run(otherDev, Q, { id: grant.id });
    expect(other.node).toBeNull();
    expect(other.toolGrants.nodes).toEqual([]);
    // The GrantRequester type has exactly these four fields.
    const shape = await run(dev, `{ __type(name: "GrantRequester") { fields { name } } }`);
    expect(shape.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'name',
      'recipientType',
      'sizeTier',
      'state',
    ]);
  });
});

describe('federal civilian agencies that join after a directive is issued', () => {
  it('get their reports for every directive in force, due by the directive’s rule from the day they joined', async () => {
    const cisaOrg = await cast.agency({ acronym: 'CISA', capabilities: ['DIRECTIVE_ISSUER'] });
    const cisa = (await cast.user(cisaOrg.id, ['ANALYST'])).client;
    const draft = (
      await cisa.execute(DraftDirectiveDocument, {
        input: {
          code: `BOD ${Math.floor(Math.random() * 90) + 10}-0${Math.floor(Math.random() * 9) + 1}`,
          kind: 'BINDING_OPERATIONAL_DIRECTIVE',
          title: 'Inventory AI assets',
          summary: 'Inventory and patch.',
          requiredActions: [
            { title: 'Inventory', description: 'List assets.', dueInDays: 30 },
            { title: 'Patch', description: 'Patch KEV.', dueInDays: 60 },
          ],
        },
      })
    ).draftDirective.directive;
    await cisa.execute(IssueDirectiveDocument, { input: { directiveId: draft.id } });
    const issuedAt = server.concord.clock.now();
    server.concord.clock.advance(45 * DAY);

    // A new federal civilian agency, created 45 days later.
    const late = await cast.agency({ acronym: 'LATE', capabilities: ['FEDERAL_CIVILIAN'] });
    const lateUser = (await cast.user(late.id, ['MEMBER'])).client;
    const REPORTS = `query($d: ID!) { complianceReports(filter: { directiveId: $d }, orderBy: { field: DUE_AT, direction: ASC }) { totalCount nodes { assignedAt dueAt overdue requiredAction { index dueAt } agency { id } } } }`;
    const mine = await run(lateUser, REPORTS, { d: draft.id });
    expect(mine.complianceReports.totalCount).toBe(2);
    const joined = server.concord.clock.now().getTime();
    for (const r of mine.complianceReports.nodes) {
      expect(new Date(r.assignedAt).getTime()).toBe(joined);
      expect(new Date(r.dueAt).getTime()).toBe(joined + (r.requiredAction.index === 0 ? 30 : 60) * DAY);
      expect(r.overdue).toBe(false);
      // The directive's own action dates stay counted from its issue.
      expect(new Date(r.requiredAction.dueAt).getTime()).toBe(
        issuedAt.getTime() + (r.requiredAction.index === 0 ? 30 : 60) * DAY,
      );
    }
    // An agency changed to federal civilian later gets them too, once; a repeated change adds nothing.
    const changed = await cast.agency({ acronym: 'CHG', capabilities: [] });
    const changedUser = (await cast.user(changed.id, ['MEMBER'])).client;
    expect((await run(changedUser, REPORTS, { d: draft.id })).complianceReports.totalCount).toBe(0);
    const version = async () =>
      (await run(cast.admin, `query($id: ID!) { node(id: $id) { ... on Agency { version } } }`, { id: changed.id }))
        .node.version;
    await run(cast.admin, `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { agency { id } } }`, {
      i: { id: changed.id, expectedVersion: await version(), capabilities: ['FEDERAL_CIVILIAN'] },
    });
    await run(cast.admin, `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { agency { id } } }`, {
      i: { id: changed.id, expectedVersion: await version(), capabilities: ['FEDERAL_CIVILIAN'] },
    });
    expect((await run(changedUser, REPORTS, { d: draft.id })).complianceReports.totalCount).toBe(2);
    // Overdue under its own dates: 31 days after joining, the first action is overdue for the late agency only.
    server.concord.clock.advance(31 * DAY);
    const overdue = await run(
      lateUser,
      `query($d: ID!) { complianceReports(filter: { directiveId: $d, overdue: true }) { nodes { requiredAction { index } } } }`,
      { d: draft.id },
    );
    expect(overdue.complianceReports.nodes).toEqual([{ requiredAction: { index: 0 } }]);
  });
});

describe('relations analysts need', () => {
  it('Developer.defenseTools, Agency.complianceReports, Recipient.deliveries and Recipient.toolGrants, each under visibility', async () => {
    const analyst = (
      await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, [
        'ANALYST',
      ])
    ).client;
    const devOrg = await cast.developer();
    const dev = (await cast.user(devOrg.id, ['MEMBER'])).client;
    const recOrg = await cast.recipient({ name: unique('Relations Hospital'), state: 'ND' });
    const rec = (await cast.user(recOrg.id, ['MEMBER'])).client;
    const tool = (
      await dev.execute(OfferDefenseToolDocument, {
        input: {
          name: unique('Tool'),
          description: 'Detects intrusions.',
          capabilities: ['scanning'],
          seats: 2,
          eligibility: {},
        },
      })
    ).offerDefenseTool.tool;
    const grant = (await rec.execute(RequestToolGrantDocument, { input: { toolId: tool.id } })).requestToolGrant.grant;
    const e = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: {
          title: 'Relations entry',
          summary: 'An exposed management interface.',
          marking: 'GREEN',
          affected: [{ vendor: 'V', product: 'P', versionRange: '<2' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: e.id } });
    await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: e.id } });
    const a = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Relations advisory',
          summary: 'Close the management interface.',
          marking: 'GREEN',
          priority: 'ROUTINE',
          entryIds: [e.id],
          audience: { recipientIds: [recOrg.id] },
        },
      })
    ).draftAdvisory.advisory;
    await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: a.id } });

    const Q = `query($dev: ID!, $rec: ID!) {
      dev: node(id: $dev) { ... on Developer { defenseTools(first: 5) { totalCount nodes { id } } } }
      rec: node(id: $rec) { ... on Recipient { deliveries(first: 5) { totalCount nodes { advisory { id } } } toolGrants(first: 5) { totalCount nodes { id } } } }
      agencies(first: 100) { nodes { complianceReports(first: 1) { totalCount } } }
    }`;
    const gov = await run(analyst, Q, { dev: devOrg.id, rec: recOrg.id });
    expect(gov.dev.defenseTools).toEqual({ totalCount: 1, nodes: [{ id: tool.id }] });
    expect(gov.rec.deliveries).toEqual({ totalCount: 1, nodes: [{ advisory: { id: a.id } }] });
    expect(gov.rec.toolGrants).toEqual({ totalCount: 1, nodes: [{ id: grant.id }] });
    const own = await run(rec, Q, { dev: devOrg.id, rec: recOrg.id });
    expect(own.dev.defenseTools.totalCount).toBe(1); // eligible for every recipient
    expect(own.rec.deliveries.totalCount).toBe(1);
    // Another developer sees the developer but not its tool list's grants, nor the recipient.
    const stranger = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    const s = await run(stranger, Q, { dev: devOrg.id, rec: recOrg.id });
    expect(s.dev.defenseTools.totalCount).toBe(0);
    expect(s.rec).toBeNull();
    // Filters: deliveries by recipient, reports by agency.
    const byRecipient = await run(
      analyst,
      `query($r: ID!) { deliveries(filter: { recipientId: $r }) { totalCount } }`,
      { r: recOrg.id },
    );
    expect(byRecipient.deliveries.totalCount).toBe(1);
  });

  it('every connection takes an orderBy whose default value is in the SDL', async () => {
    const { buildSchema, getNamedType, isObjectType } = await import('graphql');
    const sdl = (await import('node:fs')).readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const missing: string[] = [];
    let connections = 0;
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.values(t.getFields())) {
        if (!getNamedType(f.type).name.endsWith('Connection')) continue;
        connections++;
        const ob = f.args.find((a) => a.name === 'orderBy');
        const d = ob?.defaultValue as { field?: string; direction?: string } | undefined;
        if (!d?.field || !d.direction) missing.push(`${t.name}.${f.name}`);
      }
    }
    expect(connections).toBeGreaterThanOrEqual(40);
    expect(missing).toEqual([]);
  });
});

describe('the demo clock', () => {
  it('a platform administrator walks time outside production; others cannot; every replica follows', async () => {
    const before = server.concord.clock.now().getTime();
    const moved = await run(
      cast.admin,
      `mutation { advanceClock(input: { days: 14, hours: 1, note: "watch the window lapse" }) { now offsetDays } }`,
    );
    expect(new Date(moved.advanceClock.now).getTime()).toBeGreaterThanOrEqual(before + 14 * DAY + 3_600_000);
    expect(server.concord.clock.now().getTime()).toBeGreaterThanOrEqual(before + 14 * DAY);
    const analyst = (
      await cast.user((await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] })).id, ['ANALYST'])
    ).client;
    const refused = await expectError(run(analyst, `mutation { advanceClock(input: { days: 1 }) { now } }`));
    expect(refused.code).toBe('FORBIDDEN');
    const bad = await expectError(run(cast.admin, `mutation { advanceClock(input: { days: 0 }) { now } }`));
    expect(bad.code).toBe('BAD_USER_INPUT');
    const audit = await run(
      cast.admin,
      `{ auditEvents(orderBy: { field: SEQUENCE, direction: DESC }, first: 3) { nodes { action } } }`,
    );
    expect(audit.auditEvents.nodes.map((n: { action: string }) => n.action)).toContain('advanceClock');
    const reset = await run(cast.admin, `mutation { resetClock { now offsetDays } }`);
    expect(Math.abs(new Date(reset.resetClock.now).getTime() - Date.now())).toBeLessThan(60_000);
    expect(reset.resetClock.offsetDays).toBe(0);
  });

  it.runIf(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL)(
    'moved on one replica, it moves on every replica (through Redis)',
    async () => {
      const a = await startTestServer({ REDIS_URL: process.env.TEST_REDIS_URL! });
      const b = await startReplica(a, { REDIS_URL: process.env.TEST_REDIS_URL! });
      try {
        const c = await createCast(a);
        await run(c.admin, `mutation { advanceClock(input: { days: 180 }) { now } }`);
        const deadline = Date.now() + 5000;
        while (b.concord.clock.now().getTime() < Date.now() + 179 * DAY && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 20));
        expect(b.concord.clock.now().getTime()).toBeGreaterThan(Date.now() + 179 * DAY);
        await run(c.admin, `mutation { resetClock { now } }`);
        const back = Date.now() + 5000;
        while (b.concord.clock.now().getTime() > Date.now() + DAY && Date.now() < back)
          await new Promise((r) => setTimeout(r, 20));
        expect(b.concord.clock.now().getTime()).toBeLessThan(Date.now() + DAY);
      } finally {
        await b.stop();
        await a.stop();
      }
    },
  );

  it('does not exist in production', async () => {
    const prod = await startTestServer(
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        JWT_ISSUER: 'i',
        JWT_AUDIENCE: 'a',
        AUDIT_HMAC_KEY: 'k'.repeat(40),
      },
      { seed: false },
    );
    try {
      const res = await postGraphQL(prod.url, { query: 'mutation { advanceClock(input: { days: 1 }) { now } }' });
      expect((res.body as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((res.body as any).errors[0].message).toMatch(/advanceClock/);
      expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
    } finally {
      await prod.stop();
    }
    const schema = (await import('node:fs')).readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8');
    expect(schema).not.toMatch(/advanceClock|resetClock/);
  });
});
