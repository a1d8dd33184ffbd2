import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { Overview } from '../overview/overview.resolver';
import { HiringInitiative } from './hiring-initiative.entity';
import { measuresService, type StageMeasure, type WorkforceMeasure } from './measures.service';
import { WorkRole } from './work-role.entity';
import { HiringStage, SystemPriority, TIME_TO_HIRE_MODEL_DAYS, WorkforceGrouping } from './workforce.enums';
import { WorkforceMeasureFilter } from './workforce.inputs';
import { workforceService } from './workforce.service';

@ObjectType('WorkforceStageMeasure', {
  simpleResolvers: true,
  description: "Where the time goes in one stage: median days spent in it against the 80-day model's allotment.",
})
export class WorkforceStageMeasureType {
  @Field(() => HiringStage, { description: 'The stage.' })
  stage!: HiringStage;

  @Field(() => Int, { description: 'Days the 80-day model allots to it.' })
  allotmentDays!: number;

  @Field(() => Float, { nullable: true, description: 'Median days spent in it by positions that moved past it.' })
  medianDays!: number | null;

  @Field(() => Int, { description: 'Positions that moved past it (the median is over these).' })
  positions!: number;

  @Field({ description: 'The median is over the allotment.' })
  get overAllotment(): boolean {
    return this.medianDays !== null && this.medianDays > this.allotmentDays;
  }
}

@ObjectType('WorkforceMeasure', {
  simpleResolvers: true,
  description:
    'Cyber hiring in one group (an agency, initiative, work role, system priority, or everything you may count), computed in SQL from the clock.',
})
export class WorkforceMeasureType {
  @Field({
    description:
      'The group: a global id (agency, initiative, work role; "NONE" for no work role), a priority, or "TOTAL".',
  })
  key!: string;

  @Field(() => SystemPriority, { nullable: true, description: 'The system priority (grouped by priority).' })
  systemPriority!: SystemPriority | null;

  @Field(() => Int, { description: 'Positions recorded (not cancelled).' })
  positions!: number;

  @Field(() => Int, { description: 'Positions still being filled.' })
  open!: number;

  @Field(() => Int, { description: 'Positions filled (entered on duty).' })
  filled!: number;

  @Field(() => Int, { description: 'Positions cancelled.' })
  cancelled!: number;

  @Field(() => Int, { nullable: true, description: 'The target (null when none is set, or grouped by priority).' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days to hire (need validated to entered on duty).' })
  medianDaysToHire!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile days to hire (continuous).' })
  p90DaysToHire!: number | null;

  @Field(() => Int, { description: `Filled within the ${TIME_TO_HIRE_MODEL_DAYS}-day model.` })
  withinModel!: number;

  @Field(() => Int, { description: "Open positions past their stage's allotment." })
  overdue!: number;

  @Field(() => Int, { description: 'GS-2210 positions coded "000" (likely coding errors).' })
  likelyCodingErrors!: number;

  @Field(() => [WorkforceStageMeasureType], { description: 'Median days per stage against the model.' })
  stages!: StageMeasure[];

  agencyId!: string | null;
  initiativeId!: string | null;
  workRoleId!: string | null;
}

@ObjectType('WorkforceSummary', {
  simpleResolvers: true,
  description:
    'Are we hiring the cyber workforce the order asked for, where are we slow, and are NSS and federal civilian positions first?',
})
export class WorkforceSummary {
  @Field(() => WorkforceMeasureType, { nullable: true, description: 'Everything you may count (null: nothing).' })
  total!: WorkforceMeasure | null;

  @Field(() => [WorkforceMeasureType], { description: 'Per system priority.' })
  bySystemPriority!: WorkforceMeasure[];

  @Field(() => Int, { description: 'Agency plan or progress reports past due and unreported.' })
  lateReports!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'National security and federal civilian positions are hired no slower (median days) than other positions; null until both sides have hires.',
  })
  prioritySystemsFirst!: boolean | null;
}

const share = (part: number, whole: number | null) => (whole ? part / whole : null);

@Resolver(() => WorkforceMeasureType)
export class WorkforceMeasureResolver {
  @Query(() => [WorkforceMeasureType], {
    description:
      "Cyber hiring measures per group: the authority and government analysts count every agency; an agency's members their own; others nothing.",
  })
  workforceMeasures(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => WorkforceGrouping, { defaultValue: WorkforceGrouping.AGENCY, description: 'Grouping.' })
    groupBy: WorkforceGrouping,
    @Arg('filter', () => WorkforceMeasureFilter, { nullable: true, description: 'Which positions.' })
    filter?: WorkforceMeasureFilter,
  ) {
    return measuresService.measures(ctx, groupBy, filter);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency (grouped by agency).' })
  agency(@Root() m: WorkforceMeasure, @Ctx() ctx: RequestContext) {
    return m.agencyId ? organizationLoader(ctx).load(m.agencyId) : null;
  }

  @FieldResolver(() => HiringInitiative, { nullable: true, description: 'The initiative (grouped by initiative).' })
  initiative(@Root() m: WorkforceMeasure, @Ctx() ctx: RequestContext) {
    return m.initiativeId ? workforceService.initiativeById(ctx, m.initiativeId) : null;
  }

  @FieldResolver(() => WorkRole, { nullable: true, description: 'The work role (grouped by work role).' })
  workRole(@Root() m: WorkforceMeasure, @Ctx() ctx: RequestContext) {
    return m.workRoleId ? workforceService.workRoleById(ctx, m.workRoleId) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Filled over target (null without a target).' })
  filledShareOfTarget(@Root() m: WorkforceMeasure) {
    return share(m.filled, m.target);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Share of the filled within the 80-day model.' })
  shareWithinModel(@Root() m: WorkforceMeasure) {
    return share(m.withinModel, m.filled);
  }

  @FieldResolver(() => HiringStage, {
    nullable: true,
    description: 'The stage whose median most exceeds its allotment (null when none does).',
  })
  slowestStage(@Root() m: WorkforceMeasure) {
    let worst: StageMeasure | null = null;
    for (const s of m.stages)
      if (s.medianDays !== null && s.medianDays > s.allotmentDays)
        if (!worst || s.medianDays - s.allotmentDays > worst.medianDays! - worst.allotmentDays) worst = s;
    return worst?.stage ?? null;
  }
}

@Resolver(() => Overview)
export class OverviewWorkforceResolver {
  @FieldResolver(() => WorkforceSummary, {
    description: 'The cyber hiring surge: totals, per system priority, late agency reports (what you may count).',
  })
  async workforce(@Ctx() ctx: RequestContext): Promise<WorkforceSummary> {
    const [total, bySystemPriority, lateReports] = await Promise.all([
      measuresService.measures(ctx, WorkforceGrouping.TOTAL, undefined),
      measuresService.measures(ctx, WorkforceGrouping.SYSTEM_PRIORITY, undefined),
      workforceService.lateReports(ctx),
    ]);
    const median = (p: SystemPriority) =>
      bySystemPriority.find((m) => m.systemPriority === p)?.medianDaysToHire ?? null;
    const other = median(SystemPriority.OTHER);
    const priority = [
      median(SystemPriority.NATIONAL_SECURITY_SYSTEMS),
      median(SystemPriority.FEDERAL_CIVILIAN_SYSTEMS),
    ].filter((x): x is number => x !== null);
    return {
      total: total[0] ?? null,
      bySystemPriority,
      lateReports,
      prioritySystemsFirst: other === null || priority.length === 0 ? null : priority.every((d) => d <= other),
    };
  }
}
