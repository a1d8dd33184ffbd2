import { defineModule } from '../../core/module';
import { OutboxEvent } from '../../core/outbox-event.entity';
import { Notification } from './notification.entity';
import { ActionTokenUse, NotificationPreference, ReminderSent } from './notification-preference.entity';
import { NotificationResolver, WebhookEndpointResolver } from './notifications.resolver';
import { notificationService } from './notification.service';
import { notificationsPolicy } from './notifications.policy';
import { OverviewNotificationsResolver } from './overview.resolver';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export const notificationsModule = defineModule({
  name: 'notifications',
  policy: notificationsPolicy,
  entities: [OutboxEvent, WebhookEndpoint, Notification, NotificationPreference, ReminderSent, ActionTokenUse],
  resolvers: [WebhookEndpointResolver, NotificationResolver, OverviewNotificationsResolver],
  nodes: [
    { type: 'WebhookEndpoint', load: (ctx, id) => notificationService.endpointById(ctx, id) },
    { type: 'Notification', load: (ctx, id) => notificationService.notificationById(ctx, id) },
  ],
});
