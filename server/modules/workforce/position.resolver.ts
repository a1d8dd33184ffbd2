import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  GraphQLISODateTime,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { HiringInitiative } from './hiring-initiative.entity';
import { Position } from './position.entity';
import { visibleEvents } from '../../core/subscriptions';
import {
  POSITION_CHANGED,
  PositionOrder,
  positionService,
  type PositionOrderValue,
  type PositionStageDate,
} from './position.service';
import { OpmCyberCode, WorkRole } from './work-role.entity';
import { HiringStage } from './workforce.enums';
import { MovePositionInput, PositionFilter, RecordPositionInput, ReportApplicantCountsInput } from './workforce.inputs';
import { workforceService } from './workforce.service';

export const PositionConnection = connectionType(Position, 'Position');

@ObjectType('PositionStage', {
  simpleResolvers: true,
  description: 'One hiring stage of a position: when it was entered and the days spent in it.',
})
export class PositionStageType {
  @Field(() => HiringStage, { description: 'The stage.' })
  stage!: HiringStage;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was entered (null: not yet).' })
  enteredAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Days from entering it to entering the next stage.' })
  days!: number | null;

  @Field(() => Int, { nullable: true, description: "Days OPM's 80-day model allots to it." })
  allotmentDays!: number | null;
}

@ObjectType({ description: 'The result of a change to a position.' })
export class PositionPayload {
  @Field(() => Position, { description: 'The position as it now is.' })
  position!: Position;
}

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, {
    description:
      "Positions being filled: your agency's own (sensitive ones for its administrators and analysts); all for a workforce authority.",
  })
  positions(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PositionFilter, { nullable: true, description: 'Filters.' }) filter?: PositionFilter,
    @Arg('orderBy', () => PositionOrder.Input, PositionOrder.arg) orderBy?: PositionOrderValue,
  ) {
    return positionService.list(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The hiring agency.' })
  agency(@Root() p: Position, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(p.agencyId);
  }

  @FieldResolver(() => HiringInitiative, { nullable: true, description: 'The initiative it counts toward.' })
  initiative(@Root() p: Position, @Ctx() ctx: RequestContext) {
    return workforceService.initiativeById(ctx, p.initiativeId);
  }

  @FieldResolver(() => [OpmCyberCode], { description: 'Its OPM codes, most critical first.' })
  async opmCyberCodes(@Root() p: Position, @Ctx() ctx: RequestContext) {
    const codes = await Promise.all(p.opmCodes.map((c) => workforceService.codeByCode(ctx, c)));
    return codes.filter((c): c is OpmCyberCode => Boolean(c));
  }

  @FieldResolver(() => [WorkRole], { description: 'The NICE v2 work roles of its codes, most critical first.' })
  async workRoles(@Root() p: Position, @Ctx() ctx: RequestContext) {
    const codes = await Promise.all(p.opmCodes.map((c) => workforceService.codeByCode(ctx, c)));
    const ids = [...new Set(codes.map((c) => c?.workRoleId).filter((id): id is string => Boolean(id)))];
    const roles = await Promise.all(ids.map((id) => workforceService.workRoleById(ctx, id)));
    return roles.filter((r): r is WorkRole => Boolean(r));
  }

  @FieldResolver(() => Boolean, {
    description: 'A GS-2210 position coded "000": a likely coding error (GAO-19-144 found about one in five).',
  })
  likelyCodingError(@Root() p: Position) {
    return p.series === '2210' && p.opmCodes[0] === '000';
  }

  @FieldResolver(() => [PositionStageType], { description: 'Every stage in order, with dates and days spent.' })
  stages(@Root() p: Position): PositionStageDate[] {
    return positionService.stages(p);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: "When its current stage's allotment in the 80-day model runs out (null once closed).",
  })
  stageDeadline(@Root() p: Position) {
    return positionService.stageDeadline(p);
  }

  @FieldResolver(() => Boolean, { description: "Past its current stage's allotment (from the clock)." })
  overdue(@Root() p: Position, @Ctx() ctx: RequestContext) {
    return positionService.overdue(ctx, p);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Days from need validated to entered on duty (null until entered on duty).',
  })
  timeToHireDays(@Root() p: Position) {
    return positionService.timeToHireDays(p);
  }

  @Mutation(() => PositionPayload, { description: 'Record a position your agency is filling, at NEED_VALIDATED.' })
  async recordPosition(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPositionInput, { description: 'The position.' }) input: RecordPositionInput,
  ) {
    return { position: await positionService.record(ctx, input) };
  }

  @Mutation(() => PositionPayload, {
    description:
      'Move a position to its next stage on a date (or re-announce, or cancel); skipping a stage is INVALID_TRANSITION.',
  })
  async movePosition(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MovePositionInput, { description: 'The move.' }) input: MovePositionInput,
  ) {
    return { position: await positionService.move(ctx, input) };
  }

  @Mutation(() => PositionPayload, { description: "Report a position's applicant counts (they only grow)." })
  async reportApplicantCounts(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReportApplicantCountsInput, { description: 'The counts.' }) input: ReportApplicantCountsInput,
  ) {
    return { position: await positionService.reportCounts(ctx, input) };
  }

  @Subscription(() => Position, {
    description:
      'A position was recorded or changed: to its agency (sensitive ones to its administrators and analysts) and the workforce authority.',
    subscribe: ({ context }) =>
      visibleEvents(context as RequestContext, POSITION_CHANGED, (ctx, p) =>
        positionService.byId(ctx, String(p.positionId)),
      ),
  })
  positionChanged(@Root() position: Position) {
    return position;
  }
}
