// An audit trail the application cannot rewrite: keyed links, signed checkpoints kept outside the table, and
// (on PostgreSQL) a server role that may only INSERT and SELECT it.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditCheckpointDocument,
  AuditEventsDocument,
  UpdateDeveloperDocument,
  VerifyAuditChainDocument,
} from '../sdk/generated/graphql';
import { legacyAuditHash } from '../server/core/audit';
import { loadConfig } from '../server/config';
import { startConcord } from '../server/concord';
import type { AuditEvent } from '../server/core/audit-event.entity';
import { startTestServer, type TestServer } from './support/server';
import { createCast, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
});
afterAll(async () => server?.stop());

/** Some history: a developer renamed a few times. */
async function history(n: number) {
  const dev = await cast.developer();
  for (let v = 1; v <= n; v++)
    await cast.admin.execute(UpdateDeveloperDocument, {
      input: { id: dev.id, expectedVersion: v, name: `Renamed ${v} ${randomBytes(2).toString('hex')}` },
    });
}

/** What someone with the database's superuser (or owner) rights could do, bypassing the append-only triggers. */
async function asOwner(work: (q: (sql: string, params?: unknown[]) => Promise<unknown[]>) => Promise<void>) {
  await server.concord.db.transaction(async (m) => {
    await m.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await m.query('ALTER TABLE audit_checkpoint DISABLE TRIGGER USER');
    await work((sql, params) => m.query(sql, params));
    await m.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await m.query('ALTER TABLE audit_checkpoint ENABLE TRIGGER USER');
  });
}

const verify = async (checkpoint?: unknown) =>
  (await cast.admin.execute(VerifyAuditChainDocument, { checkpoint: checkpoint as never })).verifyAuditChain;

describe('the audit chain', () => {
  it('links are keyed and each append leaves a signed checkpoint of the head', async () => {
    await history(2);
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 1 });
    const head = auditEvents.nodes[0];
    const { auditCheckpoint } = await cast.admin.execute(AuditCheckpointDocument);
    expect(auditCheckpoint).toMatchObject({
      seq: head.seq,
      hash: head.hash,
      legacy: false,
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Not the unkeyed SHA-256 of the row: without the key nobody recomputes it.
    const [row] = (await server.concord.db.query('SELECT * FROM audit_event WHERE seq = $1', [head.seq])) as Array<
      Record<string, unknown>
    >;
    const asRow = {
      at: row.at as Date,
      actorUserId: row.actor_user_id,
      actorApiKeyId: row.actor_api_key_id,
      organizationId: row.organization_id,
      action: row.action,
      subjectIds: row.subject_ids,
      requestId: row.request_id,
    } as unknown as AuditEvent;
    expect(legacyAuditHash(row.prev_hash as string, asRow)).not.toBe(head.hash);
    expect(await verify(auditCheckpoint)).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it('reports an edited row at its sequence number', async () => {
    await history(3);
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 3 });
    const target = auditEvents.nodes[0];
    await asOwner(async (q) => void (await q("UPDATE audit_event SET action = 'forged' WHERE seq = $1", [target.seq])));
    expect(await verify()).toMatchObject({ valid: false, firstBrokenSeq: target.seq, firstBrokenEventId: target.id });
    await asOwner(
      async (q) => void (await q("UPDATE audit_event SET action = 'updateDeveloper' WHERE seq = $1", [target.seq])),
    );
    expect((await verify()).valid).toBe(true);
  });

  it('reports a rewrite with recomputed hashes at the first rewritten row', async () => {
    await history(3);
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 3 });
    const first = auditEvents.nodes[0];
    const saved = (await server.concord.db.query(
      'SELECT seq, action, prev_hash, hash FROM audit_event WHERE seq >= $1 ORDER BY seq',
      [first.seq],
    )) as Array<{ seq: string; action: string; prev_hash: string; hash: string }>;
    // Rewrite the action of the three and recompute each hash the only way one can without the key.
    await asOwner(async (q) => {
      let prev = saved[0].prev_hash;
      for (const s of saved) {
        const [row] = (await q('SELECT * FROM audit_event WHERE seq = $1', [s.seq])) as Array<Record<string, unknown>>;
        const rewritten = {
          at: row.at as Date,
          actorUserId: row.actor_user_id,
          actorApiKeyId: row.actor_api_key_id,
          organizationId: row.organization_id,
          action: 'forged',
          subjectIds: row.subject_ids,
          requestId: row.request_id,
        } as unknown as AuditEvent;
        const hash = legacyAuditHash(prev, rewritten);
        await q("UPDATE audit_event SET action = 'forged', prev_hash = $2, hash = $3 WHERE seq = $1", [
          s.seq,
          prev,
          hash,
        ]);
        await q('UPDATE audit_checkpoint SET hash = $2 WHERE seq = $1', [s.seq, hash]);
        prev = hash;
      }
    });
    expect(await verify()).toMatchObject({ valid: false, firstBrokenSeq: first.seq });
    // Put it back as it was.
    await asOwner(async (q) => {
      for (const s of saved) {
        await q('UPDATE audit_event SET action = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [
          s.seq,
          s.action,
          s.prev_hash,
          s.hash,
        ]);
        await q('UPDATE audit_checkpoint SET hash = $2 WHERE seq = $1', [s.seq, s.hash]);
      }
    });
    expect((await verify()).valid).toBe(true);
  });

  it('reports a deleted tail at the first missing sequence number, also when the checkpoints went with it', async () => {
    await history(1);
    const held = (await cast.admin.execute(AuditCheckpointDocument)).auditCheckpoint!;
    await history(2);
    const { auditEvents } = await cast.admin.execute(AuditEventsDocument, { last: 2 });
    const firstGone = auditEvents.nodes[0].seq;
    await asOwner(async (q) => void (await q('DELETE FROM audit_event WHERE seq >= $1', [firstGone])));
    expect(await verify()).toMatchObject({ valid: false, firstBrokenSeq: firstGone });
    // Deleting the checkpoints too still leaves the one the verifier kept; a deeper cut is found by it.
    await asOwner(async (q) => {
      await q('DELETE FROM audit_checkpoint WHERE seq >= $1', [held.seq]);
      await q('DELETE FROM audit_event WHERE seq >= $1', [held.seq]);
    });
    expect(await verify(held)).toMatchObject({ valid: false, firstBrokenSeq: held.seq });
    // A checkpoint with a forged signature is refused as evidence, and reported.
    expect(await verify({ ...held, signature: 'f'.repeat(64) })).toMatchObject({
      valid: false,
      firstBrokenSeq: held.seq,
    });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('role separation on PostgreSQL', () => {
  it('migrations run as the owner; the server role gets permission denied on UPDATE, DELETE, TRUNCATE and ALTER', async () => {
    const base = process.env.TEST_DATABASE_URL!;
    const suffix = randomBytes(4).toString('hex');
    const role = `concord_app_${suffix}`;
    const dbName = `concord_roles_${suffix}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    const ownerUrl = new URL(base);
    ownerUrl.pathname = `/${dbName}`;
    const appUrl = new URL(ownerUrl);
    appUrl.username = role;
    let s: TestServer | undefined;
    try {
      // startTestServer would make its own database: point both URLs at this one.
      const concord = await startConcord(
        loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          HOST: '127.0.0.1',
          METRICS_PORT: '-1',
          SEED_DEMO_DATA: 'false',
          DATABASE_URL: appUrl.toString(),
          DATABASE_OWNER_URL: ownerUrl.toString(),
        }),
        { port: 0, seed: false },
      );
      s = { concord, url: concord.url, kind: 'postgres', stop: () => concord.stop() };
      const c = await createCast(s);
      await c.developer();
      const app = new Client({ connectionString: appUrl.toString() });
      await app.connect();
      try {
        expect((await app.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n).toBeGreaterThan(0);
        for (const sql of [
          "UPDATE audit_event SET action = 'forged'",
          'DELETE FROM audit_event',
          'TRUNCATE audit_event',
          'ALTER TABLE audit_event DISABLE TRIGGER USER',
          "UPDATE audit_checkpoint SET hash = 'x'",
          'DELETE FROM audit_checkpoint',
          'TRUNCATE audit_checkpoint',
          'ALTER TABLE audit_checkpoint DISABLE TRIGGER USER',
          'DROP TABLE audit_event',
        ]) {
          await expect(app.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
        }
      } finally {
        await app.end();
      }
    } finally {
      await s?.stop();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
