import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { userService, UserOrder, type UserOrderValue } from './user.service';

export const UserConnection = connectionType(User, 'User');

@ObjectType({ description: 'The result of creating or updating a user.' })
export class UserPayload {
  @Field(() => User, { description: 'The user as it now is.' })
  user!: User;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, {
    description: 'Users you may see: your organization; everyone for government analysts and platform admins.',
  })
  users(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Filters.' }) filter?: UserFilter,
    @Arg('orderBy', () => UserOrder.Input, UserOrder.arg) orderBy?: UserOrderValue,
  ) {
    return userService.users(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => Organization, { description: 'The organization the user belongs to.' })
  organization(@Root() user: User, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(user.organizationId);
  }

  @Mutation(() => UserPayload, {
    description: 'Adds a user to an organization (its org admins or platform administrators).',
  })
  async createUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUserInput, { description: 'The user.' }) input: CreateUserInput,
  ) {
    return { user: await userService.create(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: 'Changes a user: name, roles, or deactivation.' })
  async updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
  ) {
    return { user: await userService.update(ctx, input) };
  }
}
