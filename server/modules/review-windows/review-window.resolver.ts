import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { FrontierModel } from '../models/frontier-model.entity';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';
import {
  CloseReviewWindowInput,
  FileReviewFindingInput,
  ProposeReviewWindowInput,
  ReviewFindingActionInput,
  ReviewWindowActionInput,
  ReviewWindowFilter,
} from './review-window.inputs';
import { reviewWindowLoader } from './review-window.loaders';
import {
  reviewWindowService,
  ReviewWindowOrder,
  ReviewFindingOrder,
  type ReviewWindowOrderValue,
  type ReviewFindingOrderValue,
  WINDOWS_OF_MODEL_ORDER,
} from './review-window.service';

export const ReviewWindowConnection = connectionType(ReviewWindow, 'ReviewWindow');
export const ReviewFindingConnection = connectionType(ReviewFinding, 'ReviewFinding');

@ObjectType({ description: 'The result of a move on a review window.' })
export class ReviewWindowPayload {
  @Field(() => ReviewWindow, { description: 'The window as it now is.' })
  reviewWindow!: ReviewWindow;
}

@ObjectType({ description: 'The result of a move on a review finding.' })
export class ReviewFindingPayload {
  @Field(() => ReviewFinding, { description: 'The finding as it now is.' })
  finding!: ReviewFinding;
}

@Resolver(() => ReviewWindow)
export class ReviewWindowResolver {
  @Query(() => ReviewWindowConnection, {
    description: 'Review windows you may see (the developer and the government), soonest release first.',
  })
  reviewWindows(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ReviewWindowFilter, { nullable: true, description: 'Filters.' }) filter?: ReviewWindowFilter,
    @Arg('orderBy', () => ReviewWindowOrder.Input, ReviewWindowOrder.arg) orderBy?: ReviewWindowOrderValue,
  ) {
    return reviewWindowService.list(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => FrontierModel, { description: 'The model under review.' })
  model(@Root() w: ReviewWindow, @Ctx() ctx: RequestContext) {
    return frontierModelLoader(ctx).load(w.modelId);
  }

  @FieldResolver(() => [Agency], { description: 'The agencies reviewing.' })
  reviewingAgencies(@Root() w: ReviewWindow, @Ctx() ctx: RequestContext) {
    return reviewWindowService.reviewingAgencies(ctx, w);
  }

  @FieldResolver(() => Int, {
    description: 'Whole days until the planned release (negative once past), from the clock.',
  })
  daysUntilRelease(@Root() w: ReviewWindow, @Ctx() ctx: RequestContext) {
    return reviewWindowService.daysUntilRelease(ctx, w);
  }

  @FieldResolver(() => ReviewFindingConnection, { description: 'Findings you may see, oldest first.' })
  findings(
    @Root() w: ReviewWindow,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => ReviewFindingOrder.Input, ReviewFindingOrder.arg) orderBy?: ReviewFindingOrderValue,
  ) {
    return reviewWindowService.findingsOf(ctx, w.id, args, orderBy);
  }

  @Mutation(() => ReviewWindowPayload, {
    description:
      'Propose a voluntary pre-release review window for your model (access at most 30 days before release).',
  })
  async proposeReviewWindow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposeReviewWindowInput, { description: 'The window.' }) input: ProposeReviewWindowInput,
  ) {
    return { reviewWindow: await reviewWindowService.propose(ctx, input) };
  }

  @Mutation(() => ReviewWindowPayload, { description: 'The government agrees to a proposed window.' })
  async agreeReviewWindow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewWindowActionInput, { description: 'The window.' }) input: ReviewWindowActionInput,
  ) {
    return { reviewWindow: await reviewWindowService.agree(ctx, input) };
  }

  @Mutation(() => ReviewWindowPayload, { description: 'The developer grants the reviewing agencies access.' })
  async grantReviewAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewWindowActionInput, { description: 'The window.' }) input: ReviewWindowActionInput,
  ) {
    return { reviewWindow: await reviewWindowService.grantAccess(ctx, input) };
  }

  @Mutation(() => ReviewWindowPayload, { description: 'Call off a window before access is granted (either party).' })
  async cancelReviewWindow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewWindowActionInput, { description: 'The window.' }) input: ReviewWindowActionInput,
  ) {
    return { reviewWindow: await reviewWindowService.cancel(ctx, input) };
  }

  @Mutation(() => ReviewWindowPayload, {
    description: 'The developer withdraws from the review or cancels the release; the window closes.',
  })
  async closeReviewWindow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseReviewWindowInput, { description: 'The window and reason.' })
    input: CloseReviewWindowInput,
  ) {
    return { reviewWindow: await reviewWindowService.close(ctx, input) };
  }
}

@Resolver(() => ReviewFinding)
export class ReviewFindingResolver {
  @FieldResolver(() => ReviewWindow, { description: 'The review window.' })
  window(@Root() f: ReviewFinding, @Ctx() ctx: RequestContext) {
    return reviewWindowLoader(ctx).load(f.windowId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that filed it.' })
  filedBy(@Root() f: ReviewFinding, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(f.filedByAgencyId);
  }

  @Mutation(() => ReviewFindingPayload, {
    description:
      'A reviewing agency files a finding (marked AMBER_STRICT unless stated). Findings inform; they never gate.',
  })
  async fileReviewFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => FileReviewFindingInput, { description: 'The finding.' }) input: FileReviewFindingInput,
  ) {
    return { finding: await reviewWindowService.fileFinding(ctx, input) };
  }

  @Mutation(() => ReviewFindingPayload, { description: 'The developer acknowledges a finding.' })
  async acknowledgeReviewFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewFindingActionInput, { description: 'The finding.' }) input: ReviewFindingActionInput,
  ) {
    return { finding: await reviewWindowService.acknowledgeFinding(ctx, input) };
  }

  @Mutation(() => ReviewFindingPayload, { description: 'The developer reports a finding mitigated.' })
  async markReviewFindingMitigated(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewFindingActionInput, { description: 'The finding.' }) input: ReviewFindingActionInput,
  ) {
    return { finding: await reviewWindowService.mitigateFinding(ctx, input) };
  }

  @Mutation(() => ReviewFindingPayload, { description: 'The developer accepts the risk of a finding.' })
  async acceptReviewFindingRisk(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewFindingActionInput, { description: 'The finding.' }) input: ReviewFindingActionInput,
  ) {
    return { finding: await reviewWindowService.acceptFindingRisk(ctx, input) };
  }
}

/** FrontierModel.reviewWindows: declared here, where windows are, so that models never depend on review windows. */
@Resolver(() => FrontierModel)
export class ModelReviewWindowsResolver {
  @FieldResolver(() => ReviewWindowConnection, {
    description: 'Pre-release review windows for this model that you may see, newest first.',
  })
  reviewWindows(
    @Root() model: FrontierModel,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => ReviewWindowOrder.Input, ReviewWindowOrder.argWith(WINDOWS_OF_MODEL_ORDER))
    orderBy?: ReviewWindowOrderValue,
  ) {
    return reviewWindowService.windowsOfModel(ctx, model.id, args, orderBy);
  }
}
