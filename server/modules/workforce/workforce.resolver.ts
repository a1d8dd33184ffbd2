import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Milestone } from '../milestones/milestone.entity';
import { milestoneService } from '../milestones/milestone.service';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { HiringInitiative, HiringReport, HiringTarget } from './hiring-initiative.entity';
import { OpmCyberCode, WorkRole } from './work-role.entity';
import {
  LaunchHiringInitiativeInput,
  OpmCyberCodeFilter,
  ReportHiringPlanInput,
  SetHiringTargetInput,
  WorkRoleFilter,
} from './workforce.inputs';
import {
  HiringInitiativeOrder,
  HiringTargetOrder,
  OpmCyberCodeOrder,
  WorkRoleOrder,
  workforceService,
  type HiringInitiativeOrderValue,
  type HiringTargetOrderValue,
  type InitiativeAgencyStatus,
  type OpmCyberCodeOrderValue,
  type WorkRoleOrderValue,
} from './workforce.service';

export const WorkRoleConnection = connectionType(WorkRole, 'WorkRole');
export const OpmCyberCodeConnection = connectionType(OpmCyberCode, 'OpmCyberCode');
export const HiringInitiativeConnection = connectionType(HiringInitiative, 'HiringInitiative');
export const HiringTargetConnection = connectionType(HiringTarget, 'HiringTarget');

@ObjectType('InitiativeAgency', {
  simpleResolvers: true,
  description: 'An agency with a target under an initiative: the target and its plan and progress reports.',
})
export class InitiativeAgency {
  @Field(() => Int, { description: 'Positions to fill: the all-roles target, else the sum of its work-role targets.' })
  target!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its hiring plan was reported.' })
  planReportedAt!: Date | null;

  @Field({ description: 'Past the plan deadline with no plan reported (from the clock).' })
  planLate!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its progress was reported.' })
  progressReportedAt!: Date | null;

  @Field({ description: 'Past the progress deadline with no progress reported (from the clock).' })
  progressLate!: boolean;

  agencyId!: string;
  planReportId!: string | null;
  progressReportId!: string | null;
}

@ObjectType({ description: 'The result of launching an initiative.' })
export class HiringInitiativePayload {
  @Field(() => HiringInitiative, { description: 'The initiative.' })
  initiative!: HiringInitiative;
}

@ObjectType({ description: 'The result of setting a target.' })
export class HiringTargetPayload {
  @Field(() => HiringTarget, { description: 'The target as it now is.' })
  target!: HiringTarget;
}

@ObjectType({ description: 'The result of a plan or progress report.' })
export class HiringReportPayload {
  @Field(() => HiringReport, { description: 'The report as it now is.' })
  report!: HiringReport;
}

@Resolver(() => WorkRole)
export class WorkRoleResolver {
  @Query(() => WorkRoleConnection, {
    description: 'The 41 work roles of the NICE Workforce Framework for Cybersecurity, components v2.0.0 (public).',
  })
  workRoles(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => WorkRoleFilter, { nullable: true, description: 'Filters.' }) filter?: WorkRoleFilter,
    @Arg('orderBy', () => WorkRoleOrder.Input, WorkRoleOrder.arg) orderBy?: WorkRoleOrderValue,
  ) {
    return workforceService.workRoles(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => [OpmCyberCode], { description: 'Its OPM codes (none yet for two v2 roles).' })
  opmCyberCodes(@Root() r: WorkRole, @Ctx() ctx: RequestContext) {
    return workforceService.codesOfRole(ctx, r.id);
  }
}

@Resolver(() => OpmCyberCode)
export class OpmCyberCodeResolver {
  @Query(() => OpmCyberCodeConnection, { description: 'The 53 OPM cybersecurity data codes (public).' })
  opmCyberCodes(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OpmCyberCodeFilter, { nullable: true, description: 'Filters.' }) filter?: OpmCyberCodeFilter,
    @Arg('orderBy', () => OpmCyberCodeOrder.Input, OpmCyberCodeOrder.arg) orderBy?: OpmCyberCodeOrderValue,
  ) {
    return workforceService.opmCyberCodes(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => WorkRole, {
    nullable: true,
    description:
      'Its NICE v2 work role (none for "000" and the intelligence and effects codes v2 moved to DoD\'s framework).',
  })
  workRole(@Root() c: OpmCyberCode, @Ctx() ctx: RequestContext) {
    return c.workRoleId ? workforceService.workRoleById(ctx, c.workRoleId) : null;
  }
}

@Resolver(() => HiringInitiative)
export class HiringInitiativeResolver {
  @Query(() => HiringInitiativeConnection, {
    description: "The order's cyber hiring initiatives (members of government agencies).",
  })
  hiringInitiatives(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => HiringInitiativeOrder.Input, HiringInitiativeOrder.arg) orderBy?: HiringInitiativeOrderValue,
  ) {
    return workforceService.initiatives(ctx, args, orderBy);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The authority that launched it.' })
  authority(@Root() i: HiringInitiative, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(i.authorityId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'Its day-30 milestone (hiring plans).' })
  planMilestone(@Root() i: HiringInitiative, @Ctx() ctx: RequestContext) {
    return milestoneService.byId(ctx, i.planMilestoneId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'Its day-60 milestone (progress).' })
  progressMilestone(@Root() i: HiringInitiative, @Ctx() ctx: RequestContext) {
    return milestoneService.byId(ctx, i.progressMilestoneId);
  }

  @FieldResolver(() => HiringTargetConnection, {
    description: "Agencies' targets you may see (government analysts all; an agency its own).",
  })
  targets(
    @Root() i: HiringInitiative,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => HiringTargetOrder.Input, HiringTargetOrder.arg) orderBy?: HiringTargetOrderValue,
  ) {
    return workforceService.targetsOf(ctx, i.id, args, orderBy);
  }

  @FieldResolver(() => [InitiativeAgency], {
    description:
      'Each agency with a target (that you may see), with its plan and progress reports; late ones are past due and unreported.',
  })
  agencies(
    @Root() i: HiringInitiative,
    @Ctx() ctx: RequestContext,
    @Arg('lateOnly', { nullable: true, defaultValue: false, description: 'Only agencies late with a report.' })
    lateOnly: boolean,
  ): Promise<InitiativeAgencyStatus[]> {
    return workforceService.agencies(ctx, i, lateOnly);
  }

  @Mutation(() => HiringInitiativePayload, {
    description:
      'Launch a hiring initiative (WORKFORCE_AUTHORITY analysts); its day-30 and day-60 deadlines join the milestones.',
  })
  async launchHiringInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LaunchHiringInitiativeInput, { description: 'The initiative.' })
    input: LaunchHiringInitiativeInput,
  ) {
    return { initiative: await workforceService.launch(ctx, input) };
  }

  @Mutation(() => HiringTargetPayload, {
    description: "Set an agency's target, in all roles or for one work role (the initiative's authority).",
  })
  async setHiringTarget(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetHiringTargetInput, { description: 'The target.' }) input: SetHiringTargetInput,
  ) {
    return { target: await workforceService.setTarget(ctx, input) };
  }

  @Mutation(() => HiringReportPayload, {
    description: "Report your agency's hiring plan or progress under an initiative (agencies with a target).",
  })
  async reportHiringPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReportHiringPlanInput, { description: 'The report.' }) input: ReportHiringPlanInput,
  ) {
    return { report: await workforceService.report(ctx, input) };
  }
}

@Resolver(() => InitiativeAgency)
export class InitiativeAgencyResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency.' })
  agency(@Root() a: InitiativeAgencyStatus, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(a.agencyId);
  }

  @FieldResolver(() => HiringReport, { nullable: true, description: 'Its hiring plan.' })
  planReport(@Root() a: InitiativeAgencyStatus, @Ctx() ctx: RequestContext) {
    return a.planReportId ? workforceService.reportById(ctx, a.planReportId) : null;
  }

  @FieldResolver(() => HiringReport, { nullable: true, description: 'Its progress report.' })
  progressReport(@Root() a: InitiativeAgencyStatus, @Ctx() ctx: RequestContext) {
    return a.progressReportId ? workforceService.reportById(ctx, a.progressReportId) : null;
  }
}

@Resolver(() => HiringTarget)
export class HiringTargetResolver {
  @FieldResolver(() => HiringInitiative, { nullable: true, description: 'The initiative.' })
  initiative(@Root() t: HiringTarget, @Ctx() ctx: RequestContext) {
    return workforceService.initiativeById(ctx, t.initiativeId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency.' })
  agency(@Root() t: HiringTarget, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(t.agencyId);
  }

  @FieldResolver(() => WorkRole, { nullable: true, description: 'The work role (none: all roles).' })
  workRole(@Root() t: HiringTarget, @Ctx() ctx: RequestContext) {
    return t.workRoleId ? workforceService.workRoleById(ctx, t.workRoleId) : null;
  }
}

@Resolver(() => HiringReport)
export class HiringReportResolver {
  @FieldResolver(() => HiringInitiative, { nullable: true, description: 'The initiative.' })
  initiative(@Root() r: HiringReport, @Ctx() ctx: RequestContext) {
    return workforceService.initiativeById(ctx, r.initiativeId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The reporting agency.' })
  agency(@Root() r: HiringReport, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(r.agencyId);
  }

  @FieldResolver(() => Boolean, { description: 'Reported after its deadline.' })
  async late(@Root() r: HiringReport, @Ctx() ctx: RequestContext) {
    const i = await workforceService.initiativeById(ctx, r.initiativeId);
    return Boolean(i && r.reportedAt.getTime() > i.dueAt(r.kind).getTime());
  }
}
