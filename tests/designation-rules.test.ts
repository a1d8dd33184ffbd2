// Every illegal move, role boundary and date rule of designations and review windows.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeSubscriptions } from '../server/core/subscriptions';
import { subscribers } from './support/testkit';
import { createSubscriptionClient, type ConcordClient } from '../sdk/index';
import {
  AcceptReviewFindingRiskDocument,
  AcknowledgeReviewFindingDocument,
  AgreeReviewWindowDocument,
  CancelReviewWindowDocument,
  DecideDesignationDocument,
  DesignationsDocument,
  DesignationUpdatedDocument,
  FileReviewFindingDocument,
  GrantReviewAccessDocument,
  MarkReviewFindingMitigatedDocument,
  NodeDocument,
  NotifyDeveloperDocument,
  OpenDesignationDocument,
  ProposeDesignationDocument,
  ProposeReviewWindowDocument,
  RecordBenchmarkResultDocument,
  RecordModelReleaseDocument,
  RegisterFrontierModelDocument,
  RequestDesignationDocument,
  RequestReassessmentDocument,
  RespondToDesignationDocument,
  ReviewWindowsDocument,
  WithdrawDesignationDocument,
} from '../sdk/generated/graphql';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, unique, type Cast } from './support/fixtures';

const DAY = 86_400_000;
let server: TestServer;
let cast: Cast;
let nsa: ConcordClient, cisa: ConcordClient, dev: ConcordClient, otherDev: ConcordClient, hospital: ConcordClient;
let nsaId: string, cisaId: string;
let nsaToken: string, devToken: string, otherDevToken: string;

const now = () => server.concord.clock.now();
const inDays = (d: number) => new Date(now().getTime() + d * DAY).toISOString();
const terms = { confidentiality: 'c', intellectualProperty: 'ip', insiderRisk: 'ir' };

async function newModel(client = dev, releaseInDays = 40) {
  return (
    await client.execute(RegisterFrontierModelDocument, {
      input: { name: unique('Model'), modelVersion: '1.0', plannedReleaseAt: inDays(releaseInDays) },
    })
  ).registerFrontierModel.model.id;
}

async function proposedCase(outcome: 'COVERED' | 'NOT_COVERED' = 'COVERED', notify = true) {
  const modelId = await newModel();
  const id = (await dev.execute(RequestDesignationDocument, { input: { modelId } })).requestDesignation.designation.id;
  await nsa.execute(RecordBenchmarkResultDocument, {
    input: { designationId: id, suite: 's', suiteVersion: '1', score: 1, threshold: 0.5 },
  });
  await nsa.execute(ProposeDesignationDocument, { input: { designationId: id, outcome } });
  if (notify) await nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } });
  return { modelId, id };
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  server.concord.clock.set(new Date());
  nsaId = (await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] })).id;
  cisaId = (await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id;
  const nsaUser = await cast.user(nsaId, ['ANALYST']);
  nsa = nsaUser.client;
  cisa = (await cast.user(cisaId, ['ANALYST'])).client;
  const d1 = await cast.user((await cast.developer()).id, ['MEMBER']);
  const d2 = await cast.user((await cast.developer()).id, ['MEMBER']);
  dev = d1.client;
  otherDev = d2.client;
  hospital = (await cast.user((await cast.recipient()).id, ['MEMBER'])).client;
  nsaToken = await server.concord.auth.sign(fromGlobalId(nsaUser.id)!.id, nsaUser.email);
  devToken = await server.concord.auth.sign(fromGlobalId(d1.id)!.id, d1.email);
  otherDevToken = await server.concord.auth.sign(fromGlobalId(d2.id)!.id, d2.email);
});
afterAll(async () => server?.stop());

describe('illegal moves are INVALID_TRANSITION with from and action', () => {
  it('on designation cases', async () => {
    const modelId = await newModel();
    const id = (await dev.execute(RequestDesignationDocument, { input: { modelId } })).requestDesignation.designation
      .id;
    const cases: Array<[() => Promise<unknown>, string, string]> = [
      [
        () => nsa.execute(ProposeDesignationDocument, { input: { designationId: id, outcome: 'COVERED' } }),
        'OPEN',
        'proposeCovered',
      ],
      [
        () =>
          nsa.execute(DecideDesignationDocument, { input: { designationId: id, decision: 'COVERED', rationale: 'x' } }),
        'OPEN',
        'decideCovered',
      ],
      [
        () =>
          dev.execute(RespondToDesignationDocument, {
            input: { designationId: id, position: 'AGREE', arguments: 'x' },
          }),
        'OPEN',
        'respond',
      ],
    ];
    for (const [run, from, action] of cases) {
      const e = await expectError(run());
      expect(e.code, action).toBe('INVALID_TRANSITION');
      expect(e.errors[0].extensions).toMatchObject({ from, action });
    }
    await nsa.execute(RecordBenchmarkResultDocument, {
      input: { designationId: id, suite: 's', suiteVersion: '1', score: 0.1, threshold: 0.5 },
    });
    await nsa.execute(ProposeDesignationDocument, { input: { designationId: id, outcome: 'NOT_COVERED' } });
    const late = await expectError(
      nsa.execute(RecordBenchmarkResultDocument, {
        input: { designationId: id, suite: 's', suiteVersion: '2', score: 0.1, threshold: 0.5 },
      }),
    );
    expect(late.errors[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'PROPOSED_NOT_COVERED',
      action: 'recordBenchmarkResult',
    });
    // Not notified: the window never opened, so a decision may come at once (a confidential assessment).
    await nsa.execute(DecideDesignationDocument, {
      input: { designationId: id, decision: 'NOT_COVERED', rationale: 'Below threshold.' },
    });
    const withdrawn = await expectError(nsa.execute(WithdrawDesignationDocument, { input: { designationId: id } }));
    expect(withdrawn.errors[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'NOT_COVERED',
      action: 'withdraw',
    });
    const reassess = await expectError(dev.execute(RequestReassessmentDocument, { input: { modelId, newFacts: 'x' } }));
    expect(reassess.code).toBe('INVALID_TRANSITION');
  });

  it('notifying twice, and a second open case on one model', async () => {
    const { id, modelId } = await proposedCase();
    expect((await expectError(nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } }))).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await expectError(nsa.execute(OpenDesignationDocument, { input: { modelId, basis: 'BENCHMARK_SCREENING' } })))
        .code,
    ).toBe('CONFLICT');
  });

  it('on review windows and findings', async () => {
    const modelId = await newModel();
    const w = (
      await dev.execute(ProposeReviewWindowDocument, {
        input: { modelId, accessStartsAt: inDays(20), reviewingAgencyIds: [nsaId], accessTerms: terms },
      })
    ).proposeReviewWindow.reviewWindow.id;
    expect(
      (await expectError(dev.execute(GrantReviewAccessDocument, { input: { windowId: w } }))).errors[0].extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PROPOSED', action: 'grantAccess' });
    await nsa.execute(AgreeReviewWindowDocument, { input: { windowId: w } });
    expect((await expectError(nsa.execute(AgreeReviewWindowDocument, { input: { windowId: w } }))).code).toBe(
      'INVALID_TRANSITION',
    );
    await dev.execute(GrantReviewAccessDocument, { input: { windowId: w } });
    expect(
      (await expectError(dev.execute(CancelReviewWindowDocument, { input: { windowId: w } }))).errors[0].extensions,
    ).toMatchObject({ from: 'ACCESS_GRANTED', action: 'cancel' });
    const f = (
      await nsa.execute(FileReviewFindingDocument, {
        input: { windowId: w, title: 't', category: 'c', severity: 'LOW', description: 'd' },
      })
    ).fileReviewFinding.finding.id;
    await dev.execute(AcceptReviewFindingRiskDocument, { input: { findingId: f } });
    expect(
      (await expectError(dev.execute(AcknowledgeReviewFindingDocument, { input: { findingId: f } }))).errors[0]
        .extensions,
    ).toMatchObject({ from: 'RISK_ACCEPTED', action: 'acknowledge' });
    expect((await expectError(dev.execute(MarkReviewFindingMitigatedDocument, { input: { findingId: f } }))).code).toBe(
      'INVALID_TRANSITION',
    );
    // A second open window for the same model is a conflict.
    await dev.execute(RecordModelReleaseDocument, { input: { modelId } });
    expect(
      (
        await expectError(
          dev.execute(ProposeReviewWindowDocument, {
            input: { modelId, accessStartsAt: inDays(20), reviewingAgencyIds: [nsaId], accessTerms: terms },
          }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('who may do what: hidden is NOT_FOUND, visible but not allowed is FORBIDDEN naming what is missing', () => {
  it('only the designation authority opens, records, proposes and decides', async () => {
    const modelId = await newModel();
    await expectForbidden(
      dev.execute(OpenDesignationDocument, { input: { modelId, basis: 'AGENCY_INITIATIVE' } }),
      'DESIGNATION_AUTHORITY',
    );
    await expectForbidden(
      cisa.execute(OpenDesignationDocument, { input: { modelId, basis: 'AGENCY_INITIATIVE' } }),
      'DESIGNATION_AUTHORITY',
    );
    const { id } = await proposedCase();
    await dev.execute(RespondToDesignationDocument, {
      input: { designationId: id, position: 'AGREE', arguments: 'Agreed.' },
    });
    // The developer sees its notified case, and CISA sees every case: both are refused, naming the authority.
    await expectForbidden(
      dev.execute(DecideDesignationDocument, {
        input: { designationId: id, decision: 'NOT_COVERED', rationale: 'mine' },
      }),
      'DESIGNATION_AUTHORITY',
    );
    await expectForbidden(
      cisa.execute(DecideDesignationDocument, {
        input: { designationId: id, decision: 'NOT_COVERED', rationale: 'x' },
      }),
      'DESIGNATION_AUTHORITY',
    );
    await expectForbidden(
      dev.execute(RecordBenchmarkResultDocument, {
        input: { designationId: id, suite: 's', suiteVersion: '1', score: 0, threshold: 1 },
      }),
      'DESIGNATION_AUTHORITY',
    );
  });

  it("another developer can neither see nor touch a developer's cases, models or windows, exactly as if missing", async () => {
    const { id, modelId } = await proposedCase();
    const random = toGlobalId('Designation', randomUUID());
    const strip = (e: Awaited<ReturnType<typeof expectError>>) =>
      e.errors.map(({ extensions: { requestId: _r, ...x }, message }) => ({ message, x }));
    const hidden = await expectError(
      otherDev.execute(RespondToDesignationDocument, {
        input: { designationId: id, position: 'AGREE', arguments: 'x' },
      }),
    );
    const missing = await expectError(
      otherDev.execute(RespondToDesignationDocument, {
        input: { designationId: random, position: 'AGREE', arguments: 'x' },
      }),
    );
    expect(hidden.code).toBe('NOT_FOUND');
    expect(strip(hidden)).toEqual(strip(missing));
    expect((await otherDev.execute(NodeDocument, { id })).node).toBeNull();
    expect((await expectError(otherDev.execute(RequestDesignationDocument, { input: { modelId } }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await otherDev.execute(DesignationsDocument, { first: 50 })).designations.totalCount).toBe(0);
    expect((await hospital.execute(DesignationsDocument, { first: 50 })).designations.totalCount).toBe(0);
    expect((await cast.public.execute(ReviewWindowsDocument, { first: 50 })).reviewWindows.totalCount).toBe(0);
  });

  it('a developer does not see a case the government has not told it about', async () => {
    const modelId = await newModel();
    const id = (await nsa.execute(OpenDesignationDocument, { input: { modelId, basis: 'BENCHMARK_SCREENING' } }))
      .openDesignation.designation.id;
    expect((await dev.execute(NodeDocument, { id })).node).toBeNull();
    expect((await dev.execute(DesignationsDocument, { first: 50, filter: { modelId } })).designations.totalCount).toBe(
      0,
    );
    await nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } });
    expect((await dev.execute(NodeDocument, { id })).node?.id).toBe(id);
  });

  it('only the developer proposes and grants; only the government agrees; only reviewing agencies file findings', async () => {
    const modelId = await newModel();
    // An unreleased model of another developer is hidden.
    expect(
      (
        await expectError(
          otherDev.execute(ProposeReviewWindowDocument, {
            input: { modelId, accessStartsAt: inDays(20), reviewingAgencyIds: [nsaId], accessTerms: terms },
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const w = (
      await dev.execute(ProposeReviewWindowDocument, {
        input: { modelId, accessStartsAt: inDays(20), reviewingAgencyIds: [nsaId], accessTerms: terms },
      })
    ).proposeReviewWindow.reviewWindow.id;
    await expectForbidden(dev.execute(AgreeReviewWindowDocument, { input: { windowId: w } }), 'ANALYST');
    await cisa.execute(AgreeReviewWindowDocument, { input: { windowId: w } });
    await expectForbidden(nsa.execute(GrantReviewAccessDocument, { input: { windowId: w } }), 'MODEL_DEVELOPER');
    await dev.execute(GrantReviewAccessDocument, { input: { windowId: w } });
    await expectForbidden(
      cisa.execute(FileReviewFindingDocument, {
        input: { windowId: w, title: 't', category: 'c', severity: 'LOW', description: 'd' },
      }),
      'REVIEWING_AGENCY',
    );
    const f = (
      await nsa.execute(FileReviewFindingDocument, {
        input: { windowId: w, title: 't', category: 'c', severity: 'LOW', description: 'd' },
      })
    ).fileReviewFinding.finding.id;
    await expectForbidden(
      nsa.execute(AcknowledgeReviewFindingDocument, { input: { findingId: f } }),
      'MODEL_DEVELOPER',
    );
    expect(
      (await expectError(otherDev.execute(AcknowledgeReviewFindingDocument, { input: { findingId: f } }))).code,
    ).toBe('NOT_FOUND');
  });

  it('release always succeeds for the developer and for no one else', async () => {
    const modelId = await newModel();
    await dev.execute(RequestDesignationDocument, { input: { modelId } });
    await expectForbidden(nsa.execute(RecordModelReleaseDocument, { input: { modelId } }), 'MODEL_DEVELOPER');
    expect((await expectError(otherDev.execute(RecordModelReleaseDocument, { input: { modelId } }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await dev.execute(RecordModelReleaseDocument, { input: { modelId } })).recordModelRelease.model.releasedAt,
    ).not.toBeNull();
  });
});

describe('dates', () => {
  it('access may not start more than 30 days before the planned release', async () => {
    const modelId = await newModel(dev, 40);
    const e = await expectError(
      dev.execute(ProposeReviewWindowDocument, {
        input: { modelId, accessStartsAt: inDays(5), reviewingAgencyIds: [nsaId], accessTerms: terms },
      }),
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.errors[0].extensions.fields?.accessStartsAt).toContain(
      new Date(new Date(inDays(40)).getTime() - 30 * DAY).toISOString(),
    );
    const after = await expectError(
      dev.execute(ProposeReviewWindowDocument, {
        input: { modelId, accessStartsAt: inDays(41), reviewingAgencyIds: [nsaId], accessTerms: terms },
      }),
    );
    expect(after.errors[0].extensions.fields).toHaveProperty('accessStartsAt');
    const noDate = (
      await dev.execute(RegisterFrontierModelDocument, { input: { name: unique('NoDate'), modelVersion: '1' } })
    ).registerFrontierModel.model.id;
    expect(
      (
        await expectError(
          dev.execute(ProposeReviewWindowDocument, {
            input: { modelId: noDate, accessStartsAt: inDays(5), reviewingAgencyIds: [nsaId], accessTerms: terms },
          }),
        )
      ).errors[0].extensions.fields,
    ).toHaveProperty('modelId');
  });

  it('a response after responseDueAt is BAD_USER_INPUT naming the limit; overdue is computed from the clock', async () => {
    const { id } = await proposedCase();
    const overdue = async () =>
      (
        await nsa.execute(DesignationsDocument, { first: 100, filter: { responseOverdue: true } })
      ).designations.nodes.map((d) => d.id);
    expect(await overdue()).not.toContain(id);
    server.concord.clock.advance(15 * DAY);
    try {
      expect(await overdue()).toContain(id);
      const node = (await nsa.execute(NodeDocument, { id })).node as { id: string };
      expect(node.id).toBe(id);
      const e = await expectError(
        dev.execute(RespondToDesignationDocument, {
          input: { designationId: id, position: 'CONTEST', arguments: 'late' },
        }),
      );
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.errors[0].message).toMatch(/closed at/);
      // After the window the authority may decide without a response.
      expect(
        (
          await nsa.execute(DecideDesignationDocument, {
            input: { designationId: id, decision: 'COVERED', rationale: 'No response.' },
          })
        ).decideDesignation.designation.status,
      ).toBe('COVERED');
    } finally {
      server.concord.clock.advance(-15 * DAY);
    }
  });
});

describe('designationUpdated over graphql-ws', () => {
  it("reaches the model's developer and the government, and nobody else", async () => {
    const wsUrl = server.url.replace(/^http/, 'ws');
    const clients = {
      nsa: createSubscriptionClient({ url: wsUrl, token: nsaToken, webSocketImpl: WebSocket }),
      dev: createSubscriptionClient({ url: wsUrl, token: devToken, webSocketImpl: WebSocket }),
      otherDev: createSubscriptionClient({ url: wsUrl, token: otherDevToken, webSocketImpl: WebSocket }),
    };
    const received: Record<string, string[]> = { nsa: [], dev: [], otherDev: [] };
    const before = activeSubscriptions();
    const done = Object.entries(clients).map(([who, c]) =>
      (async () => {
        for await (const e of c.subscribe(DesignationUpdatedDocument))
          received[who].push(`${e.designationUpdated.id}:${e.designationUpdated.status}`);
      })().catch(() => undefined),
    );
    await subscribers(before, Object.keys(clients).length);
    const modelId = await newModel();
    const id = (await nsa.execute(OpenDesignationDocument, { input: { modelId, basis: 'AGENCY_INITIATIVE' } }))
      .openDesignation.designation.id;
    await nsa.execute(NotifyDeveloperDocument, { input: { designationId: id } });
    // Each event is loaded again when it is delivered: wait for the notice before withdrawing, or a subscriber
    // still busy with it (a loaded machine, the Redis path) would load the case already withdrawn.
    await vi.waitFor(() => expect([received.nsa.length, received.dev.length]).toEqual([2, 1]), {
      timeout: 30_000,
      interval: 20,
    });
    await nsa.execute(WithdrawDesignationDocument, { input: { designationId: id } });
    await vi.waitFor(() => expect(received.nsa).toHaveLength(3), { timeout: 30_000, interval: 20 });
    await vi.waitFor(() => expect(received.dev.at(-1)).toBe(`${id}:WITHDRAWN`), { timeout: 30_000, interval: 20 });
    // Closing the sockets ends the subscriptions.
    await Promise.all(Object.values(clients).map((c) => c.dispose()));
    await Promise.all(done);
    expect(received.nsa).toEqual([`${id}:OPEN`, `${id}:OPEN`, `${id}:WITHDRAWN`]);
    // Before notification the developer could not see the case, so it got nothing for it.
    expect(received.dev).toEqual([`${id}:OPEN`, `${id}:WITHDRAWN`]);
    expect(received.otherDev).toEqual([]);
  });
});
