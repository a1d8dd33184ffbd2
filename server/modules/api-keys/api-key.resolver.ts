import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { ApiKey } from './api-key.entity';
import { IssueApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKeyOrder, apiKeyService, type ApiKeyOrderValue } from './api-key.service';

export const ApiKeyConnection = connectionType(ApiKey, 'ApiKey');

@ObjectType({ description: 'A newly issued API key, with its secret shown this once.' })
export class IssueApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key (without its secret).' })
  apiKey!: ApiKey;

  @Field({
    description: 'The secret to send as `Authorization: Bearer <secret>`. Shown only now; Concord keeps only its hash.',
  })
  secret!: string;
}

@ObjectType({ description: 'The result of revoking an API key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The revoked key.' })
  apiKey!: ApiKey;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, {
    description: "API keys you administer (your organization's, for org admins), newest first.",
  })
  apiKeys(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only keys of this organization.' })
    organizationId?: string,
    @Arg('orderBy', () => ApiKeyOrder.Input, ApiKeyOrder.arg) orderBy?: ApiKeyOrderValue,
  ) {
    return apiKeyService.apiKeys(ctx, organizationId, args, orderBy);
  }

  @FieldResolver(() => Organization, { description: 'The organization the key acts for.' })
  organization(@Root() key: ApiKey, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(key.organizationId);
  }

  @Mutation(() => IssueApiKeyPayload, {
    description: 'Issues an API key for an organization (its org admins or platform administrators).',
  })
  issueApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueApiKeyInput, { description: 'The key.' }) input: IssueApiKeyInput,
  ) {
    return apiKeyService.issue(ctx, input);
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key; it never works again.' })
  async revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key.' }) input: RevokeApiKeyInput,
  ) {
    return { apiKey: await apiKeyService.revoke(ctx, input) };
  }
}
