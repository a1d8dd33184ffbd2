// Appends one link to the audit chain inside the caller's transaction. A transaction-scoped advisory lock
// serializes appenders, so concurrent mutations on several replicas still form one unbroken chain.
//
// Each link is keyed: hash = HMAC-SHA256(key, prevHash || canonical row), with the key from the configuration,
// so whoever can write the table but does not hold the key cannot recompute the chain after an edit. Each
// append also writes a signed checkpoint of the chain head to `audit_checkpoint`, and `auditCheckpoint` hands
// one to a verifier to keep outside the database: a deleted tail shows as a checkpoint with no link.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../core/audit-event.entity';
import type { RequestContext } from './context';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK_KEY = 7_340_001;

export interface AuditRow {
  at: Date;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  organizationId: string | null;
  action: string;
  subjectIds: string[];
  requestId: string;
}

/** The canonical text of a row: fixed key order, ISO times, so any verifier can recompute it. */
export function canonicalAuditRow(row: AuditRow): string {
  return JSON.stringify([
    row.at.toISOString(),
    row.actorUserId,
    row.actorApiKeyId,
    row.organizationId,
    row.action,
    row.subjectIds,
    row.requestId,
  ]);
}

/** The keyed link hash. */
export function auditHash(key: string, prevHash: string, row: AuditRow): string {
  return createHmac('sha256', key).update(prevHash).update(canonicalAuditRow(row)).digest('hex');
}

/** The unkeyed hash of links written before keyed hashing, sealed by a legacy checkpoint. */
export function legacyAuditHash(prevHash: string, row: AuditRow): string {
  return createHash('sha256').update(prevHash).update(canonicalAuditRow(row)).digest('hex');
}

export interface Checkpoint {
  seq: number;
  hash: string;
  legacy: boolean;
}

export function signCheckpoint(key: string, c: Checkpoint): string {
  return createHmac('sha256', key)
    .update(`concord-audit-checkpoint:${c.seq}:${c.hash}:${c.legacy ? 1 : 0}`)
    .digest('hex');
}

export function checkpointSignatureValid(key: string, c: Checkpoint, signature: string): boolean {
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function appendAudit(
  ctx: RequestContext,
  manager: EntityManager,
  action: string,
  subjectIds: string[],
): Promise<AuditEvent> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const last: { hash: string }[] = await manager.query('SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1');
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const row: AuditRow = {
    at: ctx.clock.now(),
    actorUserId: ctx.viewer.userId ?? null,
    actorApiKeyId: ctx.viewer.apiKeyId ?? null,
    organizationId: ctx.viewer.organizationId ?? null,
    action,
    subjectIds,
    requestId: ctx.requestId,
  };
  const hash = auditHash(ctx.auditKey, prevHash, row);
  const event = await manager.save(manager.create(AuditEvent, { ...row, prevHash, hash }));
  const seq = Number(event.seq);
  await manager.query('INSERT INTO audit_checkpoint (seq, hash, legacy, signature) VALUES ($1, $2, false, $3)', [
    seq,
    hash,
    signCheckpoint(ctx.auditKey, { seq, hash, legacy: false }),
  ]);
  return event;
}

/**
 * Links written before keyed hashing (unkeyed SHA-256) are sealed once, at start-up, by a signed legacy
 * checkpoint of their head; the verifier checks them with the unkeyed hash up to that seal.
 */
export async function sealLegacyAuditChain(manager: EntityManager, key: string): Promise<number> {
  // Serialized with appends and with other replicas starting at the same time.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const [any] = await manager.query('SELECT 1 FROM audit_checkpoint LIMIT 1');
  if (any) return 0;
  const [head]: { seq: string; hash: string }[] = await manager.query(
    'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
  );
  if (!head) return 0;
  const seq = Number(head.seq);
  await manager.query('INSERT INTO audit_checkpoint (seq, hash, legacy, signature) VALUES ($1, $2, true, $3)', [
    seq,
    head.hash,
    signCheckpoint(key, { seq, hash: head.hash, legacy: true }),
  ]);
  return seq;
}
