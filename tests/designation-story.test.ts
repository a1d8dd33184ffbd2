// The order's covered-model story, end to end through the SDK, as each role would do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  AcknowledgeReviewFindingDocument,
  AgreeReviewWindowDocument,
  CoveredModelsDocument,
  DecideDesignationDocument,
  DesignationDetailDocument,
  DesignationsDocument,
  FileReviewFindingDocument,
  GrantReviewAccessDocument,
  MarkReviewFindingMitigatedDocument,
  ModelCoverageDocument,
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
  ReviewWindowDetailDocument,
  UpdateFrontierModelDocument,
} from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, type Cast } from './support/fixtures';

const DAY = 86_400_000;
let server: TestServer;
let cast: Cast;
let nsa: ConcordClient, cisa: ConcordClient, atlas: ConcordClient, meridian: ConcordClient;
let nsaId: string, cisaId: string;
let T0: Date;

const at = (days: number) => new Date(T0.getTime() + days * DAY);

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  server.concord.clock.set(T0);
  nsaId = (await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY', 'CLEARINGHOUSE_OPERATOR'] })).id;
  cisaId = (await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR', 'DIRECTIVE_ISSUER'] })).id;
  nsa = (await cast.user(nsaId, ['ANALYST'])).client;
  cisa = (await cast.user(cisaId, ['ANALYST'])).client;
  atlas = (await cast.user((await cast.developer({ name: 'Atlas AI' })).id, ['MEMBER'])).client;
  meridian = (await cast.user((await cast.developer({ name: 'Meridian Labs' })).id, ['MEMBER'])).client;
});
afterAll(async () => server?.stop());

describe('a covered frontier model, from question to release and reassessment', () => {
  let modelId: string, otherModelId: string, caseId: string, windowId: string;
  let nsaFinding: string, cisaFinding: string, thirdFinding: string;

  it('1. the developer registers a model and asks whether a designation applies; the NSA opens a case on another model on its own', async () => {
    modelId = (
      await atlas.execute(RegisterFrontierModelDocument, {
        input: { name: 'Atlas', modelVersion: '5.0', plannedReleaseAt: at(40).toISOString() },
      })
    ).registerFrontierModel.model.id;
    const req = (
      await atlas.execute(RequestDesignationDocument, {
        input: { modelId, question: 'Atlas 5 scores high on exploit benchmarks; does the order cover it?' },
      })
    ).requestDesignation.designation;
    caseId = req.id;
    expect(req).toMatchObject({ status: 'OPEN', basis: 'DEVELOPER_REQUEST', leadAgency: { acronym: 'NSA' } });

    otherModelId = (
      await meridian.execute(RegisterFrontierModelDocument, {
        input: { name: 'Meridian', modelVersion: '3.0', plannedReleaseAt: at(50).toISOString() },
      })
    ).registerFrontierModel.model.id;
    const initiative = (
      await nsa.execute(OpenDesignationDocument, { input: { modelId: otherModelId, basis: 'AGENCY_INITIATIVE' } })
    ).openDesignation.designation;
    expect(initiative.status).toBe('OPEN');
    // Meridian sees nothing of it: no case, no change of coverage, and the id is simply not there.
    expect((await meridian.execute(DesignationsDocument, { first: 10 })).designations.totalCount).toBe(0);
    expect((await meridian.execute(NodeDocument, { id: initiative.id })).node).toBeNull();
    const meridianView = (await meridian.execute(ModelCoverageDocument, { id: otherModelId })).node;
    expect(meridianView).toMatchObject({ coverage: 'UNDETERMINED', designations: { totalCount: 0 } });
    expect((await nsa.execute(ModelCoverageDocument, { id: otherModelId })).node).toMatchObject({
      coverage: 'UNDER_ASSESSMENT',
    });
  });

  it('2. NSA records benchmark results, proposes COVERED and notifies the developer, which opens a 14-day response window', async () => {
    const bench = (
      await nsa.execute(RecordBenchmarkResultDocument, {
        input: {
          designationId: caseId,
          suite: 'CyberEval-Exploit',
          suiteVersion: '2.1',
          score: 0.81,
          threshold: 0.6,
          classifiedReference: 'NSA-CR-2026-118',
        },
      })
    ).recordBenchmarkResult;
    expect(bench.designation.status).toBe('BENCHMARKING');
    expect(bench.benchmarkResult.exceedsThreshold).toBe(true);
    const proposed = (
      await nsa.execute(ProposeDesignationDocument, {
        input: { designationId: caseId, outcome: 'COVERED', rationale: 'Exceeds the exploit-development threshold.' },
      })
    ).proposeDesignation.designation;
    expect(proposed).toMatchObject({ status: 'PROPOSED_COVERED', responseDueAt: null });
    server.concord.clock.set(at(1));
    const notified = (await nsa.execute(NotifyDeveloperDocument, { input: { designationId: caseId } })).notifyDeveloper
      .designation;
    expect(notified.developerNotifiedAt).toBe(at(1).toISOString());
    expect(notified.responseDueAt).toBe(at(15).toISOString());
    // The developer sees the case, but never the benchmark results or their classified reference.
    const devView = (await atlas.execute(DesignationDetailDocument, { id: caseId })).node;
    expect(devView).toMatchObject({ status: 'PROPOSED_COVERED', benchmarkResults: { totalCount: 0, nodes: [] } });
    if (devView?.__typename !== 'Designation') throw new Error('expected a designation');
    expect(devView.events.nodes.map((e) => e.action)).not.toContain('recordBenchmarkResult');
    const govView = (await nsa.execute(DesignationDetailDocument, { id: caseId })).node;
    if (govView?.__typename !== 'Designation') throw new Error('expected a designation');
    expect(govView.benchmarkResults.nodes[0]).toMatchObject({
      suite: 'CyberEval-Exploit',
      classifiedReference: 'NSA-CR-2026-118',
    });
  });

  it('3. the developer contests; NSA decides COVERED; coveredModels lists it for the government and its developer only', async () => {
    const early = await expectError(
      nsa.execute(DecideDesignationDocument, {
        input: { designationId: caseId, decision: 'COVERED', rationale: 'Too soon' },
      }),
    );
    expect(early.code).toBe('INVALID_TRANSITION');
    expect(early.errors[0].extensions).toMatchObject({
      from: 'PROPOSED_COVERED',
      action: 'decideCovered',
      availableAt: at(15).toISOString(),
    });

    server.concord.clock.set(at(5));
    const resp = (
      await atlas.execute(RespondToDesignationDocument, {
        input: {
          designationId: caseId,
          position: 'CONTEST',
          arguments: 'The benchmark harness allowed tool use beyond release configuration.',
        },
      })
    ).respondToDesignation;
    expect(resp.response.position).toBe('CONTEST');
    const decided = (
      await nsa.execute(DecideDesignationDocument, {
        input: {
          designationId: caseId,
          decision: 'COVERED',
          rationale: 'Re-run without extra tools still exceeds the threshold.',
        },
      })
    ).decideDesignation.designation;
    expect(decided).toMatchObject({ status: 'COVERED', decidedAt: at(5).toISOString() });

    expect((await atlas.execute(ModelCoverageDocument, { id: modelId })).node).toMatchObject({ coverage: 'COVERED' });
    const forNsa = (await nsa.execute(CoveredModelsDocument, { first: 50 })).coveredModels.nodes.map((m) => m.id);
    const forAtlas = (await atlas.execute(CoveredModelsDocument, { first: 50 })).coveredModels.nodes.map((m) => m.id);
    const forMeridian = (await meridian.execute(CoveredModelsDocument, { first: 50 })).coveredModels.nodes.map(
      (m) => m.id,
    );
    expect(forNsa).toContain(modelId);
    expect(forAtlas).toEqual([modelId]);
    expect(forMeridian).toEqual([]);
    // "Covered models releasing in the next 30 days" is a filter away: not yet (release is 35 days out).
    const soon = await nsa.execute(CoveredModelsDocument, {
      first: 50,
      filter: { plannedReleaseBefore: at(35).toISOString() },
    });
    expect(soon.coveredModels.nodes.map((m) => m.id)).toEqual([]);

    const timeline = (await atlas.execute(DesignationDetailDocument, { id: caseId })).node;
    if (timeline?.__typename !== 'Designation') throw new Error('expected a designation');
    expect(timeline.events.nodes.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['create', null, 'OPEN'],
      ['proposeCovered', 'BENCHMARKING', 'PROPOSED_COVERED'],
      ['notifyDeveloper', 'PROPOSED_COVERED', 'PROPOSED_COVERED'],
      ['respond', 'PROPOSED_COVERED', 'PROPOSED_COVERED'],
      ['decideCovered', 'PROPOSED_COVERED', 'COVERED'],
    ]);
  });

  it('4. the developer proposes a review window 25 days before release; the government agrees; the developer grants access', async () => {
    const proposed = (
      await atlas.execute(ProposeReviewWindowDocument, {
        input: {
          modelId,
          accessStartsAt: at(40 - 25).toISOString(),
          reviewingAgencyIds: [cisaId, nsaId],
          accessTerms: {
            confidentiality: 'Need-to-know, no copies leave the enclave.',
            intellectualProperty: 'Weights never leave the developer.',
            insiderRisk: 'Cleared reviewers; all sessions logged.',
            isolatedEnvironment: true,
          },
        },
      })
    ).proposeReviewWindow.reviewWindow;
    windowId = proposed.id;
    expect(proposed).toMatchObject({ status: 'PROPOSED', accessStartsAt: at(15).toISOString(), daysUntilRelease: 35 });
    expect(proposed.reviewingAgencies.map((a) => a.acronym).sort()).toEqual(['CISA', 'NSA']);
    expect(
      (await cisa.execute(AgreeReviewWindowDocument, { input: { windowId } })).agreeReviewWindow.reviewWindow.status,
    ).toBe('AGREED');
    expect(
      (await atlas.execute(GrantReviewAccessDocument, { input: { windowId } })).grantReviewAccess.reviewWindow.status,
    ).toBe('ACCESS_GRANTED');
  });

  it('5. reviewers file findings marked AMBER_STRICT; the developer acknowledges one and mitigates another', async () => {
    server.concord.clock.set(at(16));
    const f1 = (
      await nsa.execute(FileReviewFindingDocument, {
        input: {
          windowId,
          title: 'Autonomous exploit chaining',
          category: 'exploit development',
          severity: 'HIGH',
          description: 'Chains two memory bugs without guidance.',
        },
      })
    ).fileReviewFinding.finding;
    const f2 = (
      await cisa.execute(FileReviewFindingDocument, {
        input: {
          windowId,
          title: 'ICS protocol fuzzing',
          category: 'vulnerability discovery',
          severity: 'MEDIUM',
          description: 'Finds crashes in Modbus stacks.',
        },
      })
    ).fileReviewFinding.finding;
    const f3 = (
      await cisa.execute(FileReviewFindingDocument, {
        input: {
          windowId,
          title: 'Credential harvesting prompts',
          category: 'misuse',
          severity: 'LOW',
          description: 'Drafts convincing phishing.',
          marking: 'AMBER',
        },
      })
    ).fileReviewFinding.finding;
    [nsaFinding, cisaFinding, thirdFinding] = [f1.id, f2.id, f3.id];
    expect(f1.marking).toBe('AMBER_STRICT');
    expect(f1.status).toBe('SHARED');
    // AMBER_STRICT: the developer and the filing agency. CISA does not see NSA's strict finding.
    const seenBy = async (c: ConcordClient) => {
      const n = (await c.execute(ReviewWindowDetailDocument, { id: windowId })).node;
      return n?.__typename === 'ReviewWindow' ? n.findings.nodes.map((f) => f.id).sort() : null;
    };
    expect(await seenBy(atlas)).toEqual([nsaFinding, cisaFinding, thirdFinding].sort());
    expect(await seenBy(cisa)).toEqual([cisaFinding, thirdFinding].sort());
    expect(await seenBy(nsa)).toEqual([nsaFinding, thirdFinding].sort());
    expect(await seenBy(meridian)).toBeNull();

    expect(
      (await atlas.execute(AcknowledgeReviewFindingDocument, { input: { findingId: nsaFinding } }))
        .acknowledgeReviewFinding.finding.status,
    ).toBe('ACKNOWLEDGED');
    expect(
      (
        await atlas.execute(MarkReviewFindingMitigatedDocument, {
          input: { findingId: cisaFinding, note: 'Refusal training added.' },
        })
      ).markReviewFindingMitigated.finding.status,
    ).toBe('MITIGATED');
  });

  it('6. moving the release date keeps access within 30 days of release', async () => {
    const model = (await atlas.execute(ModelCoverageDocument, { id: modelId })).node;
    if (model?.__typename !== 'FrontierModel') throw new Error('expected a model');
    const current = (await atlas.execute(NodeDocument, { id: modelId })).node as { version: number };
    // Later: the start moves up so it is never more than 30 days before release.
    await atlas.execute(UpdateFrontierModelDocument, {
      input: { id: modelId, expectedVersion: current.version, plannedReleaseAt: at(60).toISOString() },
    });
    let w = (await atlas.execute(ReviewWindowDetailDocument, { id: windowId })).node as {
      plannedReleaseAt: string;
      accessStartsAt: string;
      daysUntilRelease: number;
    };
    expect(w).toMatchObject({
      plannedReleaseAt: at(60).toISOString(),
      accessStartsAt: at(30).toISOString(),
      daysUntilRelease: 44,
    });
    // Earlier: still within 30 days of the new date.
    const v2 = ((await atlas.execute(NodeDocument, { id: modelId })).node as { version: number }).version;
    await atlas.execute(UpdateFrontierModelDocument, {
      input: { id: modelId, expectedVersion: v2, plannedReleaseAt: at(25).toISOString() },
    });
    w = (await atlas.execute(ReviewWindowDetailDocument, { id: windowId })).node as typeof w;
    expect(w.plannedReleaseAt).toBe(at(25).toISOString());
    expect(new Date(w.accessStartsAt).getTime()).toBeGreaterThanOrEqual(at(25 - 30).getTime());
    expect(new Date(w.accessStartsAt).getTime()).toBeLessThanOrEqual(at(25).getTime());
    expect(w.daysUntilRelease).toBe(9);
  });

  it('7. the developer records the release with a finding still open: it succeeds and the window closes as RELEASED', async () => {
    server.concord.clock.set(at(25));
    const released = (await atlas.execute(RecordModelReleaseDocument, { input: { modelId } })).recordModelRelease.model;
    expect(released.releasedAt).toBe(at(25).toISOString());
    const view = (await atlas.execute(ModelCoverageDocument, { id: modelId })).node;
    expect(view).toMatchObject({
      coverage: 'COVERED',
      reviewWindows: { nodes: [{ id: windowId, status: 'CLOSED', closedReason: 'RELEASED' }] },
    });
    const w = (await atlas.execute(ReviewWindowDetailDocument, { id: windowId })).node;
    if (w?.__typename !== 'ReviewWindow') throw new Error('expected a window');
    expect(w.findings.nodes.find((f) => f.id === thirdFinding)?.status).toBe('SHARED');
    // Recording it again is harmless.
    expect(
      (await atlas.execute(RecordModelReleaseDocument, { input: { modelId } })).recordModelRelease.model.releasedAt,
    ).toBe(at(25).toISOString());
    // Once released, another developer sees the model, but not its designation.
    expect((await meridian.execute(ModelCoverageDocument, { id: modelId })).node).toMatchObject({
      coverage: 'UNDETERMINED',
      designations: { totalCount: 0 },
    });
  });

  it('8. reassessment: refused before the 180-day cooldown with the date it opens, then a new linked case', async () => {
    server.concord.clock.set(at(100));
    const tooSoon = await expectError(
      atlas.execute(RequestReassessmentDocument, { input: { modelId, newFacts: 'Capability removed.' } }),
    );
    expect(tooSoon.code).toBe('INVALID_TRANSITION');
    expect(tooSoon.errors[0].extensions.availableAt).toBe(at(5 + 180).toISOString());
    server.concord.clock.set(at(5 + 181));
    const again = (
      await atlas.execute(RequestReassessmentDocument, {
        input: { modelId, newFacts: 'The exploit tooling was removed from the released weights.' },
      })
    ).requestReassessment.designation;
    expect(again).toMatchObject({
      status: 'OPEN',
      basis: 'DEVELOPER_REQUEST',
      reassessmentOf: { id: caseId, status: 'COVERED' },
    });
    // The designation stands until the new case is decided.
    expect((await atlas.execute(ModelCoverageDocument, { id: modelId })).node).toMatchObject({ coverage: 'COVERED' });
  });
});
