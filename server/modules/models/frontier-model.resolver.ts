import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Developer } from '../organizations/developer.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { FrontierModel } from './frontier-model.entity';
import {
  FrontierModelFilter,
  RecordModelReleaseInput,
  RegisterFrontierModelInput,
  UpdateFrontierModelInput,
} from './frontier-model.inputs';
import { Coverage } from './frontier-model.entity';
import { coverageLoader } from './frontier-model.loaders';
import { frontierModelService, FrontierModelOrder, type FrontierModelOrderValue } from './frontier-model.service';

export const FrontierModelConnection = connectionType(FrontierModel, 'FrontierModel');

@ObjectType({ description: 'The result of registering or updating a frontier model.' })
export class FrontierModelPayload {
  @Field(() => FrontierModel, { description: 'The model as it now is.' })
  model!: FrontierModel;
}

@Resolver(() => FrontierModel)
export class FrontierModelResolver {
  @Query(() => FrontierModelConnection, {
    description: 'Frontier models you may see: your own, released ones, or all for the government.',
  })
  frontierModels(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => FrontierModelFilter, { nullable: true, description: 'Filters.' }) filter?: FrontierModelFilter,
    @Arg('orderBy', () => FrontierModelOrder.Input, FrontierModelOrder.arg) orderBy?: FrontierModelOrderValue,
  ) {
    return frontierModelService.models(ctx, filter, orderBy, args);
  }

  @Query(() => FrontierModelConnection, {
    description: 'Covered frontier models you may know to be covered (the government; a developer: its own).',
  })
  coveredModels(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => FrontierModelFilter, {
      nullable: true,
      description: 'More filters, e.g. plannedReleaseBefore for "releasing in the next 30 days".',
    })
    filter?: FrontierModelFilter,
    @Arg('orderBy', () => FrontierModelOrder.Input, FrontierModelOrder.arg) orderBy?: FrontierModelOrderValue,
  ) {
    return frontierModelService.models(ctx, { ...filter, coverage: [Coverage.COVERED] }, orderBy, args);
  }

  @FieldResolver(() => Coverage, {
    description: 'Whether it is a covered frontier model, derived from the designation cases you may see.',
  })
  coverage(@Root() model: FrontierModel, @Ctx() ctx: RequestContext) {
    return coverageLoader(ctx).load(model.id);
  }

  @FieldResolver(() => Developer, { description: 'The developer that registered the model.' })
  developer(@Root() model: FrontierModel, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(model.developerId);
  }

  @Mutation(() => FrontierModelPayload, { description: "Registers a frontier model for the viewer's developer." })
  async registerFrontierModel(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterFrontierModelInput, { description: 'The model.' }) input: RegisterFrontierModelInput,
  ) {
    return { model: await frontierModelService.register(ctx, input) };
  }

  @Mutation(() => FrontierModelPayload, {
    description:
      'Record the public release of your model. Always succeeds, whatever windows or findings are open; open review windows close as RELEASED. Nothing approves, licenses or clears a release.',
  })
  async recordModelRelease(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordModelReleaseInput, { description: 'The release.' }) input: RecordModelReleaseInput,
  ) {
    return { model: await frontierModelService.recordRelease(ctx, input) };
  }

  @Mutation(() => FrontierModelPayload, {
    description:
      'Changes a frontier model (its developer). Moving plannedReleaseAt moves open review windows and re-clamps their access start.',
  })
  async updateFrontierModel(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateFrontierModelInput, { description: 'The changes.' }) input: UpdateFrontierModelInput,
  ) {
    return { model: await frontierModelService.update(ctx, input) };
  }
}

@Resolver(() => Developer)
export class DeveloperModelsResolver {
  @FieldResolver(() => FrontierModelConnection, { description: "The developer's frontier models that you may see." })
  models(
    @Root() developer: Developer,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => FrontierModelFilter, { nullable: true, description: 'Filters.' }) filter?: FrontierModelFilter,
    @Arg('orderBy', () => FrontierModelOrder.Input, FrontierModelOrder.arg) orderBy?: FrontierModelOrderValue,
  ) {
    return frontierModelService.modelsOfDeveloper(ctx, developer.id, filter, orderBy, args);
  }
}
