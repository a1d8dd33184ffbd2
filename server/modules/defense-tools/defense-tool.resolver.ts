import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Developer } from '../organizations/developer.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { Recipient } from '../organizations/recipient.entity';
import { DefenseTool } from './defense-tool.entity';
import {
  OfferDefenseToolInput,
  RequestToolGrantInput,
  ToolGrantActionInput,
  ToolGrantFilter,
} from './defense-tool.inputs';
import {
  DefenseToolOrder,
  defenseToolService,
  ToolGrantOrder,
  type DefenseToolOrderValue,
  type ToolGrantOrderValue,
} from './defense-tool.service';
import { ToolGrant } from './tool-grant.entity';
import { GrantRequester } from './tool-grant.types';

export const DefenseToolConnection = connectionType(DefenseTool, 'DefenseTool');
export const ToolGrantConnection = connectionType(ToolGrant, 'ToolGrant');

@ObjectType({ description: 'The result of offering a tool.' })
export class DefenseToolPayload {
  @Field(() => DefenseTool, { description: 'The tool.' })
  tool!: DefenseTool;
}

@ObjectType({ description: 'The result of a change to a grant.' })
export class ToolGrantPayload {
  @Field(() => ToolGrant, { description: 'The grant as it now is.' })
  grant!: ToolGrant;
}

@Resolver(() => DefenseTool)
export class DefenseToolResolver {
  @Query(() => DefenseToolConnection, {
    description: 'Defense tools: the ones you are eligible for (recipients), your own (developers), all (government).',
  })
  defenseTools(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => DefenseToolOrder.Input, DefenseToolOrder.arg) orderBy?: DefenseToolOrderValue,
  ) {
    return defenseToolService.list(ctx, args, orderBy);
  }

  @Query(() => ToolGrantConnection, {
    description: 'Tool grants you may see: your own (recipients), of your tools (developers), all (government).',
  })
  toolGrants(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('toolId', () => ID, { nullable: true, description: 'Only grants of this tool (same as filter.toolId).' })
    toolId?: string,
    @Arg('filter', () => ToolGrantFilter, { nullable: true, description: 'Filters.' }) filter?: ToolGrantFilter,
    @Arg('orderBy', () => ToolGrantOrder.Input, ToolGrantOrder.arg) orderBy?: ToolGrantOrderValue,
  ) {
    return defenseToolService.grants(ctx, { ...filter, toolId: filter?.toolId ?? toolId }, args, orderBy);
  }

  @FieldResolver(() => Developer, { nullable: true, description: 'The developer offering it.' })
  developer(@Root() t: DefenseTool, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(t.developerId);
  }

  @FieldResolver(() => Int, { description: 'Seats held by approved or provisioned grants.' })
  seatsTaken(@Root() t: DefenseTool, @Ctx() ctx: RequestContext) {
    return defenseToolService.seatsTaken(ctx, t);
  }

  @Mutation(() => DefenseToolPayload, { description: 'Offer an AI cyber-defense tool (developer members).' })
  async offerDefenseTool(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OfferDefenseToolInput, { description: 'The tool.' }) input: OfferDefenseToolInput,
  ) {
    return { tool: await defenseToolService.offer(ctx, input) };
  }

  @Mutation(() => ToolGrantPayload, {
    description:
      'Request a seat for your organization. A tool you are not eligible for is one you cannot see: NOT_FOUND.',
  })
  async requestToolGrant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestToolGrantInput, { description: 'The request.' }) input: RequestToolGrantInput,
  ) {
    return { grant: await defenseToolService.request(ctx, input) };
  }

  @Mutation(() => ToolGrantPayload, {
    description:
      'Approve, deny, provision, revoke or expire a grant (the developer or a government analyst). Seats are never oversubscribed.',
  })
  async decideToolGrant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ToolGrantActionInput, { description: 'The decision.' }) input: ToolGrantActionInput,
  ) {
    return { grant: await defenseToolService.act(ctx, input) };
  }
}

@Resolver(() => ToolGrant)
export class ToolGrantResolver {
  @FieldResolver(() => DefenseTool, { nullable: true, description: 'The tool.' })
  tool(@Root() g: ToolGrant, @Ctx() ctx: RequestContext) {
    return defenseToolService.byId(ctx, g.toolId);
  }

  @FieldResolver(() => Recipient, {
    nullable: true,
    description: 'The recipient (to the government and the recipient itself; a tool developer reads `requester`).',
  })
  recipient(@Root() g: ToolGrant, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(g.recipientId);
  }

  @FieldResolver(() => GrantRequester, {
    description:
      "Who asks: the requester's name, type, state and size tier, for whoever sees the grant (the tool's developer decides on them).",
  })
  async requester(@Root() g: ToolGrant, @Ctx() ctx: RequestContext) {
    return (await defenseToolService.requester(ctx, g))!;
  }
}

@Resolver(() => Developer)
export class DeveloperToolsResolver {
  @FieldResolver(() => DefenseToolConnection, { description: 'Defense tools the developer offers that you may see.' })
  defenseTools(
    @Root() d: Developer,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => DefenseToolOrder.Input, DefenseToolOrder.arg) orderBy?: DefenseToolOrderValue,
  ) {
    return defenseToolService.toolsOfDeveloper(ctx, d.id, args, orderBy);
  }
}

@Resolver(() => Recipient)
export class RecipientGrantsResolver {
  @FieldResolver(() => ToolGrantConnection, { description: "The recipient's tool grants that you may see." })
  toolGrants(
    @Root() r: Recipient,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ToolGrantFilter, { nullable: true, description: 'Filters (recipientId is this recipient).' })
    filter?: ToolGrantFilter,
    @Arg('orderBy', () => ToolGrantOrder.Input, ToolGrantOrder.arg) orderBy?: ToolGrantOrderValue,
  ) {
    return defenseToolService.grantsOfRecipient(ctx, r.id, filter, args, orderBy);
  }
}
