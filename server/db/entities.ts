// Every entity, for the data source: core's own (the audit chain, timelines, idempotency records) and each
// module's, from its manifest (modules/index.ts).
import { AuditEvent } from '../core/audit-event.entity';
import { IdempotencyRecord } from '../core/idempotency.entity';
import { TimelineEvent } from '../core/timeline-event.entity';
import { MODULES } from '../modules';

export const entities = [AuditEvent, IdempotencyRecord, TimelineEvent, ...MODULES.flatMap((m) => m.entities ?? [])];
