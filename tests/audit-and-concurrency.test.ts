import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEventsDocument,
  FrontierModelsDocument,
  RegisterFrontierModelDocument,
  UpdateDeveloperDocument,
  UpdateFrontierModelDocument,
  VerifyAuditChainDocument,
} from '../sdk/generated/graphql';
import { fromGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
});
afterAll(async () => server?.stop());

describe('concurrent mutations', () => {
  it('parallel registrations in transactions neither interleave nor lose writes', async () => {
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER']);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        member.client.execute(RegisterFrontierModelDocument, { input: { name: `Parallel ${i}`, modelVersion: '1.0' } }),
      ),
    );
    expect(new Set(results.map((r) => r.registerFrontierModel.model.id)).size).toBe(20);
    const { frontierModels } = await member.client.execute(FrontierModelsDocument, {
      first: 100,
      filter: { developerId: dev.id },
    });
    expect(frontierModels.totalCount).toBe(20);
    const chain = await cast.admin.execute(VerifyAuditChainDocument);
    expect(chain.verifyAuditChain.valid).toBe(true);
  });

  it('parallel updates with the same expectedVersion: exactly one wins, the rest are CONFLICT', async () => {
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER']);
    const model = (
      await member.client.execute(RegisterFrontierModelDocument, { input: { name: 'Race', modelVersion: '1.0' } })
    ).registerFrontierModel.model;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        member.client.execute(UpdateFrontierModelDocument, {
          input: { id: model.id, expectedVersion: 1, name: `Race ${i}` },
        }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((o) => o.reason.code === 'CONFLICT')).toBe(true);
    const winner = (
      won[0] as PromiseFulfilledResult<{ updateFrontierModel: { model: { name: string; version: number } } }>
    ).value.updateFrontierModel.model;
    expect(winner.version).toBe(2);
    const [row] = await server.concord.db.query('SELECT name, version FROM frontier_model WHERE id = $1', [
      fromGlobalId(model.id)!.id,
    ]);
    expect(row).toEqual({ name: winner.name, version: 2 });
  });

  it('a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const dev = await cast.developer();
    const first = await cast.admin.execute(UpdateDeveloperDocument, {
      input: { id: dev.id, expectedVersion: 1, name: 'Renamed Lab' },
    });
    expect(first.updateDeveloper.developer.version).toBe(2);
    const err = await expectError(
      cast.admin.execute(UpdateDeveloperDocument, { input: { id: dev.id, expectedVersion: 1, name: 'Again' } }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.errors[0].extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
  });
});

describe('the audit chain', () => {
  it('links every mutation in order, each hash over the previous one', async () => {
    const dev = await cast.developer();
    await cast.admin.execute(UpdateDeveloperDocument, {
      input: { id: dev.id, expectedVersion: 1, website: 'https://renamed.example' },
    });
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 2 });
    const [create, update] = auditEvents.nodes;
    expect(create.action).toBe('createDeveloper');
    expect(update.action).toBe('updateDeveloper');
    expect(create.subjectIds).toContain(dev.id);
    expect(update.prevHash).toBe(create.hash);
    expect(update.seq).toBe(create.seq + 1);

    const all = await cast.admin.execute(AuditEventsDocument, { first: 100 });
    const events = all.auditEvents.nodes;
    expect(events[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    expect((await cast.admin.execute(VerifyAuditChainDocument)).verifyAuditChain).toMatchObject({
      valid: true,
      checked: all.auditEvents.totalCount,
    });
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(server.concord.db.query("UPDATE audit_event SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(server.concord.db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  it('verifyAuditChain reports the first broken link when a row is tampered with', async () => {
    const dev = await cast.developer();
    await cast.admin.execute(UpdateDeveloperDocument, {
      input: { id: dev.id, expectedVersion: 1, name: 'Before tampering' },
    });
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 2 });
    const target = auditEvents.nodes[0];
    // Someone with superuser rights bypasses the trigger and rewrites a row.
    await server.concord.db.transaction(async (m) => {
      await m.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
      await m.query("UPDATE audit_event SET action = 'forged' WHERE seq = $1", [target.seq]);
      await m.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
    });
    const report = (await cast.admin.execute(VerifyAuditChainDocument)).verifyAuditChain;
    expect(report).toMatchObject({ valid: false, firstBrokenSeq: target.seq, firstBrokenEventId: target.id });
  });

  it('is not visible to developers', async () => {
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER', 'ORG_ADMIN']);
    expect((await member.client.execute(AuditEventsDocument, { first: 5 })).auditEvents.totalCount).toBe(0);
    await expectForbidden(member.client.execute(VerifyAuditChainDocument), 'ANALYST');
  });
});
