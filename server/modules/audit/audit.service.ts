import { ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import { visibleById } from '../../core/visible';
import type { RequestContext } from '../../core/context';
import { auditHash, GENESIS_HASH } from '../../core/audit';
import { policy } from '../../core/policy';
import { NotFoundError } from '../../core/errors';
import { AuditEvent } from './audit-event.entity';

export interface ChainVerification {
  valid: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  firstBrokenEventId: string | null;
}

const BATCH = 1000;

export const auditService = {
  events(ctx: RequestContext, args: ConnectionArgs, direction: OrderDirection = OrderDirection.ASC) {
    const c = policy.auditEvent(ctx.viewer);
    const qb = ctx.db.getRepository(AuditEvent).createQueryBuilder('a').where(c.sql, c.params);
    return paginate(qb, { args, sort: { expr: 'a.seq', cast: 'numeric' }, direction, idExpr: 'a.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'auditEventById', AuditEvent, 'a', policy.auditEvent(ctx.viewer)).load(id);
  },

  /** Walks the chain in seq order, recomputing every hash; reports the first link that does not match. */
  async verify(ctx: RequestContext): Promise<ChainVerification> {
    if (policy.auditEvent(ctx.viewer).sql === 'FALSE') throw new NotFoundError();
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
        const expected = auditHash(prev, e);
        if (e.prevHash !== prev || e.hash !== expected) {
          return { valid: false, checked, firstBrokenSeq: Number(e.seq), firstBrokenEventId: e.globalId };
        }
        prev = e.hash;
        checked += 1;
        lastSeq = e.seq;
      }
      if (rows.length < BATCH) return { valid: true, checked, firstBrokenSeq: null, firstBrokenEventId: null };
    }
  },
};
