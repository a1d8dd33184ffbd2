// The analysts' overview: the state of the coordination at a glance. Each part is one SQL statement under
// the viewer's visibility conditions, so a developer's overview covers only what it may see.
import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { rawQuery } from '../../core/sql';
import { COUNTED_DELIVERY_SQL, OVERDUE_SQL } from '../advisories/advisory.service';
import { Directive } from '../directives/directive.entity';
import { directiveService, REPORT_OVERDUE_SQL } from '../directives/directive.service';
import { MilestoneStatus } from '../milestones/milestone.entity';
import { MilestoneConnection } from '../milestones/milestone.resolver';
import { MilestoneOrder, milestoneService, type MilestoneOrderValue } from '../milestones/milestone.service';
import { ReviewWindowConnection } from '../review-windows/review-window.resolver';
import {
  ReviewWindowOrder,
  reviewWindowService,
  type ReviewWindowOrderValue,
} from '../review-windows/review-window.service';
import { ReviewWindowStatus } from '../review-windows/review-window.enums';
import { sqlList } from '../../core/policy';
import { ACKNOWLEDGED_DELIVERY_STATUSES } from '../advisories/advisory.enums';

@ObjectType('CountByKey', { simpleResolvers: true, description: 'A count for one value.' })
export class CountByKey {
  @Field({ description: 'The value (a status, severity, coverage, ...).' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('CoverageTotals', {
  simpleResolvers: true,
  description: 'Patch coverage across every delivery you may see.',
})
export class CoverageTotals {
  @Field(() => Int, { description: 'Deliveries.' })
  targeted!: number;

  @Field(() => Int, { description: 'Acknowledged or further.' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Patched.' })
  patched!: number;

  @Field(() => Int, { description: 'Not affected.' })
  notAffected!: number;

  @Field(() => Int, { description: 'Overdue.' })
  overdue!: number;
}

@ObjectType('DirectiveOverdue', {
  simpleResolvers: true,
  description: 'A directive and how many agency reports on it are overdue.',
})
export class DirectiveOverdue {
  @Field(() => Directive, { description: 'The directive.' })
  directive!: Directive;

  @Field(() => Int, { description: 'Distinct agencies with an overdue report.' })
  overdueAgencies!: number;

  @Field(() => Int, { description: 'Overdue reports.' })
  overdueReports!: number;
}

@ObjectType('Overview', {
  simpleResolvers: true,
  description: 'The state of the coordination at a glance, limited to what you may see.',
})
export class Overview {}

type Raw = Record<string, string>;

const run = (ctx: RequestContext, sql: string, params: Record<string, unknown>) => rawQuery<Raw>(ctx.db, sql, params);

const counts = (rows: Raw[]) => rows.map((r) => ({ key: r.key, count: Number(r.n) }));

@Resolver(() => Overview)
export class OverviewResolver {
  @Query(() => Overview, {
    description:
      'The state of the coordination at a glance: models, windows, entries, advisories, coverage, directives, milestones.',
  })
  overview(): Overview {
    return {};
  }

  @FieldResolver(() => [CountByKey], { description: 'Frontier models you may see, by coverage.' })
  async modelsByCoverage(@Ctx() ctx: RequestContext) {
    const vis = policy.frontierModel(ctx.viewer, 'm');
    const cov = policy.coverage(ctx.viewer, 'm');
    return counts(
      await run(
        ctx,
        `SELECT c.key, count(*) AS n FROM (SELECT ${cov.sql} AS key FROM frontier_model m WHERE ${vis.sql}) c GROUP BY c.key ORDER BY c.key`,
        { ...vis.params, ...cov.params },
      ),
    );
  }

  @FieldResolver(() => ReviewWindowConnection, {
    description: 'Open review windows, soonest release first (each with daysUntilRelease).',
  })
  openReviewWindows(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => ReviewWindowOrder.Input, ReviewWindowOrder.arg) orderBy?: ReviewWindowOrderValue,
  ) {
    return reviewWindowService.list(
      ctx,
      { statuses: [ReviewWindowStatus.PROPOSED, ReviewWindowStatus.AGREED, ReviewWindowStatus.ACCESS_GRANTED] },
      args,
      orderBy,
    );
  }

  @FieldResolver(() => [CountByKey], { description: 'Clearinghouse entries you may see, by status.' })
  async entriesByStatus(@Ctx() ctx: RequestContext) {
    const vis = policy.entry(ctx.viewer, 'e', ctx.clock.now());
    return counts(
      await run(
        ctx,
        `SELECT e.status AS key, count(*) AS n FROM clearinghouse_entry e WHERE ${vis.sql} GROUP BY e.status ORDER BY e.status`,
        vis.params,
      ),
    );
  }

  @FieldResolver(() => [CountByKey], { description: 'Clearinghouse entries you may see, by severity.' })
  async entriesBySeverity(@Ctx() ctx: RequestContext) {
    const vis = policy.entry(ctx.viewer, 'e', ctx.clock.now());
    return counts(
      await run(
        ctx,
        `SELECT e.severity AS key, count(*) AS n FROM clearinghouse_entry e WHERE ${vis.sql} GROUP BY e.severity ORDER BY e.severity`,
        vis.params,
      ),
    );
  }

  @FieldResolver(() => Int, {
    description: 'Deliveries still awaiting acknowledgement (of advisories that require it).',
  })
  async advisoriesAwaitingAcknowledgement(@Ctx() ctx: RequestContext) {
    const vis = policy.delivery(ctx.viewer, 'd');
    const [r] = await run(
      ctx,
      `SELECT count(*) AS n FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id WHERE d.status = 'DELIVERED' AND a.requires_acknowledgement AND a.status = 'PUBLISHED' AND d.withdrawn_at IS NULL AND ${vis.sql}`,
      vis.params,
    );
    return Number(r.n);
  }

  @FieldResolver(() => CoverageTotals, { description: 'Patch coverage across the deliveries you may see.' })
  async patchCoverage(@Ctx() ctx: RequestContext): Promise<CoverageTotals> {
    const vis = policy.delivery(ctx.viewer, 'd');
    const [r] = await run(
      ctx,
      `SELECT count(*) AS targeted,
         count(*) FILTER (WHERE d.status IN (${sqlList(ACKNOWLEDGED_DELIVERY_STATUSES)})) AS acknowledged,
         count(*) FILTER (WHERE d.status = 'PATCHED') AS patched, count(*) FILTER (WHERE d.status = 'NOT_AFFECTED') AS not_affected,
         count(*) FILTER (WHERE ${OVERDUE_SQL}) AS overdue
       FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id WHERE ${COUNTED_DELIVERY_SQL} AND ${vis.sql}`,
      { ...vis.params, overdue_now: ctx.clock.now() },
    );
    return {
      targeted: +r.targeted,
      acknowledged: +r.acknowledged,
      patched: +r.patched,
      notAffected: +r.not_affected,
      overdue: +r.overdue,
    };
  }

  @FieldResolver(() => [DirectiveOverdue], {
    description: 'Issued directives with overdue agency reports (that you may see), most overdue first.',
  })
  async directivesWithOverdueAgencies(@Ctx() ctx: RequestContext): Promise<DirectiveOverdue[]> {
    const vis = policy.complianceReport(ctx.viewer, 'r');
    const rows = await run(
      ctx,
      `SELECT r.directive_id AS id, count(DISTINCT r.agency_id) AS agencies, count(*) AS reports
       FROM compliance_report r JOIN directive d ON d.id = r.directive_id WHERE ${REPORT_OVERDUE_SQL} AND ${vis.sql}
       GROUP BY r.directive_id ORDER BY count(*) DESC LIMIT 50`,
      { ...vis.params, overdue_now: ctx.clock.now() },
    );
    const directives = await Promise.all(rows.map((r) => directiveService.byId(ctx, r.id)));
    return rows.flatMap((r, i) =>
      directives[i]
        ? [{ directive: directives[i]!, overdueAgencies: Number(r.agencies), overdueReports: Number(r.reports) }]
        : [],
    );
  }

  @FieldResolver(() => MilestoneConnection, { description: "The order's milestones that are due soon or overdue." })
  milestonesDueOrOverdue(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => MilestoneOrder.Input, MilestoneOrder.arg) orderBy?: MilestoneOrderValue,
  ) {
    return milestoneService.list(ctx, { statuses: [MilestoneStatus.OVERDUE, MilestoneStatus.DUE_SOON] }, args, orderBy);
  }
}
