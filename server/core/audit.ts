// Appends one link to the hash chain inside the caller's transaction. A transaction-scoped advisory lock
// serializes appenders, so concurrent mutations on several replicas still form one unbroken chain.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
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

export function auditHash(prevHash: string, row: AuditRow): string {
  return createHash('sha256').update(prevHash).update(canonicalAuditRow(row)).digest('hex');
}

export async function appendAudit(ctx: RequestContext, manager: EntityManager, action: string, subjectIds: string[]): Promise<AuditEvent> {
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
  const event = manager.create(AuditEvent, { ...row, prevHash, hash: auditHash(prevHash, row) });
  return manager.save(event);
}
