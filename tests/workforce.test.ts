// The order's cyber hiring surge, through the SDK: OMB launches an initiative and sets targets, agencies record
// positions and move them through every stage with dates while the demo clock walks, an agency late on its plan
// shows up after day 30, and the measures equal hand counts. Then who sees what (HTTP and graphql-ws), and bad input.
import { describe } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  HiringInitiativesDocument,
  LaunchHiringInitiativeDocument,
  MilestonesDocument,
  MovePositionDocument,
  OpmCyberCodesDocument,
  PositionTimelineDocument,
  PositionsDocument,
  RecordPositionDocument,
  ReportApplicantCountsDocument,
  ReportHiringPlanDocument,
  SetHiringTargetDocument,
  WorkRolesDocument,
  WorkforceMeasuresDocument,
  WorkforceOverviewDocument,
  type HiringStage,
  type RecordPositionInput,
  type SystemPriority,
} from '../sdk/generated/graphql';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { expectError, expectForbidden, type Cast } from './support/fixtures';
import { subscribeOnce } from './support/transports';
import { activeSubscriptions } from '../server/core/subscriptions';
import { expect, subscribers, test } from './support/testkit';

const DAY = 86_400_000;
const STAGES: HiringStage[] = [
  'NEED_VALIDATED',
  'JOB_ANALYSIS',
  'ANNOUNCEMENT_OPEN',
  'ANNOUNCEMENT_CLOSED',
  'CERTIFICATE_ISSUED',
  'SELECTION',
  'TENTATIVE_OFFER',
  'SECURITY_AND_SUITABILITY',
  'FIRM_OFFER',
  'ENTERED_ON_DUTY',
];
const ALLOTMENT = [2, 6, 10, 15, 15, 3, 2, 13, 14];

/** PostgreSQL's percentile_cont over a list. */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const at = (s.length - 1) * p;
  const lo = Math.floor(at);
  return s[lo] + (at - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]) - s[lo]);
}

interface Person {
  id: string;
  email: string;
}

/** A world of agencies and users whose clients are signed at the demo clock's now (tokens expire with it). */
async function world(cast: Cast) {
  const agency = async (acronym: string, capabilities: NonNullable<Parameters<Cast['agency']>[0]>['capabilities']) =>
    (await cast.agency({ acronym, capabilities })).id;
  const ids = {
    OMB: await agency('OMB', ['DIRECTIVE_ISSUER', 'WORKFORCE_AUTHORITY']),
    CISA: await agency('CISA', ['CLEARINGHOUSE_OPERATOR']),
    NSA: await agency('NSA', ['DESIGNATION_AUTHORITY']),
    DOI: await agency('DOI', ['FEDERAL_CIVILIAN']),
    ED: await agency('ED', ['FEDERAL_CIVILIAN']),
    SBA: await agency('SBA', ['FEDERAL_CIVILIAN']),
  };
  const developer = (await cast.developer()).id;
  const hospital = (await cast.recipient()).id;
  const people: Record<string, Person> = {
    omb: await cast.user(ids.OMB, ['ANALYST']),
    cisa: await cast.user(ids.CISA, ['ANALYST']),
    nsa: await cast.user(ids.NSA, ['ANALYST']),
    nsaMember: await cast.user(ids.NSA, ['MEMBER']),
    doi: await cast.user(ids.DOI, ['ORG_ADMIN', 'MEMBER']),
    ed: await cast.user(ids.ED, ['MEMBER']),
    sba: await cast.user(ids.SBA, ['MEMBER']),
    developer: await cast.user(developer, ['MEMBER']),
    hospital: await cast.user(hospital, ['MEMBER']),
  };
  const as = async (who: keyof typeof people | 'public'): Promise<ConcordClient> =>
    who === 'public' ? cast.public : cast.clientFor(fromGlobalId(people[who].id)!.id, people[who].email);
  const token = (who: keyof typeof people) =>
    cast.server.concord.auth.sign(fromGlobalId(people[who].id)!.id, people[who].email, cast.server.concord.clock.now());
  return { ids, people, as, token };
}

const position = (initiativeId: string, over: Partial<RecordPositionInput> = {}): RecordPositionInput => ({
  initiativeId,
  title: 'IT Specialist (INFOSEC)',
  payPlan: 'GS',
  series: '2210',
  grade: 12,
  opmCodes: ['511'],
  locationState: 'CO',
  locationCity: 'Denver',
  clearance: 'PUBLIC_TRUST',
  systemPriority: 'FEDERAL_CIVILIAN_SYSTEMS',
  hiringAuthority: 'DIRECT_HIRE',
  needValidatedAt: new Date(Date.now() - DAY).toISOString(),
  ...over,
});

test('the surge, start to finish: initiative, targets, late plans, every stage with dates, measures equal to hand counts', async ({
  server,
  cast,
}) => {
  const clock = server.concord.clock;
  const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  const at = (d: number) => new Date(T0.getTime() + d * DAY);
  clock.set(T0);
  const w = await world(cast);
  let omb = await w.as('omb');

  // OMB launches the initiative: day 30 and day 60 join the order's milestones.
  const launched = (
    await omb.execute(LaunchHiringInitiativeDocument, {
      input: {
        name: `Cyber surge ${T0.getTime()}`,
        legalBasis: 'E.O. 14409 sec. 9; 5 U.S.C. 3304',
        startsAt: T0.toISOString(),
        allowedAuthorities: ['DIRECT_HIRE', 'COMPETITIVE_EXAMINING', 'CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM'],
      },
    })
  ).launchHiringInitiative.initiative;
  expect(launched.planDueAt).toBe(at(30).toISOString());
  expect(launched.progressDueAt).toBe(at(60).toISOString());
  const milestones = await cast.public.execute(MilestonesDocument, { first: 100 });
  const ids = milestones.milestones.nodes.map((n) => n.id);
  expect(ids).toContain(launched.planMilestone!.id);
  expect(ids).toContain(launched.progressMilestone!.id);
  const ini = launched.id;

  const roles = await cast.public.execute(WorkRolesDocument, { first: 100 });
  const defensive = roles.workRoles.nodes.find((r) => r.code === 'PD-WRL-001')!;
  for (const [agency, n] of [
    [w.ids.DOI, 3],
    [w.ids.ED, 2],
    [w.ids.NSA, 2],
  ] as const) {
    await omb.execute(SetHiringTargetDocument, {
      input: { initiativeId: ini, agencyId: agency, positions: n, dueAt: at(365).toISOString() },
    });
  }
  const roleTarget = await omb.execute(SetHiringTargetDocument, {
    input: {
      initiativeId: ini,
      agencyId: w.ids.DOI,
      workRoleId: defensive.id,
      positions: 1,
      dueAt: at(365).toISOString(),
    },
  });
  expect(roleTarget.setHiringTarget.target.workRole?.code).toBe('PD-WRL-001');
  // Setting the same target again changes it, never duplicates it.
  const again = await omb.execute(SetHiringTargetDocument, {
    input: {
      initiativeId: ini,
      agencyId: w.ids.DOI,
      workRoleId: defensive.id,
      positions: 1,
      dueAt: at(300).toISOString(),
    },
  });
  expect(again.setHiringTarget.target.id).toBe(roleTarget.setHiringTarget.target.id);
  expect(again.setHiringTarget.target.version).toBe(2);
  // Only the initiative's authority sets targets: an agency that sees the initiative is told what it lacks.
  await expectForbidden(
    (await w.as('doi')).execute(SetHiringTargetDocument, {
      input: { initiativeId: ini, agencyId: w.ids.DOI, positions: 99, dueAt: at(365).toISOString() },
    }),
    'INITIATIVE_AUTHORITY',
  );

  // Interior and the NSA report their plans in time; Education does not.
  clock.set(at(10));
  await (
    await w.as('doi')
  ).execute(ReportHiringPlanDocument, {
    input: { initiativeId: ini, kind: 'PLAN', summary: 'Three cyber positions under direct-hire authority.' },
  });
  clock.set(at(29));
  await (
    await w.as('nsa')
  ).execute(ReportHiringPlanDocument, {
    input: { initiativeId: ini, kind: 'PLAN', summary: 'Two NSS cyber defense positions.' },
  });
  // An agency without a target does not report.
  await expectForbidden(
    (await w.as('sba')).execute(ReportHiringPlanDocument, {
      input: { initiativeId: ini, kind: 'PLAN', summary: 'We have no target but report anyway.' },
    }),
    'TARGETED_AGENCY',
  );
  const lateNow = async () => {
    omb = await w.as('omb');
    const r = await omb.execute(HiringInitiativesDocument, { first: 10, lateOnly: true });
    const mine = r.hiringInitiatives.nodes.find((n) => n.id === ini)!;
    return mine.agencies.map((a) => [a.agency!.id, a.planLate, a.progressLate]);
  };
  expect(await lateNow()).toEqual([]);
  clock.set(at(31));
  expect(await lateNow()).toEqual([[w.ids.ED, true, false]]);
  clock.set(at(61));
  expect((await lateNow()).map(([id, plan, progress]) => [id, plan, progress]).sort()).toEqual(
    [
      [w.ids.DOI, false, true],
      [w.ids.ED, true, true],
      [w.ids.NSA, false, true],
    ].sort(),
  );

  // Positions, each walked through its stages on dates (days after T0); the clock walks ahead of them.
  clock.set(at(200));
  const walks: Array<{
    who: 'doi' | 'ed' | 'nsa';
    days: number[];
    priority: SystemPriority;
    cancelAfter?: number;
    sensitive?: boolean;
    codes?: string[];
  }> = [
    { who: 'doi', days: [2, 4, 10, 20, 35, 50, 53, 55, 68, 82], priority: 'FEDERAL_CIVILIAN_SYSTEMS' },
    { who: 'doi', days: [3, 5, 12, 22, 40, 60, 62, 64, 90, 110], priority: 'OTHER', codes: ['722'] },
    { who: 'doi', days: [5, 6, 8, 18, 30, 44, 46, 48, 60, 70], priority: 'FEDERAL_CIVILIAN_SYSTEMS' },
    { who: 'ed', days: [10, 12, 20, 30, 45, 70, 72, 75, 100, 130], priority: 'OTHER', codes: ['000'] },
    { who: 'ed', days: [15, 16, 20], priority: 'OTHER', cancelAfter: 25 },
    { who: 'ed', days: [100, 101], priority: 'FEDERAL_CIVILIAN_SYSTEMS' },
    { who: 'nsa', days: [1, 2, 5, 15, 25, 30, 31, 33, 45, 60], priority: 'NATIONAL_SECURITY_SYSTEMS', sensitive: true },
  ];
  const recorded: string[] = [];
  for (const walk of walks) {
    const client = await w.as(walk.who);
    let p = (
      await client.execute(RecordPositionDocument, {
        input: position(ini, {
          needValidatedAt: at(walk.days[0]).toISOString(),
          systemPriority: walk.priority,
          sensitive: walk.sensitive,
          opmCodes: walk.codes ?? ['511'],
          clearance: walk.sensitive ? 'TOP_SECRET_SCI' : 'PUBLIC_TRUST',
        }),
      })
    ).recordPosition.position;
    for (let s = 1; s < walk.days.length; s++) {
      p = (
        await client.execute(MovePositionDocument, {
          input: {
            positionId: p.id,
            expectedVersion: p.version,
            stage: STAGES[s],
            date: at(walk.days[s]).toISOString(),
            usajobsControlNumber: STAGES[s] === 'ANNOUNCEMENT_OPEN' ? '812345600' : undefined,
          },
        })
      ).movePosition.position;
    }
    if (walk.cancelAfter)
      p = (
        await client.execute(MovePositionDocument, {
          input: { positionId: p.id, stage: 'CANCELLED', date: at(walk.cancelAfter).toISOString() },
        })
      ).movePosition.position;
    recorded.push(p.id);
  }

  // A filled position: its time to hire, its stages with dates and days, and its timeline.
  const doi = await w.as('doi');
  const first = await doi.execute(PositionTimelineDocument, { id: recorded[0] });
  if (!first.node || !('stage' in first.node)) throw new Error('expected the position');
  expect(first.node.stage).toBe('ENTERED_ON_DUTY');
  expect(first.node.timeToHireDays).toBe(80);
  expect(first.node.usajobsControlNumber).toBe('812345600');
  expect(first.node.stages.map((s) => s.days)).toEqual([2, 6, 10, 15, 15, 3, 2, 13, 14, null]);
  expect(first.node.events.nodes.map((e) => e.toStatus)).toEqual(STAGES);
  expect(first.node.events.nodes[3].note).toContain(at(20).toISOString().slice(0, 10));
  // Education's "000" GS-2210 is flagged; its open position at JOB_ANALYSIS since day 101 is overdue at day 200.
  const edPositions = await (await w.as('ed')).execute(PositionsDocument, { first: 10, filter: { initiativeId: ini } });
  expect(edPositions.positions.nodes.filter((p) => p.likelyCodingError)).toHaveLength(1);
  expect(edPositions.positions.nodes.filter((p) => p.overdue).map((p) => p.id)).toEqual([recorded[5]]);

  // The measures, by hand.
  const filled = walks.filter((x) => x.days.length === 10);
  const tth = (xs: typeof walks) => xs.filter((x) => x.days.length === 10).map((x) => x.days[9] - x.days[0]);
  omb = await w.as('omb');
  const total = (await omb.execute(WorkforceMeasuresDocument, { groupBy: 'TOTAL', filter: { initiativeId: ini } }))
    .workforceMeasures;
  expect(total).toHaveLength(1);
  expect(total[0]).toMatchObject({
    key: 'TOTAL',
    positions: 6,
    open: 1,
    filled: 5,
    cancelled: 1,
    target: 7,
    overdue: 1,
    likelyCodingErrors: 1,
    medianDaysToHire: percentile(tth(walks), 0.5),
    p90DaysToHire: percentile(tth(walks), 0.9),
    withinModel: tth(walks).filter((d) => d <= 80).length,
  });
  expect(total[0].medianDaysToHire).toBe(80);
  expect(total[0].p90DaysToHire).toBeCloseTo(114.8, 9);
  expect(total[0].shareWithinModel).toBeCloseTo(3 / 5, 9);
  // Stage medians over every position that moved past the stage (the cancelled one included).
  total[0].stages.forEach((s, i) => {
    const spent = walks.filter((x) => x.days.length > i + 1).map((x) => x.days[i + 1] - x.days[i]);
    expect(s).toMatchObject({ stage: STAGES[i], allotmentDays: ALLOTMENT[i], positions: spent.length });
    expect(s.medianDays).toBe(percentile(spent, 0.5));
  });
  expect(total[0].slowestStage).toBe('FIRM_OFFER');

  const byAgency = (await omb.execute(WorkforceMeasuresDocument, { groupBy: 'AGENCY', filter: { initiativeId: ini } }))
    .workforceMeasures;
  const row = (id: string) => byAgency.find((m) => m.agency?.id === id)!;
  expect(byAgency).toHaveLength(3);
  expect(row(w.ids.DOI)).toMatchObject({ positions: 3, filled: 3, target: 3, filledShareOfTarget: 1 });
  expect(row(w.ids.DOI).medianDaysToHire).toBe(percentile(tth(walks.slice(0, 3)), 0.5));
  expect(row(w.ids.ED)).toMatchObject({ positions: 2, filled: 1, cancelled: 1, target: 2, overdue: 1 });
  expect(row(w.ids.NSA)).toMatchObject({ positions: 1, filled: 1, target: 2, medianDaysToHire: 59 });
  const byRole = (await omb.execute(WorkforceMeasuresDocument, { groupBy: 'WORK_ROLE', filter: { initiativeId: ini } }))
    .workforceMeasures;
  expect(byRole.find((m) => m.workRole?.code === 'PD-WRL-001')).toMatchObject({ positions: 4, filled: 3, target: 1 });
  expect(byRole.find((m) => m.key === 'NONE')).toMatchObject({ positions: 1, filled: 1, likelyCodingErrors: 1 });

  // NSS and federal civilian first: their medians against the others'.
  const byPriority = (
    await omb.execute(WorkforceMeasuresDocument, { groupBy: 'SYSTEM_PRIORITY', filter: { initiativeId: ini } })
  ).workforceMeasures;
  const median = (p: SystemPriority) => percentile(tth(filled.filter((x) => x.priority === p)), 0.5);
  for (const p of ['NATIONAL_SECURITY_SYSTEMS', 'FEDERAL_CIVILIAN_SYSTEMS', 'OTHER'] as const)
    expect(byPriority.find((m) => m.systemPriority === p)?.medianDaysToHire).toBe(median(p));
  expect(median('NATIONAL_SECURITY_SYSTEMS')! <= median('OTHER')!).toBe(true);
  expect(median('FEDERAL_CIVILIAN_SYSTEMS')! <= median('OTHER')!).toBe(true);
  const overview = (await omb.execute(WorkforceOverviewDocument)).overview.workforce;
  expect(overview.lateReports).toBeGreaterThanOrEqual(4);
  expect(overview.total?.positions).toBeGreaterThanOrEqual(6);
});

describe('who sees what', () => {
  test('every viewer kind, over HTTP and graphql-ws, lists, counts, nodes and errors', async ({ server, cast }) => {
    server.concord.clock.set(new Date());
    const w = await world(cast);
    const omb = await w.as('omb');
    const ini = (
      await omb.execute(LaunchHiringInitiativeDocument, {
        input: {
          name: `Visibility ${Date.now()}`,
          legalBasis: 'E.O. 14409 sec. 9',
          startsAt: new Date(Date.now() - 40 * DAY).toISOString(),
          allowedAuthorities: ['DIRECT_HIRE'],
        },
      })
    ).launchHiringInitiative.initiative.id;
    for (const a of [w.ids.DOI, w.ids.NSA])
      await omb.execute(SetHiringTargetDocument, {
        input: { initiativeId: ini, agencyId: a, positions: 5, dueAt: new Date(Date.now() + 100 * DAY).toISOString() },
      });
    const doiPos = (await (await w.as('doi')).execute(RecordPositionDocument, { input: position(ini) })).recordPosition
      .position.id;
    const nssPos = (
      await (
        await w.as('nsa')
      ).execute(RecordPositionDocument, {
        input: position(ini, {
          systemPriority: 'NATIONAL_SECURITY_SYSTEMS',
          sensitive: true,
          clearance: 'TOP_SECRET_SCI',
        }),
      })
    ).recordPosition.position.id;
    // A plain member records no sensitive position (it could not see it afterwards).
    await expectForbidden(
      (await w.as('nsaMember')).execute(RecordPositionDocument, {
        input: position(ini, { systemPriority: 'NATIONAL_SECURITY_SYSTEMS', sensitive: true }),
      }),
      'ORG_ADMIN',
    );

    const scope = { initiativeId: ini };
    const expected: Record<string, { positions: string[]; agencies: number; initiatives: boolean; counted: number }> = {
      public: { positions: [], agencies: 0, initiatives: false, counted: 0 },
      developer: { positions: [], agencies: 0, initiatives: false, counted: 0 },
      hospital: { positions: [], agencies: 0, initiatives: false, counted: 0 },
      cisa: { positions: [], agencies: 2, initiatives: true, counted: 2 },
      omb: { positions: [doiPos, nssPos], agencies: 2, initiatives: true, counted: 2 },
      doi: { positions: [doiPos], agencies: 1, initiatives: true, counted: 1 },
      ed: { positions: [], agencies: 0, initiatives: true, counted: 0 },
      nsa: { positions: [nssPos], agencies: 2, initiatives: true, counted: 2 },
      nsaMember: { positions: [], agencies: 1, initiatives: true, counted: 1 },
    };
    for (const [who, want] of Object.entries(expected)) {
      const client = await w.as(who as never);
      const list = await client.execute(PositionsDocument, { first: 50, filter: scope });
      expect([who, list.positions.nodes.map((n) => n.id).sort(), list.positions.totalCount]).toEqual([
        who,
        [...want.positions].sort(),
        want.positions.length,
      ]);
      const measures = (await client.execute(WorkforceMeasuresDocument, { groupBy: 'AGENCY', filter: scope }))
        .workforceMeasures;
      expect([who, measures.length, measures.reduce((n, m) => n + m.positions, 0)]).toEqual([
        who,
        want.agencies,
        want.counted,
      ]);
      const inis = await client.execute(HiringInitiativesDocument, { first: 20 });
      expect([who, inis.hiringInitiatives.nodes.some((n) => n.id === ini)]).toEqual([who, want.initiatives]);
      // A position one may not see is exactly a random id: null from node, NOT_FOUND from a change.
      for (const id of [doiPos, nssPos]) {
        const node = await client.execute(PositionTimelineDocument, { id });
        expect([who, Boolean(node.node)]).toEqual([who, want.positions.includes(id)]);
      }
      if (who === 'public') continue;
      for (const id of [doiPos, nssPos, toGlobalId('Position', '00000000-0000-4000-8000-000000000000')]) {
        const err = await expectError(
          client.execute(MovePositionDocument, {
            input: { positionId: id, stage: 'JOB_ANALYSIS', date: new Date().toISOString() },
          }),
        );
        const owns = (who === 'doi' && id === doiPos) || (who === 'nsa' && id === nssPos);
        if (owns) continue;
        const sees = want.positions.includes(id);
        expect([who, id, err.code, sees ? err.errors[0].extensions?.required : err.errors[0].message]).toEqual([
          who,
          id,
          sees ? 'FORBIDDEN' : 'NOT_FOUND',
          sees ? 'POSITION_AGENCY' : 'No object with that id exists, or you may not see it.',
        ]);
      }
    }
    // The reference data is public.
    const codes = await cast.public.execute(OpmCyberCodesDocument, { first: 100 });
    expect(codes.opmCyberCodes.totalCount).toBe(53);
    expect(codes.opmCyberCodes.nodes.filter((c) => !c.workRole).map((c) => c.code)).toContain('000');
    const pd = await cast.public.execute(WorkRolesDocument, {
      first: 100,
      filter: { categories: ['PROTECTION_AND_DEFENSE'] },
    });
    expect(pd.workRoles.totalCount).toBe(7);

    // Over graphql-ws: a position's changes reach only those who may see it. The NSS position moves first, then
    // Interior's; each subscriber reports the first event it receives (or none).
    const before = activeSubscriptions();
    const listeners = ['developer', 'hospital', 'cisa', 'omb', 'doi', 'ed', 'nsa', 'nsaMember'] as const;
    const outcomes = listeners.map(async (who) =>
      subscribeOnce(
        server.url,
        { query: 'subscription { positionChanged { id stage } }' },
        { token: await w.token(who), timeoutMs: 4000 },
      ),
    );
    await subscribers(before, listeners.length);
    const today = server.concord.clock.now().toISOString();
    await (
      await w.as('nsa')
    ).execute(MovePositionDocument, { input: { positionId: nssPos, stage: 'JOB_ANALYSIS', date: today } });
    await (
      await w.as('doi')
    ).execute(MovePositionDocument, { input: { positionId: doiPos, stage: 'JOB_ANALYSIS', date: today } });
    const firsts = await Promise.all(outcomes);
    const received = Object.fromEntries(
      listeners.map((who, i) => [
        who,
        (firsts[i].payload as { data?: { positionChanged: { id: string } } })?.data?.positionChanged.id ?? null,
      ]),
    );
    expect(received).toEqual({
      developer: null,
      hospital: null,
      cisa: null,
      omb: nssPos,
      doi: doiPos,
      ed: null,
      nsa: nssPos,
      nsaMember: null,
    });
  });
});

describe('bad input changes nothing', () => {
  test('grades, dates, codes, counts and skipped stages are refused naming the field', async ({ server, cast }) => {
    server.concord.clock.set(new Date());
    const w = await world(cast);
    const omb = await w.as('omb');
    const ini = (
      await omb.execute(LaunchHiringInitiativeDocument, {
        input: {
          name: `Bad input ${Date.now()}`,
          legalBasis: 'E.O. 14409 sec. 9',
          startsAt: new Date(Date.now() - 10 * DAY).toISOString(),
          allowedAuthorities: ['DIRECT_HIRE'],
        },
      })
    ).launchHiringInitiative.initiative.id;
    const doi = await w.as('doi');
    const count = async () =>
      (await omb.execute(PositionsDocument, { first: 1, filter: { initiativeId: ini } })).positions.totalCount;
    const refused = async (input: RecordPositionInput, field: string) => {
      const err = await expectError(doi.execute(RecordPositionDocument, { input }));
      expect([err.code, Object.keys(err.errors[0].extensions?.fields ?? {})]).toEqual(['BAD_USER_INPUT', [field]]);
    };
    await refused(position(ini, { grade: 16 }), 'grade');
    await refused(position(ini, { grade: 0 }), 'grade');
    await refused(position(ini, { series: '22100' }), 'series');
    await refused(position(ini, { opmCodes: ['999'] }), 'opmCodes[0]');
    await refused(position(ini, { opmCodes: ['511', '999'] }), 'opmCodes[1]');
    await refused(position(ini, { opmCodes: ['511', '541', '722', '461'] }), 'opmCodes');
    await refused(position(ini, { needValidatedAt: new Date(Date.now() + DAY).toISOString() }), 'needValidatedAt');
    await refused(position(ini, { hiringAuthority: 'PATHWAYS' }), 'hiringAuthority');
    await refused(position(ini, { sensitive: true }), 'sensitive');
    expect(await count()).toBe(0);

    const p = (
      await doi.execute(RecordPositionDocument, {
        input: position(ini, { needValidatedAt: new Date(Date.now() - 5 * DAY).toISOString() }),
      })
    ).recordPosition.position;
    const move = (stage: HiringStage, date: Date) =>
      doi.execute(MovePositionDocument, { input: { positionId: p.id, stage, date: date.toISOString() } });
    const skipped = await expectError(move('ANNOUNCEMENT_OPEN', new Date()));
    expect(skipped.code).toBe('INVALID_TRANSITION');
    const before = await expectError(move('JOB_ANALYSIS', new Date(Date.now() - 6 * DAY)));
    expect([before.code, Object.keys(before.errors[0].extensions?.fields ?? {})]).toEqual(['BAD_USER_INPUT', ['date']]);
    const future = await expectError(move('JOB_ANALYSIS', new Date(Date.now() + DAY)));
    expect([future.code, Object.keys(future.errors[0].extensions?.fields ?? {})]).toEqual(['BAD_USER_INPUT', ['date']]);

    const counts = { applicants: 50, qualified: 30, referred: 10, interviewed: 5, selected: 1, declined: 0 };
    const reported = (await doi.execute(ReportApplicantCountsDocument, { input: { positionId: p.id, ...counts } }))
      .reportApplicantCounts.position;
    const refusedCounts = async (over: Partial<typeof counts>, fields: string[]) => {
      const err = await expectError(
        doi.execute(ReportApplicantCountsDocument, { input: { positionId: p.id, ...counts, ...over } }),
      );
      expect([err.code, Object.keys(err.errors[0].extensions?.fields ?? {}).sort()]).toEqual([
        'BAD_USER_INPUT',
        fields,
      ]);
    };
    await refusedCounts({ applicants: -1 }, ['applicants']);
    await refusedCounts({ applicants: 40 }, ['applicants']);
    await refusedCounts({ qualified: 60, applicants: 55 }, ['qualified']);
    await refusedCounts({ declined: 2 }, ['declined']);

    // Nothing was written by any refusal.
    const after = await doi.execute(PositionTimelineDocument, { id: p.id });
    if (!after.node || !('stage' in after.node)) throw new Error('expected the position');
    expect(after.node).toMatchObject({ stage: 'NEED_VALIDATED', version: reported.version, ...counts });
    expect(after.node.events.nodes).toHaveLength(1);
    expect(await count()).toBe(1);
  });
});
