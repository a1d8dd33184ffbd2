import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from '../users/user.entity';
import { userLoader } from '../users/user.loaders';
import { NotificationKind } from './kinds';
import { Notification } from './notification.entity';
import { NotificationChannel, NotificationMode } from './notification.enums';
import {
  CreateWebhookEndpointInput,
  DisableWebhookEndpointInput,
  NotificationFilter,
  NotificationInput,
  SetNotificationPreferenceInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointInput,
} from './notification.inputs';
import {
  NotificationOrder,
  notificationService,
  WebhookEndpointOrder,
  type NotificationOrderValue,
  type WebhookEndpointOrderValue,
} from './notification.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export const WebhookEndpointConnection = connectionType(WebhookEndpoint, 'WebhookEndpoint');
export const NotificationConnection = connectionType(Notification, 'Notification');

@ObjectType({ description: 'An endpoint with its signing secret, shown this once.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field({
    description:
      'The signing secret (`whsec_...`), for any Standard Webhooks library. Shown only now; Concord keeps it encrypted.',
  })
  secret!: string;
}

@ObjectType({ description: 'The endpoint after the change.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;
}

@ObjectType({ description: 'The notification, queued again.' })
export class NotificationPayload {
  @Field(() => Notification, { description: 'The notification (same id: receivers deduplicate on it).' })
  notification!: Notification;
}

@ObjectType({ description: 'How you receive the email of one kind.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: string;

  @Field(() => NotificationMode, { description: 'Immediately, daily digest, or off.' })
  mode!: NotificationMode;

  @Field({ description: "Whether this is the kind's default (you have not chosen)." })
  isDefault!: boolean;
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, {
    description: "Your organization's webhook endpoints (org admins; platform admins see all), newest first.",
  })
  webhookEndpoints(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('orderBy', () => WebhookEndpointOrder.Input, WebhookEndpointOrder.arg) orderBy?: WebhookEndpointOrderValue,
  ) {
    return notificationService.webhookEndpoints(ctx, args, orderBy);
  }

  @FieldResolver(() => Organization, { description: 'The organization it belongs to.' })
  organization(@Root() e: WebhookEndpoint, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(e.organizationId);
  }

  @FieldResolver(() => NotificationConnection, { description: 'What was sent to it, newest first.' })
  deliveries(
    @Root() e: WebhookEndpoint,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Filters.' }) filter?: NotificationFilter,
    @Arg('orderBy', () => NotificationOrder.Input, NotificationOrder.arg) orderBy?: NotificationOrderValue,
  ) {
    return notificationService.notifications(ctx, filter, args, orderBy, {
      channel: NotificationChannel.WEBHOOK,
      endpointId: e.globalId,
    });
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Registers an HTTPS endpoint for your organization (org admins). Requests are signed per Standard Webhooks; the secret is shown once.',
  })
  createWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint.' }) input: CreateWebhookEndpointInput,
  ) {
    return notificationService.createEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Changes the kinds or label of an endpoint.' })
  async updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The change.' }) input: UpdateWebhookEndpointInput,
  ) {
    return { endpoint: await notificationService.updateEndpoint(ctx, input) };
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'A new signing secret, shown once; the old one keeps signing beside it for 24 hours.',
  })
  rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' }) input: WebhookEndpointInput,
  ) {
    return notificationService.rotateSecret(ctx, input);
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Stops sending to an endpoint.' })
  async disableWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DisableWebhookEndpointInput, { description: 'The endpoint.' })
    input: DisableWebhookEndpointInput,
  ) {
    return { endpoint: await notificationService.disable(ctx, input) };
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Sends to a disabled endpoint again.' })
  async enableWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' }) input: WebhookEndpointInput,
  ) {
    return { endpoint: await notificationService.enable(ctx, input) };
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      "Webhook deliveries you may see (your organization's, for org admins), newest first; status DEAD lists the dead letters.",
  })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Filters.' }) filter?: NotificationFilter,
    @Arg('orderBy', () => NotificationOrder.Input, NotificationOrder.arg) orderBy?: NotificationOrderValue,
  ) {
    return notificationService.notifications(ctx, filter, args, orderBy, { channel: NotificationChannel.WEBHOOK });
  }

  @Query(() => NotificationConnection, {
    description:
      "Notifications on every channel you may see: platform admins and clearinghouse analysts all, org admins their organization's, anyone the emails sent to them.",
  })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Filters.' }) filter?: NotificationFilter,
    @Arg('orderBy', () => NotificationOrder.Input, NotificationOrder.arg) orderBy?: NotificationOrderValue,
  ) {
    return notificationService.notifications(ctx, filter, args, orderBy);
  }

  @Query(() => [NotificationPreference], {
    description: 'How you receive the email of each kind (people only; empty for an API key).',
  })
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return notificationService.preferences(ctx);
  }

  @FieldResolver(() => WebhookEndpoint, { nullable: true, description: 'The endpoint it went to (webhooks).' })
  endpoint(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.endpointId ? notificationService.endpointById(ctx, n.endpointId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person it went to (email), if you may see them.' })
  recipient(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.userId ? userLoader(ctx).load(n.userId) : null;
  }

  @Mutation(() => NotificationPayload, { description: 'Sends a webhook delivery again, with the same webhook-id.' })
  async redeliverWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NotificationInput, { description: 'The delivery.' }) input: NotificationInput,
  ) {
    return { notification: await notificationService.retry(ctx, input, NotificationChannel.WEBHOOK) };
  }

  @Mutation(() => NotificationPayload, {
    description: 'Sends any notification again (a dead letter, for example), with the same id.',
  })
  async retryNotification(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NotificationInput, { description: 'The notification.' }) input: NotificationInput,
  ) {
    return { notification: await notificationService.retry(ctx, input) };
  }

  @Mutation(() => NotificationPreference, { description: 'How you want the email of one kind.' })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetNotificationPreferenceInput, { description: 'The choice.' })
    input: SetNotificationPreferenceInput,
  ) {
    return notificationService.setPreference(ctx, input);
  }
}
