import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
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
import { ClearinghouseEntry } from '../clearinghouse/entry.entity';
import { entryLoader } from '../clearinghouse/entry.loaders';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { Recipient } from '../organizations/recipient.entity';
import { AdvisoryDelivery } from './advisory-delivery.entity';
import { Advisory } from './advisory.entity';
import { CoverageGroupBy } from './advisory.enums';
import {
  AdvisoryActionInput,
  AdvisoryFilter,
  DeliveryFilter,
  DraftAdvisoryInput,
  UpdateDeliveryStatusInput,
} from './advisory.inputs';
import {
  ADVISORY_PUBLISHED,
  AdvisoryOrder,
  advisoryService,
  DELIVERY_UPDATED,
  DeliveryOrder,
  MY_ADVISORIES_ORDER,
  type AdvisoryOrderValue,
  type DeliveryOrderValue,
} from './advisory.service';
import { AdvisoryAudienceInput, AudiencePreview, DeliveryStats, PatchCoverageRow } from './advisory.types';

export const AdvisoryConnection = connectionType(Advisory, 'Advisory');
export const AdvisoryDeliveryConnection = connectionType(AdvisoryDelivery, 'AdvisoryDelivery');

@ObjectType({ description: 'The result of a change to an advisory.' })
export class AdvisoryPayload {
  @Field(() => Advisory, { description: 'The advisory as it now is.' })
  advisory!: Advisory;
}

@ObjectType({ description: "The result of a recipient's progress report." })
export class AdvisoryDeliveryPayload {
  @Field(() => AdvisoryDelivery, { description: 'The delivery as it now is.' })
  delivery!: AdvisoryDelivery;
}

@Resolver(() => Advisory)
export class AdvisoryResolver {
  @Query(() => AdvisoryConnection, {
    description:
      'Advisories you may see: the government all; a recipient those delivered to it; published CLEAR/GREEN ones by TLP.',
  })
  advisories(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AdvisoryFilter, { nullable: true, description: 'Filters.' }) filter?: AdvisoryFilter,
    @Arg('orderBy', () => AdvisoryOrder.Input, AdvisoryOrder.arg) orderBy?: AdvisoryOrderValue,
  ) {
    return advisoryService.list(ctx, filter, args, orderBy);
  }

  @Query(() => AudiencePreview, {
    description: 'How many recipients an audience reaches, by type and state, before publishing (government).',
  })
  previewAudience(
    @Ctx() ctx: RequestContext,
    @Arg('audience', () => AdvisoryAudienceInput, { description: 'The audience.' }) audience: AdvisoryAudienceInput,
  ) {
    return advisoryService.preview(ctx, audience);
  }

  @Query(() => [PatchCoverageRow], {
    description: 'Patch coverage across recipients, computed in SQL from the clock (government).',
  })
  patchCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => CoverageGroupBy, { description: 'How to group.' }) groupBy: CoverageGroupBy,
    @Arg('advisoryId', () => ID, { nullable: true, description: 'One advisory (default: every published one).' })
    advisoryId?: string,
  ) {
    return advisoryService.patchCoverage(ctx, groupBy, advisoryId);
  }

  @Query(() => AdvisoryDeliveryConnection, {
    description: 'Deliveries: the government all (e.g. overdue by state); a recipient its own.',
  })
  deliveries(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DeliveryFilter, { nullable: true, description: 'Filters.' }) filter?: DeliveryFilter,
    @Arg('orderBy', () => DeliveryOrder.Input, DeliveryOrder.arg) orderBy?: DeliveryOrderValue,
  ) {
    return advisoryService.deliveries(ctx, filter, args, orderBy);
  }

  @Query(() => AdvisoryDeliveryConnection, {
    description:
      "Your organization's advisories, most urgent and soonest due first (use filter.open for what still needs action).",
  })
  myAdvisories(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DeliveryFilter, { nullable: true, description: 'Filters.' }) filter?: DeliveryFilter,
    @Arg('orderBy', () => DeliveryOrder.Input, DeliveryOrder.argWith(MY_ADVISORIES_ORDER)) orderBy?: DeliveryOrderValue,
  ) {
    return advisoryService.deliveries(ctx, filter, args, orderBy, { mine: true });
  }

  @FieldResolver(() => [ClearinghouseEntry], { description: 'The entries it carries (those you may see).' })
  async entries(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return (await entryLoader(ctx).loadMany(a.entryIds)).filter(
      (e): e is ClearinghouseEntry => Boolean(e) && !(e instanceof Error),
    );
  }

  @FieldResolver(() => [Recipient], { description: 'Recipients named explicitly in the audience (those you may see).' })
  async namedRecipients(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return (await organizationLoader(ctx).loadMany(a.audience.recipientIds)).filter((r) => r instanceof Recipient);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The issuing agency.' })
  issuer(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(a.issuerId);
  }

  @FieldResolver(() => Advisory, { nullable: true, description: 'The earlier advisory this one replaces.' })
  supersedes(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return a.supersedesId ? advisoryService.byId(ctx, a.supersedesId) : null;
  }

  @FieldResolver(() => Advisory, { nullable: true, description: 'The newer advisory that replaces this one.' })
  supersededBy(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return advisoryService.supersededBy(ctx, a);
  }

  @FieldResolver(() => AdvisoryDeliveryConnection, { name: 'deliveries', description: 'Its deliveries you may see.' })
  deliveriesOf(
    @Root() a: Advisory,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DeliveryFilter, { nullable: true, description: 'Filters.' }) filter?: DeliveryFilter,
    @Arg('orderBy', () => DeliveryOrder.Input, DeliveryOrder.arg) orderBy?: DeliveryOrderValue,
  ) {
    return advisoryService.deliveriesOf(ctx, 'advisory', a.id, filter, args, orderBy);
  }

  @FieldResolver(() => DeliveryStats, {
    description: 'Progress across its recipients (your own delivery, for a recipient).',
  })
  deliveryStats(@Root() a: Advisory, @Ctx() ctx: RequestContext) {
    return advisoryService.stats(ctx, a);
  }

  @Mutation(() => AdvisoryPayload, {
    description: 'Draft an advisory about validated entries (clearinghouse analysts).',
  })
  async draftAdvisory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DraftAdvisoryInput, { description: 'The advisory.' }) input: DraftAdvisoryInput,
  ) {
    return { advisory: await advisoryService.draft(ctx, input) };
  }

  @Mutation(() => AdvisoryPayload, {
    description: 'Publish: one delivery per matching recipient, in one transaction, and notify them.',
  })
  async publishAdvisory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdvisoryActionInput, { description: 'The advisory.' }) input: AdvisoryActionInput,
  ) {
    return { advisory: await advisoryService.publish(ctx, input) };
  }

  @Mutation(() => AdvisoryPayload, { description: 'Withdraw an advisory.' })
  async withdrawAdvisory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdvisoryActionInput, { description: 'The advisory.' }) input: AdvisoryActionInput,
  ) {
    return { advisory: await advisoryService.withdraw(ctx, input) };
  }

  @Subscription(() => Advisory, {
    description:
      'An advisory was published to you (your organization is in its audience), or to anyone, for the government.',
    subscribe: ({ context }) =>
      visibleEvents(context as RequestContext, ADVISORY_PUBLISHED, (ctx, p) =>
        advisoryService.publishedTo(ctx, String(p.advisoryId)),
      ),
  })
  advisoryPublished(@Root() advisory: Advisory) {
    return advisory;
  }
}

@Resolver(() => AdvisoryDelivery)
export class AdvisoryDeliveryResolver {
  @FieldResolver(() => Advisory, { description: 'The advisory.' })
  advisory(@Root() d: AdvisoryDelivery, @Ctx() ctx: RequestContext) {
    return advisoryService.byId(ctx, d.advisoryId);
  }

  @FieldResolver(() => Recipient, { nullable: true, description: 'The recipient.' })
  recipient(@Root() d: AdvisoryDelivery, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(d.recipientId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Past a deadline without the step it asks for (from the clock, never stored).',
  })
  overdue(@Root() d: AdvisoryDelivery, @Ctx() ctx: RequestContext) {
    return advisoryService.overdue(ctx, d);
  }

  @Mutation(() => AdvisoryDeliveryPayload, {
    description:
      'Report progress on an advisory delivered to you: ACKNOWLEDGED, PATCH_IN_PROGRESS, PATCHED or NOT_AFFECTED. Repeating is harmless; going back is INVALID_TRANSITION.',
  })
  async updateDeliveryStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateDeliveryStatusInput, { description: 'The report.' }) input: UpdateDeliveryStatusInput,
  ) {
    return { delivery: await advisoryService.updateDelivery(ctx, input) };
  }

  @Subscription(() => AdvisoryDelivery, {
    description: 'A delivery changed: to the recipient itself and the government.',
    subscribe: ({ context }) =>
      visibleEvents(context as RequestContext, DELIVERY_UPDATED, (ctx, p) =>
        advisoryService.deliveryById(ctx, String(p.deliveryId)),
      ),
  })
  deliveryUpdated(@Root() delivery: AdvisoryDelivery) {
    return delivery;
  }
}

@Resolver(() => Recipient)
export class RecipientDeliveriesResolver {
  @FieldResolver(() => AdvisoryDeliveryConnection, {
    description: 'Advisories delivered to the recipient that you may see (the government, and the recipient itself).',
  })
  deliveries(
    @Root() r: Recipient,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => DeliveryFilter, { nullable: true, description: 'Filters (recipientId is this recipient).' })
    filter?: DeliveryFilter,
    @Arg('orderBy', () => DeliveryOrder.Input, DeliveryOrder.arg) orderBy?: DeliveryOrderValue,
  ) {
    return advisoryService.deliveriesOf(ctx, 'recipient', r.id, filter, args, orderBy);
  }
}
