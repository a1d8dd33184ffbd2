import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { Milestone, MilestoneStatus } from './milestone.entity';
import {
  CompleteMilestoneInput,
  MilestoneFilter,
  MilestoneOrder,
  milestoneService,
  type MilestoneOrderValue,
} from './milestone.service';

export const MilestoneConnection = connectionType(Milestone, 'Milestone');

@ObjectType({ description: 'The result of completing a milestone.' })
export class MilestonePayload {
  @Field(() => Milestone, { description: 'The milestone.' })
  milestone!: Milestone;
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => MilestoneConnection, { description: "The order's deliverables, soonest due first (public)." })
  milestones(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => MilestoneFilter, { nullable: true, description: 'Filters.' }) filter?: MilestoneFilter,
    @Arg('orderBy', () => MilestoneOrder.Input, MilestoneOrder.arg) orderBy?: MilestoneOrderValue,
  ) {
    return milestoneService.list(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => MilestoneStatus, { description: 'Where it stands, from the clock.' })
  status(@Root() m: Milestone, @Ctx() ctx: RequestContext) {
    return milestoneService.statusOf(ctx, m);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The responsible agency (null for the public, who sees no agencies).',
  })
  responsibleAgency(@Root() m: Milestone, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(m.responsibleAgencyId);
  }

  @Mutation(() => MilestonePayload, {
    description: 'Mark a milestone complete (the responsible agency or platform administrators).',
  })
  async completeMilestone(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompleteMilestoneInput, { description: 'The milestone.' }) input: CompleteMilestoneInput,
  ) {
    return { milestone: await milestoneService.complete(ctx, input) };
  }
}
