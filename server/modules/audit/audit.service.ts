import { ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import { defineOrder, type OrderValue } from '../../core/ordering';
import { isGovernment, isPlatformAdmin } from '../../core/viewer';
import { allow } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import type { RequestContext } from '../../core/context';
import { auditHash, checkpointSignatureValid, GENESIS_HASH, legacyAuditHash } from '../../core/audit';
import { policy } from '../../core/policy';
import { AuditEvent } from '../../core/audit-event.entity';

export interface ChainVerification {
  valid: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  firstBrokenEventId: string | null;
}

const BATCH = 1000;

export const AuditEventOrder = defineOrder(
  'AuditEvent',
  { SEQUENCE: { description: 'Chain order.', sort: { expr: 'a.seq', cast: 'numeric' } } },
  { field: 'SEQUENCE', direction: OrderDirection.ASC },
);
export type AuditEventOrderValue = OrderValue<keyof typeof AuditEventOrder.Field>;

export const auditService = {
  events(ctx: RequestContext, args: ConnectionArgs, orderBy?: AuditEventOrderValue) {
    const c = policy.auditEvent(ctx.viewer);
    const qb = ctx.db.getRepository(AuditEvent).createQueryBuilder('a').where(c.sql, c.params);
    return paginate(qb, { args, ...AuditEventOrder.resolve(orderBy), idExpr: 'a.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'auditEventById', AuditEvent, 'a', policy.auditEvent(ctx.viewer)).load(id);
  },

  /** The latest signed checkpoint of the chain head, for a verifier to keep outside Concord's database. */
  async checkpoint(
    ctx: RequestContext,
  ): Promise<{ seq: number; hash: string; legacy: boolean; signature: string } | null> {
    allow(
      isGovernment(ctx.viewer) || isPlatformAdmin(ctx.viewer),
      'ANALYST',
      'The audit trail is for government analysts and platform administrators.',
    );
    const [row]: { seq: string; hash: string; legacy: boolean; signature: string }[] = await ctx.db.query(
      'SELECT seq, hash, legacy, signature FROM audit_checkpoint ORDER BY seq DESC LIMIT 1',
    );
    return row ? { seq: Number(row.seq), hash: row.hash, legacy: row.legacy, signature: row.signature } : null;
  },

  /**
   * Walks the chain in seq order, recomputing every keyed hash (unkeyed up to a signed legacy seal), and checks
   * every signed checkpoint, the stored ones and one a verifier held: an edited row, a rewrite without the key
   * and a deleted tail are each reported at the first broken sequence number.
   */
  async verify(
    ctx: RequestContext,
    held?: { seq: number; hash: string; legacy: boolean; signature: string } | null,
  ): Promise<ChainVerification> {
    allow(
      isGovernment(ctx.viewer) || isPlatformAdmin(ctx.viewer),
      'ANALYST',
      'The audit trail is for government analysts and platform administrators.',
    );
    const stored: { seq: string; hash: string; legacy: boolean; signature: string }[] = await ctx.db.query(
      'SELECT seq, hash, legacy, signature FROM audit_checkpoint ORDER BY seq',
    );
    const checkpoints = new Map<number, { hash: string; legacy: boolean; signature: string }>();
    for (const c of [...stored.map((r) => ({ ...r, seq: Number(r.seq) })), ...(held ? [held] : [])]) {
      // A checkpoint whose signature fails was not written by Concord: its seq is where the chain was touched.
      if (!checkpointSignatureValid(ctx.auditKey, c, c.signature)) return broken(0, c.seq, null);
      checkpoints.set(c.seq, c);
    }
    const legacyUntil = Math.max(0, ...[...checkpoints.entries()].filter(([, c]) => c.legacy).map(([seq]) => seq));
    const pending = [...checkpoints.keys()].sort((a, b) => a - b);
    let next = 0; // the first checkpoint not yet matched to a link
    let prev = GENESIS_HASH;
    let lastSeq = '0';
    let checked = 0;
    for (;;) {
      const rows = await ctx.db
        .getRepository(AuditEvent)
        .createQueryBuilder('a')
        .where('a.seq > :lastSeq', { lastSeq })
        .orderBy('a.seq', 'ASC')
        .limit(BATCH)
        .getMany();
      for (const e of rows) {
        const seq = Number(e.seq);
        // A checkpoint between the previous link and this one names a link that is gone.
        if (next < pending.length && pending[next] < seq) return broken(checked, pending[next], null);
        if (pending[next] === seq) next += 1;
        const expected = seq <= legacyUntil ? legacyAuditHash(prev, e) : auditHash(ctx.auditKey, prev, e);
        const checkpoint = checkpoints.get(seq);
        if (e.prevHash !== prev || e.hash !== expected || (checkpoint && checkpoint.hash !== e.hash))
          return broken(checked, seq, e.globalId);
        prev = e.hash;
        checked += 1;
        lastSeq = e.seq;
      }
      if (rows.length < BATCH) break;
    }
    // Checkpoints beyond the last link: the tail was deleted.
    if (next < pending.length) return broken(checked, pending[next], null);
    return { valid: true, checked, firstBrokenSeq: null, firstBrokenEventId: null };
  },
};

function broken(checked: number, seq: number, eventId: string | null): ChainVerification {
  return { valid: false, checked, firstBrokenSeq: seq, firstBrokenEventId: eventId };
}
