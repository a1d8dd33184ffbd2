// The outbox: every change that may concern someone outside the request is written here in the change's own
// transaction, so a rollback sends nothing and a commit always sends (the notifications module relays the rows).
// Mechanism only: which kinds exist and who they concern are the modules' (their manifests' `notifications`).
import type { EntityManager } from 'typeorm';
import type { RequestContext } from './context';
import { OutboxEvent } from './outbox-event.entity';

export interface OutboxWrite {
  kind: string;
  subjectType: string;
  subjectId: string;
  /** Only this organization's people and endpoints (e.g. a reminder to one recipient). */
  organizationId?: string | null;
  data?: Record<string, unknown>;
}

/** Writes one outbox row in the transaction of `tx` (a context from `mutate()`, or a transaction's manager). */
export async function emit(tx: RequestContext | EntityManager, event: OutboxWrite, occurredAt?: Date): Promise<void> {
  const manager = 'viewer' in tx ? tx.db : tx;
  if (!manager.queryRunner?.isTransactionActive)
    throw new Error(`emit(${event.kind}) outside a transaction: the outbox row must commit with the change`);
  const at = occurredAt ?? ('viewer' in tx ? tx.clock.now() : new Date());
  await manager.insert(OutboxEvent, {
    kind: event.kind,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    organizationId: event.organizationId ?? null,
    data: (event.data ?? {}) as never,
    occurredAt: at,
  });
}
