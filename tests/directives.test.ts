// Directives, agency compliance, the order's milestones, and the overview against a hand-counted fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  ComplianceReportsDocument,
  CompleteMilestoneDocument,
  DirectiveComplianceDocument,
  DirectivesDocument,
  DraftAdvisoryDocument,
  DraftDirectiveDocument,
  IssueDirectiveDocument,
  MilestonesDocument,
  NodeDocument,
  OpenDesignationDocument,
  OverviewDocument,
  PublishAdvisoryDocument,
  RegisterFrontierModelDocument,
  ReportClearinghouseEntryDocument,
  RevokeDirectiveDocument,
  TriageClearinghouseEntryDocument,
  UpdateComplianceReportDocument,
  ValidateClearinghouseEntryDocument,
} from '../sdk/generated/graphql';
import { fromGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, type Cast } from './support/fixtures';

const DAY = 86_400_000;
let server: TestServer;
let cast: Cast;
let cisa: ConcordClient, omb: ConcordClient, nsa: ConcordClient, doi: ConcordClient, ed: ConcordClient;
const agencies: Record<string, string> = {};
let T0: Date;
const at = (d: number) => new Date(T0.getTime() + d * DAY);

const ACTIONS = [
  {
    title: 'Inventory AI-enabled internet-facing assets',
    description: 'Report every AI-enabled asset reachable from the internet.',
    dueInDays: 14,
  },
  {
    title: 'Patch KEV entries on those assets',
    description: 'Remediate known exploited vulnerabilities on the inventoried assets.',
    dueInDays: 30,
  },
];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  server.concord.clock.set(T0);
  for (const [acronym, caps] of [
    ['CISA', ['DIRECTIVE_ISSUER', 'CLEARINGHOUSE_OPERATOR']],
    ['OMB', ['DIRECTIVE_ISSUER']],
    ['NSA', ['DESIGNATION_AUTHORITY']],
    ['DOI', ['FEDERAL_CIVILIAN']],
    ['ED', ['FEDERAL_CIVILIAN']],
    ['SBA', ['FEDERAL_CIVILIAN']],
  ] as const) {
    agencies[acronym] = (await cast.agency({ acronym, capabilities: [...caps] })).id;
  }
  cisa = (await cast.user(agencies.CISA, ['ANALYST'])).client;
  omb = (await cast.user(agencies.OMB, ['ANALYST'])).client;
  nsa = (await cast.user(agencies.NSA, ['ANALYST'])).client;
  doi = (await cast.user(agencies.DOI, ['MEMBER'])).client;
  ed = (await cast.user(agencies.ED, ['MEMBER'])).client;
});
afterAll(async () => server?.stop());

describe('a binding operational directive', () => {
  let bodId: string;

  it('is drafted and issued by CISA; every federal civilian agency gets a report per action; the public sees it once issued', async () => {
    const draft = (
      await cisa.execute(DraftDirectiveDocument, {
        input: {
          code: 'BOD 26-04',
          kind: 'BINDING_OPERATIONAL_DIRECTIVE',
          title: 'Securing AI-enabled internet-facing assets',
          summary: 'Federal civilian agencies inventory and patch AI-enabled assets.',
          sourceUrl: 'https://www.cisa.gov/bod-26-04',
          requiredActions: ACTIONS,
        },
      })
    ).draftDirective.directive;
    bodId = draft.id;
    expect((await cast.public.execute(NodeDocument, { id: bodId })).node).toBeNull();
    await expectForbidden(nsa.execute(IssueDirectiveDocument, { input: { directiveId: bodId } }), 'DIRECTIVE_ISSUER');
    const issued = (await cisa.execute(IssueDirectiveDocument, { input: { directiveId: bodId } })).issueDirective
      .directive;
    expect(issued.status).toBe('ISSUED');
    expect(issued.requiredActions.map((a) => a.dueAt)).toEqual([at(14).toISOString(), at(30).toISOString()]);
    expect((await cast.public.execute(DirectivesDocument, { first: 10 })).directives.nodes.map((d) => d.code)).toEqual([
      'BOD 26-04',
    ]);
    const all = (await cisa.execute(ComplianceReportsDocument, { first: 100, filter: { directiveId: bodId } }))
      .complianceReports;
    expect(all.totalCount).toBe(6);
    expect(new Set(all.nodes.map((r) => r.agency?.acronym))).toEqual(new Set(['DOI', 'ED', 'SBA']));
    expect(all.nodes.every((r) => r.status === 'NOT_STARTED')).toBe(true);
  });

  it("agencies report on their own actions and never see or touch another agency's", async () => {
    const mine = (await doi.execute(ComplianceReportsDocument, { first: 10 })).complianceReports.nodes;
    expect(mine.map((r) => r.agency?.acronym)).toEqual(['DOI', 'DOI']);
    const first = mine.find((r) => r.actionIndex === 0)!;
    const progress = (
      await doi.execute(UpdateComplianceReportDocument, {
        input: {
          reportId: first.id,
          expectedVersion: first.version,
          status: 'IN_PROGRESS',
          evidence: 'Inventory 60% done.',
        },
      })
    ).updateComplianceReport.report;
    const done = (
      await doi.execute(UpdateComplianceReportDocument, {
        input: {
          reportId: first.id,
          expectedVersion: progress.version,
          status: 'COMPLETE',
          evidence: 'Inventory submitted.',
        },
      })
    ).updateComplianceReport.report;
    expect(done.status).toBe('COMPLETE');
    expect(
      (
        await expectError(
          doi.execute(UpdateComplianceReportDocument, {
            input: { reportId: first.id, expectedVersion: progress.version, status: 'COMPLETE' },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    const edReport = (await ed.execute(ComplianceReportsDocument, { first: 10 })).complianceReports.nodes[0];
    expect(
      (
        await expectError(
          doi.execute(UpdateComplianceReportDocument, {
            input: { reportId: edReport.id, expectedVersion: edReport.version, status: 'COMPLETE' },
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await doi.execute(NodeDocument, { id: edReport.id })).node).toBeNull();
    // Analysts see every report but do not report for agencies.
    await expectForbidden(
      cisa.execute(UpdateComplianceReportDocument, {
        input: { reportId: edReport.id, expectedVersion: edReport.version, status: 'COMPLETE' },
      }),
      'REPORTING_AGENCY',
    );
  });

  it('compliance per action, with overdue computed from a moved clock', async () => {
    const compliance = async () =>
      (await cisa.execute(DirectiveComplianceDocument, { directiveId: bodId })).directiveCompliance;
    expect((await compliance()).map((a) => [a.complete, a.inProgress, a.notStarted, a.overdue])).toEqual([
      [1, 0, 2, 0],
      [0, 0, 3, 0],
    ]);
    server.concord.clock.set(at(15));
    const late = await compliance();
    expect(late[0]).toMatchObject({ complete: 1, notStarted: 2, overdue: 2 });
    expect(late[0].overdueAgencies.map((a) => a.acronym).sort()).toEqual(['ED', 'SBA']);
    expect(late[1].overdue).toBe(0);
    expect(
      (
        await ed.execute(ComplianceReportsDocument, { first: 10, filter: { overdue: true } })
      ).complianceReports.nodes.map((r) => r.requiredAction?.title),
    ).toEqual([ACTIONS[0].title]);
  });

  it('is superseded only by a directive of the same issuer, and revoking closes open reports', async () => {
    const foreign = await expectError(
      omb.execute(DraftDirectiveDocument, {
        input: {
          code: 'M-26-11',
          kind: 'OMB_MEMORANDUM',
          title: 'Not CISA',
          summary: 'OMB cannot supersede a CISA directive.',
          requiredActions: ACTIONS,
          supersedesId: bodId,
        },
      }),
    );
    expect(foreign.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { supersedesId: 'another issuer' },
    });
    const next = (
      await cisa.execute(DraftDirectiveDocument, {
        input: {
          code: 'BOD 26-05',
          kind: 'BINDING_OPERATIONAL_DIRECTIVE',
          title: 'Securing AI-enabled assets, revised',
          summary: 'Replaces BOD 26-04 with a tighter patch window.',
          requiredActions: [ACTIONS[1]],
          supersedesId: bodId,
        },
      })
    ).draftDirective.directive;
    await cisa.execute(IssueDirectiveDocument, { input: { directiveId: next.id } });
    expect(
      (await cast.public.execute(DirectivesDocument, { first: 10 })).directives.nodes.map((d) => [d.code, d.status]),
    ).toEqual([
      ['BOD 26-05', 'ISSUED'],
      ['BOD 26-04', 'SUPERSEDED'],
    ]);
    expect(
      (
        await expectError(
          cisa.execute(DraftDirectiveDocument, {
            input: {
              code: 'BOD 26-05',
              kind: 'BINDING_OPERATIONAL_DIRECTIVE',
              title: 'Duplicate code',
              summary: 'Same code again.',
              requiredActions: ACTIONS,
            },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    await cisa.execute(RevokeDirectiveDocument, { input: { directiveId: next.id } });
    const closed = (await ed.execute(ComplianceReportsDocument, { first: 10, filter: { directiveId: next.id } }))
      .complianceReports.nodes;
    expect(closed.every((r) => r.closedAt !== null && r.overdue === false)).toBe(true);
    expect(
      (
        await expectError(
          ed.execute(UpdateComplianceReportDocument, {
            input: { reportId: closed[0].id, expectedVersion: closed[0].version, status: 'COMPLETE' },
          }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect((await expectError(cisa.execute(RevokeDirectiveDocument, { input: { directiveId: next.id } }))).code).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe("the order's milestones and the overview", () => {
  beforeAll(async () => {
    server.concord.clock.set(T0);
    const db = server.concord.db;
    const signing = new Date(T0.getTime() - 40 * DAY);
    await db.query(
      `INSERT INTO milestone (section, title, responsible_agency_id, due_at, completed_at) VALUES
        ('Sec. 5(a)', 'Stand up the AI cybersecurity clearinghouse', $1, $3::timestamptz + interval '30 days', $3::timestamptz + interval '25 days'),
        ('Sec. 6(b)', 'Issue binding operational directives', $1, $3::timestamptz + interval '30 days', NULL),
        ('Sec. 3(c)', 'Covered-model benchmarking process', $2, $3::timestamptz + interval '50 days', NULL),
        ('Sec. 4(a)', 'Voluntary pre-release review framework', $2, $3::timestamptz + interval '60 days', NULL)`,
      [fromGlobalId(agencies.CISA)!.id, fromGlobalId(agencies.NSA)!.id, signing],
    );
  });

  it('lists milestones by computed status and agency, and lets the responsible agency complete one', async () => {
    const byStatus = async (statuses: Array<'OVERDUE' | 'DUE_SOON' | 'COMPLETE' | 'UPCOMING'>) =>
      (await cast.public.execute(MilestonesDocument, { first: 10, filter: { statuses } })).milestones.nodes.map(
        (m) => m.section,
      );
    expect(await byStatus(['OVERDUE'])).toEqual(['Sec. 6(b)']);
    expect(await byStatus(['DUE_SOON'])).toEqual(['Sec. 3(c)']);
    expect(await byStatus(['UPCOMING'])).toEqual(['Sec. 4(a)']);
    expect(await byStatus(['COMPLETE'])).toEqual(['Sec. 5(a)']);
    const nsaMilestones = (await cisa.execute(MilestonesDocument, { first: 10, filter: { agencyId: agencies.NSA } }))
      .milestones.nodes;
    expect(nsaMilestones.map((m) => m.section)).toEqual(['Sec. 3(c)', 'Sec. 4(a)']);
    await expectForbidden(
      cisa.execute(CompleteMilestoneDocument, { input: { milestoneId: nsaMilestones[0].id } }),
      'RESPONSIBLE_AGENCY',
    );
    expect(
      (await nsa.execute(CompleteMilestoneDocument, { input: { milestoneId: nsaMilestones[1].id } })).completeMilestone
        .milestone.status,
    ).toBe('COMPLETE');
  });

  it('gives each viewer the numbers of what it may see, matching the hand count', async () => {
    // The fixture: two models, one under a confidential assessment; two entries; one advisory to one recipient.
    const devOrg = (await cast.developer()).id;
    const dev = (await cast.user(devOrg, ['MEMBER'])).client;
    const other = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
    const m1 = (await dev.execute(RegisterFrontierModelDocument, { input: { name: 'One', modelVersion: '1' } }))
      .registerFrontierModel.model.id;
    await dev.execute(RegisterFrontierModelDocument, { input: { name: 'Two', modelVersion: '1' } });
    await nsa.execute(OpenDesignationDocument, { input: { modelId: m1, basis: 'BENCHMARK_SCREENING' } });
    await dev.execute(ReportClearinghouseEntryDocument, {
      input: {
        title: 'Critical amber flaw',
        summary: 'A critical flaw, amber.',
        marking: 'AMBER',
        cvss: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        affected: [{ vendor: 'V', product: 'P', versionRange: '1' }],
      },
    });
    const e2 = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: {
          title: 'Low green flaw',
          summary: 'A low flaw, green.',
          marking: 'GREEN',
          severity: 'LOW',
          affected: [{ vendor: 'V', product: 'Q', versionRange: '1' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    await cisa.execute(TriageClearinghouseEntryDocument, { input: { id: e2.id } });
    await cisa.execute(ValidateClearinghouseEntryDocument, { input: { id: e2.id } });
    const hospital = await cast.recipient();
    const adv = (
      await cisa.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Low flaw advisory',
          summary: 'Please acknowledge this one.',
          entryIds: [e2.id],
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience: { recipientIds: [hospital.id] },
          acknowledgeWithinHours: 24,
        },
      })
    ).draftAdvisory.advisory;
    await cisa.execute(PublishAdvisoryDocument, { input: { advisoryId: adv.id } });

    const gov = (await cisa.execute(OverviewDocument)).overview;
    expect(gov.modelsByCoverage).toEqual([
      { key: 'UNDER_ASSESSMENT', count: 1 },
      { key: 'UNDETERMINED', count: 1 },
    ]);
    expect(gov.entriesByStatus).toEqual([
      { key: 'REPORTED', count: 1 },
      { key: 'VALIDATED', count: 1 },
    ]);
    expect(gov.entriesBySeverity).toEqual([
      { key: 'CRITICAL', count: 1 },
      { key: 'LOW', count: 1 },
    ]);
    expect(gov.advisoriesAwaitingAcknowledgement).toBe(1);
    expect(gov.patchCoverage).toEqual({ targeted: 1, acknowledged: 0, patched: 0, notAffected: 0, overdue: 0 });
    expect(gov.directivesWithOverdueAgencies).toEqual([]);
    expect(gov.milestonesDueOrOverdue.nodes.map((m) => [m.title, m.status])).toEqual([
      ['Issue binding operational directives', 'OVERDUE'],
      ['Covered-model benchmarking process', 'DUE_SOON'],
    ]);

    // The developer does not know of the confidential screening, sees its own two entries, and no deliveries.
    const mine = (await dev.execute(OverviewDocument)).overview;
    expect(mine.modelsByCoverage).toEqual([{ key: 'UNDETERMINED', count: 2 }]);
    expect(mine.entriesByStatus).toEqual([
      { key: 'REPORTED', count: 1 },
      { key: 'VALIDATED', count: 1 },
    ]);
    expect(mine.advisoriesAwaitingAcknowledgement).toBe(0);
    expect(mine.patchCoverage.targeted).toBe(0);
    // Another developer sees only the published GREEN entry.
    const theirs = (await other.execute(OverviewDocument)).overview;
    expect(theirs.modelsByCoverage).toEqual([]);
    expect(theirs.entriesBySeverity).toEqual([{ key: 'LOW', count: 1 }]);

    // Past the 24-hour acknowledgement window, the overview's overdue count moves with the clock.
    server.concord.clock.set(new Date(T0.getTime() + 2 * DAY));
    expect((await cisa.execute(OverviewDocument)).overview.patchCoverage.overdue).toBe(1);
  });
});
