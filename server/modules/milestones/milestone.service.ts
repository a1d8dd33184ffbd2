import type { ListSource } from '../../core/reads';
import { IsOptional } from 'class-validator';
import { defineOrder, type OrderValue } from '../../core/ordering';
import { allow, assertVisible, signedIn } from '../../core/permissions';
import { Field, ID, InputType } from 'type-graphql';
import { DAY_MS } from '../../core/clock';
import { applyCondition, ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import { policy } from '../../core/policy';
import type { RequestContext } from '../../core/context';
import { expectGlobalId } from '../../core/ids';
import { transition } from '../../core/lifecycle';
import { milestoneLifecycle } from './milestone.lifecycle';
import { isGovernment, isPlatformAdmin } from '../../core/viewer';
import { Milestone, MilestoneStatus } from './milestone.entity';

/** The status as SQL over milestone `ms`, from the clock. */
export const MILESTONE_STATUS_SQL = `CASE WHEN ms.completed_at IS NOT NULL THEN 'COMPLETE' WHEN ms.due_at < :ms_now THEN 'OVERDUE'
  WHEN ms.due_at < :ms_soon THEN 'DUE_SOON' ELSE 'UPCOMING' END`;
export const DUE_SOON_DAYS = 14;

@InputType({ description: 'Filters for milestones.' })
export class MilestoneFilter {
  @Field(() => [MilestoneStatus], { nullable: true, description: 'Statuses (computed from the clock).' })
  @IsOptional()
  statuses?: MilestoneStatus[];

  @Field(() => ID, { nullable: true, description: 'Responsible agency.' })
  @IsOptional()
  agencyId?: string;
}

@InputType({ description: 'Mark a milestone complete.' })
export class CompleteMilestoneInput {
  @Field(() => ID, { description: 'The milestone.' })
  milestoneId!: string;
}

export const MilestoneOrder = defineOrder(
  'Milestone',
  {
    DUE_AT: { description: 'By due date.', sort: { expr: 'ms.due_at', cast: 'timestamptz' } },
    SECTION: { description: "By the order's section.", sort: { expr: 'ms.section', cast: 'text' } },
  },
  { field: 'DUE_AT', direction: OrderDirection.ASC },
);
export type MilestoneOrderValue = OrderValue<keyof typeof MilestoneOrder.Field>;

/** The order's milestones (public), for compiled reads (core/reads.ts); the resolvers filter the same base. */
export const MILESTONES: ListSource<Milestone> = {
  type: 'Milestone',
  alias: 'ms',
  base: (ctx) => {
    const now = ctx.clock.now();
    return applyCondition(
      ctx.db.getRepository(Milestone).createQueryBuilder('ms'),
      policy.milestone(ctx.viewer),
    ).setParameters({ ms_now: now, ms_soon: new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS) });
  },
  order: MilestoneOrder,
};

export const milestoneService = {
  statusOf(ctx: RequestContext, m: Milestone): MilestoneStatus {
    const now = ctx.clock.now().getTime();
    if (m.completedAt) return MilestoneStatus.COMPLETE;
    if (m.dueAt.getTime() < now) return MilestoneStatus.OVERDUE;
    if (m.dueAt.getTime() < now + DUE_SOON_DAYS * DAY_MS) return MilestoneStatus.DUE_SOON;
    return MilestoneStatus.UPCOMING;
  },

  /** Milestones are public: the order and its deadlines are public record. */
  list(ctx: RequestContext, filter: MilestoneFilter | undefined, args: ConnectionArgs, orderBy?: MilestoneOrderValue) {
    const qb = MILESTONES.base(ctx);
    if (filter?.statuses?.length)
      qb.andWhere(`(${MILESTONE_STATUS_SQL}) IN (:...ms_statuses)`, { ms_statuses: filter.statuses });
    if (filter?.agencyId)
      qb.andWhere('ms.responsible_agency_id = :ms_agency', {
        ms_agency: expectGlobalId(filter.agencyId, 'Agency', 'filter.agencyId'),
      });
    return paginate(qb, { args, ...MilestoneOrder.resolve(orderBy), idExpr: 'ms.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return ctx.loaders
      .get<string, Milestone | null>('milestoneById', async (ids) => {
        const rows = await applyCondition(
          ctx.db.getRepository(Milestone).createQueryBuilder('ms'),
          policy.milestone(ctx.viewer),
        )
          .andWhere('ms.id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] })
          .getMany();
        return ids.map((i) => rows.find((r) => r.id === i) ?? null);
      })
      .load(id);
  },

  async complete(ctx: RequestContext, input: CompleteMilestoneInput) {
    signedIn(ctx.viewer);
    const m = await milestoneService.byId(ctx, expectGlobalId(input.milestoneId, 'Milestone', 'milestoneId'));
    const allowed =
      m &&
      (isPlatformAdmin(ctx.viewer) ||
        (isGovernment(ctx.viewer) && ctx.viewer.organizationId === m.responsibleAgencyId));
    assertVisible(m);
    allow(Boolean(allowed), 'RESPONSIBLE_AGENCY', 'Only the responsible agency completes its milestone.');
    return transition(ctx, milestoneLifecycle, {
      id: m.id,
      action: 'complete',
      auditAction: 'completeMilestone',
      changes: () => ({ completedAt: ctx.clock.now() }),
    });
  },
};
