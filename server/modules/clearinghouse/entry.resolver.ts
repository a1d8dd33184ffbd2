import { GraphQLJSONObject } from 'graphql-scalars';
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
import { isGovernment } from '../../core/viewer';
import { visibleEvents } from '../../core/subscriptions';
import { FrontierModel } from '../models/frontier-model.entity';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { timelineService } from '../timeline/timeline.service';
import { ClearinghouseEntry } from './entry.entity';
import {
  AddRemediationInput,
  EntryFilter,
  EntryTransitionInput,
  MarkDuplicateInput,
  MarkKnownExploitedInput,
  ReportEntryInput,
  UpdateEntryInput,
} from './entry.inputs';
import { entryLoader } from './entry.loaders';
import { ENTRY_UPDATED, entryService, EntryOrder, type EntryOrderValue } from './entry.service';
import { toCsaf } from './exports/csaf';
import { toOsv } from './exports/osv';

export const ClearinghouseEntryConnection = connectionType(ClearinghouseEntry, 'ClearinghouseEntry');

@ObjectType({ description: 'The result of a change to a clearinghouse entry.' })
export class ClearinghouseEntryPayload {
  @Field(() => ClearinghouseEntry, { description: 'The entry as it now is.' })
  entry!: ClearinghouseEntry;
}

const input = <T>(type: new () => T, description: string) => Arg('input', () => type, { description });

@Resolver(() => ClearinghouseEntry)
export class ClearinghouseEntryResolver {
  @Query(() => ClearinghouseEntryConnection, {
    description: 'Search the clearinghouse: free text (ranked) plus filters, only what your TLP access allows.',
  })
  clearinghouseEntries(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Free text over title, summary and details (web-search syntax: "quoted phrases", -exclusions, or).',
    })
    search?: string,
    @Arg('filter', () => EntryFilter, { nullable: true, description: 'Filters.' }) filter?: EntryFilter,
    @Arg('orderBy', () => EntryOrder.Input, EntryOrder.arg) orderBy?: EntryOrderValue,
  ) {
    return entryService.search(ctx, search, filter, orderBy, args);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Who reported it (null if you may not see that organization).',
  })
  reportedBy(@Root() e: ClearinghouseEntry, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(e.reportedById);
  }

  @FieldResolver(() => FrontierModel, {
    nullable: true,
    description: 'The frontier model that found it, if AI-assisted and visible to you.',
  })
  discoveredWithModel(@Root() e: ClearinghouseEntry, @Ctx() ctx: RequestContext) {
    return e.discoveredWithModelId ? frontierModelLoader(ctx).load(e.discoveredWithModelId) : null;
  }

  @FieldResolver(() => ClearinghouseEntry, {
    nullable: true,
    description: 'The original, when this is a duplicate (and you may see it).',
  })
  duplicateOf(@Root() e: ClearinghouseEntry, @Ctx() ctx: RequestContext) {
    return e.duplicateOfId ? entryLoader(ctx).load(e.duplicateOfId) : null;
  }

  @FieldResolver(() => ClearinghouseEntry, {
    nullable: true,
    description:
      'For analysts: an entry that already held this CVE when it was reported (the reporter could not see it). Null for everyone else.',
  })
  possibleDuplicateOf(@Root() e: ClearinghouseEntry, @Ctx() ctx: RequestContext) {
    return e.possibleDuplicateOfId && isGovernment(ctx.viewer) ? entryLoader(ctx).load(e.possibleDuplicateOfId) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The entry as an OSV record (ossf/osv-schema 1.6).' })
  osv(@Root() e: ClearinghouseEntry) {
    return toOsv(e);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The entry as a CSAF 2.0 document with its TLP distribution: a csaf_security_advisory, or csaf_base when it names no affected product; valid against the schema and the mandatory tests. Its revision history is the timeline you may see.',
  })
  async csaf(@Root() e: ClearinghouseEntry, @Ctx() ctx: RequestContext) {
    return toCsaf(
      e,
      (await timelineService.allOf(ctx, e.id)).map((t) => ({
        date: t.at,
        summary: t.toStatus && t.fromStatus !== t.toStatus ? `${t.action}: ${t.toStatus}` : t.action,
      })),
    );
  }

  @Mutation(() => ClearinghouseEntryPayload, {
    description:
      'Report a vulnerability (any member organization). It gets a key like ACC-2026-00042 and status REPORTED.',
  })
  async reportClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(ReportEntryInput, 'The vulnerability.') i: ReportEntryInput,
  ) {
    return { entry: await entryService.report(ctx, i) };
  }

  @Mutation(() => ClearinghouseEntryPayload, {
    description: 'Edit an entry (clearinghouse analysts; the reporter while REPORTED).',
  })
  async updateClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(UpdateEntryInput, 'The changes.') i: UpdateEntryInput,
  ) {
    return { entry: await entryService.update(ctx, i) };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'REPORTED -> TRIAGED (clearinghouse analysts).' })
  async triageClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'triage') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'TRIAGED -> VALIDATED: publishes it to its TLP audience.' })
  async validateClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'validate') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'TRIAGED -> REJECTED: not a vulnerability.' })
  async rejectClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'reject') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'TRIAGED -> DUPLICATE of an original entry.' })
  async markClearinghouseEntryDuplicate(
    @Ctx() ctx: RequestContext,
    @input(MarkDuplicateInput, 'The entry and its original.') i: MarkDuplicateInput,
  ) {
    return { entry: await entryService.markDuplicate(ctx, i) };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'VALIDATED -> COORDINATING the fix.' })
  async coordinateClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'coordinate') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: '-> PATCH_AVAILABLE.' })
  async markClearinghouseEntryPatchAvailable(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'patchAvailable') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'PATCH_AVAILABLE -> RESOLVED.' })
  async resolveClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'resolve') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'Withdraw an entry from any open state.' })
  async withdrawClearinghouseEntry(
    @Ctx() ctx: RequestContext,
    @input(EntryTransitionInput, 'The entry.') i: EntryTransitionInput,
  ) {
    return { entry: await entryService.transition(ctx, i, 'withdraw') };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'Attach a remediation (validated entries onward).' })
  async addClearinghouseRemediation(
    @Ctx() ctx: RequestContext,
    @input(AddRemediationInput, 'The remediation.') i: AddRemediationInput,
  ) {
    return { entry: await entryService.addRemediation(ctx, i) };
  }

  @Mutation(() => ClearinghouseEntryPayload, { description: 'Flag as known exploited, with KEV catalog fields.' })
  async markClearinghouseEntryKnownExploited(
    @Ctx() ctx: RequestContext,
    @input(MarkKnownExploitedInput, 'KEV fields.') i: MarkKnownExploitedInput,
  ) {
    return { entry: await entryService.markKnownExploited(ctx, i) };
  }

  @Subscription(() => ClearinghouseEntry, {
    description: 'An entry changed; sent only to those who may see it (TLP, embargo and publication applied).',
    subscribe: ({ context }) =>
      visibleEvents(context as RequestContext, ENTRY_UPDATED, (ctx, p) => entryLoader(ctx).load(String(p.entryId))),
  })
  entryUpdated(@Root() entry: ClearinghouseEntry) {
    return entry;
  }
}
