import { applyCondition, ConnectionArgs, nestedConnection, OrderDirection } from '../../core/connection';
import { defineOrder, type OrderValue } from '../../core/ordering';
import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { visibleById } from '../../core/visible';
import type { Node } from '../../core/node';
import { TimelineEvent } from '../../core/timeline-event.entity';

export const TimelineEventOrder = defineOrder(
  'TimelineEvent',
  { AT: { description: 'When it happened (the order of recording).', sort: { expr: 't.seq', cast: 'numeric' } } },
  { field: 'AT', direction: OrderDirection.ASC },
);
export type TimelineOrderValue = OrderValue<keyof typeof TimelineEventOrder.Field>;

export const timelineService = {
  /**
   * The timeline of one subject, oldest first. The caller has already loaded the subject through its own
   * visibility check; government-only steps are filtered here, in SQL.
   */
  eventsOf(ctx: RequestContext, subjectId: string, args: ConnectionArgs, orderBy?: TimelineOrderValue) {
    const { sort, direction } = TimelineEventOrder.resolve(orderBy);
    return nestedConnection(ctx.loaders, subjectId, {
      name: 'timelineOf',
      base: () =>
        applyCondition(
          ctx.db.getRepository(TimelineEvent).createQueryBuilder('t'),
          policy.timelineEvent(ctx.viewer, 't'),
        ),
      parentExpr: 't.subject_id',
      parentOf: (t) => t.subjectId,
      sort,
      direction,
      idExpr: 't.id',
      args,
    });
  },

  /** Every event of each subject in a response (oldest first) in one statement, e.g. for a CSAF revision history. */
  allOf(ctx: RequestContext, subjectId: string): Promise<TimelineEvent[]> {
    return ctx.loaders
      .get<string, TimelineEvent[]>('timelineAllOf', async (ids) => {
        const rows = await applyCondition(
          ctx.db.getRepository(TimelineEvent).createQueryBuilder('t'),
          policy.timelineEvent(ctx.viewer, 't'),
        )
          .andWhere('t.subject_id = ANY(CAST(:tl_ids AS uuid[]))', { tl_ids: [...ids] })
          .orderBy('t.seq', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.subjectId === id));
      })
      .load(subjectId);
  },

  /** One event by id: visible when its subject is (loaded through node(id)'s own loaders) and it is not a government-only step hidden from you. */
  async byId(
    ctx: RequestContext,
    id: string,
    resolve: (type: string, id: string) => Promise<Node | null>,
  ): Promise<TimelineEvent | null> {
    const event = await visibleById(
      ctx,
      'timelineEventById',
      TimelineEvent,
      't',
      policy.timelineEvent(ctx.viewer, 't'),
    ).load(id);
    if (!event) return null;
    return (await resolve(event.subjectType, event.subjectId)) ? event : null;
  },
};
