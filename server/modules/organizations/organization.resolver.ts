import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Agency } from './agency.entity';
import { Developer } from './developer.entity';
import { Organization } from './organization.entity';
import {
  AgencyFilter,
  CreateAgencyInput,
  CreateDeveloperInput,
  CreateRecipientInput,
  DeveloperFilter,
  OrganizationFilter,
  RecipientFilter,
  UpdateAgencyInput,
  UpdateDeveloperInput,
  UpdateRecipientInput,
} from './organization.inputs';
import { organizationService, OrganizationOrder, type OrganizationOrderValue } from './organization.service';
import { Recipient } from './recipient.entity';

export const OrganizationConnection = connectionType(Organization, 'Organization');
export const DeveloperConnection = connectionType(Developer, 'Developer');
export const AgencyConnection = connectionType(Agency, 'Agency');
export const RecipientConnection = connectionType(Recipient, 'Recipient');

@ObjectType({ description: 'The result of creating or updating a developer.' })
export class DeveloperPayload {
  @Field(() => Developer, { description: 'The developer as it now is.' })
  developer!: Developer;
}

@ObjectType({ description: 'The result of creating or updating an agency.' })
export class AgencyPayload {
  @Field(() => Agency, { description: 'The agency as it now is.' })
  agency!: Agency;
}

@ObjectType({ description: 'The result of creating or updating a recipient.' })
export class RecipientPayload {
  @Field(() => Recipient, { description: 'The recipient as it now is.' })
  recipient!: Recipient;
}

@Resolver()
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations of every kind that you may see.' })
  organizations(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Filters.' }) filter?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrder.Input, OrganizationOrder.arg) orderBy?: OrganizationOrderValue,
  ) {
    return organizationService.organizations(ctx, filter, orderBy, args);
  }

  @Query(() => DeveloperConnection, { description: 'AI developers taking part in the framework (public).' })
  developers(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DeveloperFilter, { nullable: true, description: 'Filters.' }) filter?: DeveloperFilter,
    @Arg('orderBy', () => OrganizationOrder.Input, OrganizationOrder.arg) orderBy?: OrganizationOrderValue,
  ) {
    return organizationService.developers(ctx, filter, orderBy, args);
  }

  @Query(() => AgencyConnection, { description: 'Government agencies (signed-in users).' })
  agencies(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Filters.' }) filter?: AgencyFilter,
    @Arg('orderBy', () => OrganizationOrder.Input, OrganizationOrder.arg) orderBy?: OrganizationOrderValue,
  ) {
    return organizationService.agencies(ctx, filter, orderBy, args);
  }

  @Query(() => RecipientConnection, {
    description: 'Critical-infrastructure recipients you may see (the government sees all; a recipient sees itself).',
  })
  recipients(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RecipientFilter, { nullable: true, description: 'Filters.' }) filter?: RecipientFilter,
    @Arg('orderBy', () => OrganizationOrder.Input, OrganizationOrder.arg) orderBy?: OrganizationOrderValue,
  ) {
    return organizationService.recipients(ctx, filter, orderBy, args);
  }

  @Mutation(() => DeveloperPayload, { description: 'Adds an AI developer (platform administrators).' })
  async createDeveloper(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateDeveloperInput, { description: 'The developer.' }) input: CreateDeveloperInput,
  ) {
    return { developer: await organizationService.createDeveloper(ctx, input) };
  }

  @Mutation(() => DeveloperPayload, {
    description: 'Changes a developer (its own org admins; participation by platform administrators).',
  })
  async updateDeveloper(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateDeveloperInput, { description: 'The changes.' }) input: UpdateDeveloperInput,
  ) {
    return { developer: await organizationService.updateDeveloper(ctx, input) };
  }

  @Mutation(() => AgencyPayload, { description: 'Adds a government agency (platform administrators).' })
  async createAgency(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAgencyInput, { description: 'The agency.' }) input: CreateAgencyInput,
  ) {
    return { agency: await organizationService.createAgency(ctx, input) };
  }

  @Mutation(() => AgencyPayload, {
    description: 'Changes an agency (its own org admins; capabilities by platform administrators).',
  })
  async updateAgency(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateAgencyInput, { description: 'The changes.' }) input: UpdateAgencyInput,
  ) {
    return { agency: await organizationService.updateAgency(ctx, input) };
  }

  @Mutation(() => RecipientPayload, {
    description: 'Adds a critical-infrastructure recipient (platform administrators).',
  })
  async createRecipient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateRecipientInput, { description: 'The recipient.' }) input: CreateRecipientInput,
  ) {
    return { recipient: await organizationService.createRecipient(ctx, input) };
  }

  @Mutation(() => RecipientPayload, {
    description: 'Changes a recipient (its own org admins or platform administrators).',
  })
  async updateRecipient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateRecipientInput, { description: 'The changes.' }) input: UpdateRecipientInput,
  ) {
    return { recipient: await organizationService.updateRecipient(ctx, input) };
  }
}
