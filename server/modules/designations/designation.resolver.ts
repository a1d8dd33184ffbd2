import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { visibleEvents } from '../../core/subscriptions';
import { FrontierModel } from '../models/frontier-model.entity';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { BenchmarkResult } from './benchmark-result.entity';
import { DesignationResponse } from './designation-response.entity';
import { Designation } from './designation.entity';
import {
  DecideDesignationInput,
  DesignationActionInput,
  DesignationFilter,
  OpenDesignationInput,
  ProposeDesignationInput,
  RecordBenchmarkResultInput,
  RequestDesignationInput,
  RequestReassessmentInput,
  RespondToDesignationInput,
} from './designation.inputs';
import { designationLoader } from './designation.loaders';
import {
  DESIGNATION_UPDATED,
  designationService,
  BenchmarkResultOrder,
  DesignationResponseOrder,
  type BenchmarkResultOrderValue,
  type DesignationResponseOrderValue,
  DesignationOrder,
  type DesignationOrderValue,
} from './designation.service';

export const DesignationConnection = connectionType(Designation, 'Designation');
export const BenchmarkResultConnection = connectionType(BenchmarkResult, 'BenchmarkResult');
export const DesignationResponseConnection = connectionType(DesignationResponse, 'DesignationResponse');

@ObjectType({ description: 'The result of a move on a designation case.' })
export class DesignationPayload {
  @Field(() => Designation, { description: 'The case as it now is.' })
  designation!: Designation;
}

@ObjectType({ description: 'The result of recording a benchmark result.' })
export class RecordBenchmarkResultPayload {
  @Field(() => Designation, { description: 'The case as it now is.' })
  designation!: Designation;

  @Field(() => BenchmarkResult, { description: 'The recorded result.' })
  benchmarkResult!: BenchmarkResult;
}

@ObjectType({ description: "The result of the developer's response." })
export class RespondToDesignationPayload {
  @Field(() => Designation, { description: 'The case as it now is.' })
  designation!: Designation;

  @Field(() => DesignationResponse, { description: 'The response.' })
  response!: DesignationResponse;
}

@Resolver(() => Designation)
export class DesignationResolver {
  @Query(() => DesignationConnection, {
    description: 'Designation cases you may see (the government: all; a developer: its notified or requested cases).',
  })
  designations(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DesignationFilter, { nullable: true, description: 'Filters.' }) filter?: DesignationFilter,
    @Arg('orderBy', () => DesignationOrder.Input, DesignationOrder.arg) orderBy?: DesignationOrderValue,
  ) {
    return designationService.list(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => FrontierModel, { description: 'The model the case is about.' })
  model(@Root() d: Designation, @Ctx() ctx: RequestContext) {
    return frontierModelLoader(ctx).load(d.modelId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency leading the case.' })
  leadAgency(@Root() d: Designation, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(d.leadAgencyId);
  }

  @FieldResolver(() => Designation, { nullable: true, description: 'The earlier case this one reassesses.' })
  reassessmentOf(@Root() d: Designation, @Ctx() ctx: RequestContext) {
    return d.reassessmentOfId ? designationLoader(ctx).load(d.reassessmentOfId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'A proposal whose response window has passed without a response (from the clock, never stored).',
  })
  responseOverdue(@Root() d: Designation, @Ctx() ctx: RequestContext) {
    return designationService.responseOverdue(ctx, d);
  }

  @FieldResolver(() => BenchmarkResultConnection, {
    description: 'Benchmark results (government only; empty for others).',
  })
  benchmarkResults(
    @Root() d: Designation,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => BenchmarkResultOrder.Input, BenchmarkResultOrder.arg) orderBy?: BenchmarkResultOrderValue,
  ) {
    return designationService.benchmarkResults(ctx, d.id, args, orderBy);
  }

  @FieldResolver(() => DesignationResponseConnection, { description: "The developer's responses." })
  responses(
    @Root() d: Designation,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => DesignationResponseOrder.Input, DesignationResponseOrder.arg)
    orderBy?: DesignationResponseOrderValue,
  ) {
    return designationService.responses(ctx, d.id, args, orderBy);
  }

  @Mutation(() => DesignationPayload, {
    description: 'Ask whether a designation applies to your model (basis DEVELOPER_REQUEST).',
  })
  async requestDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestDesignationInput, { description: 'The request.' }) input: RequestDesignationInput,
  ) {
    return { designation: await designationService.request(ctx, input) };
  }

  @Mutation(() => DesignationPayload, {
    description: 'Open a case on a model (designation authority). The developer sees nothing until notified.',
  })
  async openDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenDesignationInput, { description: 'The case.' }) input: OpenDesignationInput,
  ) {
    return { designation: await designationService.open(ctx, input) };
  }

  @Mutation(() => RecordBenchmarkResultPayload, {
    description: 'Record a classification benchmark result (designation authority).',
  })
  async recordBenchmarkResult(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordBenchmarkResultInput, { description: 'The result.' }) input: RecordBenchmarkResultInput,
  ) {
    const { designation, result } = await designationService.recordBenchmarkResult(ctx, input);
    return { designation, benchmarkResult: result };
  }

  @Mutation(() => DesignationPayload, { description: 'Propose COVERED or NOT_COVERED (designation authority).' })
  async proposeDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposeDesignationInput, { description: 'The proposal.' }) input: ProposeDesignationInput,
  ) {
    return { designation: await designationService.propose(ctx, input) };
  }

  @Mutation(() => DesignationPayload, {
    description: "Tell the developer about the case; with a proposal, this opens the developer's response window.",
  })
  async notifyDeveloper(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DesignationActionInput, { description: 'The case.' }) input: DesignationActionInput,
  ) {
    return { designation: await designationService.notifyDeveloper(ctx, input) };
  }

  @Mutation(() => RespondToDesignationPayload, {
    description: 'Agree with or contest a proposal, before responseDueAt (the developer).',
  })
  respondToDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RespondToDesignationInput, { description: 'The response.' }) input: RespondToDesignationInput,
  ) {
    return designationService.respond(ctx, input);
  }

  @Mutation(() => DesignationPayload, {
    description: "Decide the case (designation authority). Before responseDueAt it needs the developer's response.",
  })
  async decideDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideDesignationInput, { description: 'The decision.' }) input: DecideDesignationInput,
  ) {
    return { designation: await designationService.decide(ctx, input) };
  }

  @Mutation(() => DesignationPayload, {
    description: 'Withdraw an open case (the authority, or the developer for its own request).',
  })
  async withdrawDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DesignationActionInput, { description: 'The case.' }) input: DesignationActionInput,
  ) {
    return { designation: await designationService.withdraw(ctx, input) };
  }

  @Mutation(() => DesignationPayload, {
    description: 'Ask for a covered model to be assessed again with new facts (after a 180-day cooldown).',
  })
  async requestReassessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestReassessmentInput, { description: 'The request.' }) input: RequestReassessmentInput,
  ) {
    return { designation: await designationService.requestReassessment(ctx, input) };
  }

  @Subscription(() => Designation, {
    description:
      "A designation case changed. Sent to the model's developer (once it may see the case) and to the government.",
    subscribe: ({ context }) =>
      visibleEvents(context as RequestContext, DESIGNATION_UPDATED, (ctx, p) =>
        designationLoader(ctx).load(String(p.designationId)),
      ),
  })
  designationUpdated(@Root() designation: Designation) {
    return designation;
  }
}

/** A model's designation cases, from the designations side (cases are about models; models know nothing of cases). */
@Resolver(() => FrontierModel)
export class ModelDesignationsResolver {
  @FieldResolver(() => DesignationConnection, {
    description: 'Designation cases on this model that you may see, newest first.',
  })
  designations(
    @Root() model: FrontierModel,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => DesignationOrder.Input, DesignationOrder.arg) orderBy?: DesignationOrderValue,
  ) {
    return designationService.casesOfModel(ctx, model.id, args, orderBy);
  }
}
