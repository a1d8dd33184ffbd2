// Webhook endpoints, notifications and email preferences: every read under policy in SQL, every change through
// mutate() with its audit link.
import { applyCondition, ConnectionArgs, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { defineOrder, NEWEST_FIRST, createdAtField, type OrderValue } from '../../core/ordering';
import { allow, loadForAction, signedIn } from '../../core/permissions';
import { policy } from '../../core/policy';
import { mutate } from '../../core/transaction';
import { canAdminister } from '../../core/viewer';
import { visibleById } from '../../core/visible';
import { Role } from '../../core/identity';
import { KINDS, KIND_BY_NAME } from './kinds';
import { Notification } from './notification.entity';
import { NotificationChannel, NotificationMode, NotificationStatus, WebhookEndpointStatus } from './notification.enums';
import type {
  CreateWebhookEndpointInput,
  DisableWebhookEndpointInput,
  NotificationFilter,
  NotificationInput,
  SetNotificationPreferenceInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointInput,
} from './notification.inputs';
import { NotificationPreference } from './notification-preference.entity';
import { enqueue, notificationSettings } from './settings';
import { newSecret, SecretBox } from './signing';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { seesEveryNotification } from './notifications.policy';

/** An organization registers at most this many endpoints. */
export const MAX_ENDPOINTS_PER_ORGANIZATION = 20;
/** A rotated-out secret keeps signing beside the new one this long. */
export const PREVIOUS_SECRET_HOURS = 24;

export const WebhookEndpointOrder = defineOrder(
  'WebhookEndpoint',
  { CREATED_AT: createdAtField('w', 'When it was registered.') },
  NEWEST_FIRST,
);
export type WebhookEndpointOrderValue = OrderValue<keyof typeof WebhookEndpointOrder.Field>;
export const NotificationOrder = defineOrder(
  'Notification',
  { CREATED_AT: createdAtField('n', 'When it was queued.') },
  NEWEST_FIRST,
);
export type NotificationOrderValue = OrderValue<keyof typeof NotificationOrder.Field>;

const box = (ctx: RequestContext) => new SecretBox(ctx.auditKey);

const adminRule = (ctx: RequestContext) => ({
  allowed: (e: { organizationId: string }) => canAdminister(ctx.viewer, e.organizationId),
  required: Role.ORG_ADMIN,
  message: "Only the organization's admins manage its webhook endpoints.",
});

/** What a person or key may see of a notification's subject is checked when it is sent; here, what it was. */
async function checkUrl(ctx: RequestContext, raw: string): Promise<string> {
  const { targets } = notificationSettings(ctx.db);
  const checked = targets.check(raw.trim());
  if ('error' in checked) throw new BadInputError(`The webhook URL ${checked.error}.`, { url: checked.error });
  try {
    await targets.resolve(checked.url.hostname);
  } catch (e) {
    const message = (e as Error).message;
    // A name that does not resolve now may later; one that resolves to a private address is refused.
    if (message.startsWith('refused:'))
      throw new BadInputError(`The webhook URL may not point at a private address.`, {
        url: 'resolves to a loopback, private, link-local or reserved address',
      });
  }
  return checked.url.toString();
}

function kindsOf(events: string[]): string[] {
  const kinds = [...new Set(events)];
  for (const k of kinds)
    if (!KIND_BY_NAME.has(k)) throw new BadInputError(`Unknown notification kind "${k}".`, { events: 'unknown kind' });
  return kinds;
}

export const notificationService = {
  webhookEndpoints(ctx: RequestContext, args: ConnectionArgs, orderBy?: WebhookEndpointOrderValue) {
    const qb = applyCondition(
      ctx.db.getRepository(WebhookEndpoint).createQueryBuilder('w'),
      policy.webhookEndpoint(ctx.viewer, 'w'),
    );
    return paginate(qb, { args, ...WebhookEndpointOrder.resolve(orderBy), idExpr: 'w.id' });
  },

  endpointById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'webhookEndpointById', WebhookEndpoint, 'w', policy.webhookEndpoint(ctx.viewer, 'w')).load(
      id,
    );
  },

  notifications(
    ctx: RequestContext,
    filter: NotificationFilter | undefined,
    args: ConnectionArgs,
    orderBy?: NotificationOrderValue,
    only?: { channel?: NotificationChannel; endpointId?: string },
  ) {
    const qb = applyCondition(
      ctx.db.getRepository(Notification).createQueryBuilder('n'),
      policy.notification(ctx.viewer, 'n'),
    );
    const channel = only?.channel ?? filter?.channel;
    if (channel) qb.andWhere('n.channel = :ch', { ch: channel });
    if (filter?.status) qb.andWhere('n.status = :st', { st: filter.status });
    if (filter?.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    const endpoint = only?.endpointId ?? filter?.endpointId;
    if (endpoint) qb.andWhere('n.endpoint_id = :ep', { ep: expectGlobalId(endpoint, 'WebhookEndpoint', 'endpointId') });
    return paginate(qb, { args, ...NotificationOrder.resolve(orderBy), idExpr: 'n.id' });
  },

  notificationById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'notificationById', Notification, 'n', policy.notification(ctx.viewer, 'n')).load(id);
  },

  async createEndpoint(
    ctx: RequestContext,
    input: CreateWebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    signedIn(ctx.viewer);
    allow(
      canAdminister(ctx.viewer, ctx.viewer.organizationId),
      Role.ORG_ADMIN,
      "Only the organization's admins register its webhook endpoints.",
    );
    const url = await checkUrl(ctx, input.url);
    const events = kindsOf(input.events);
    const secret = newSecret();
    const endpoint = await mutate(ctx, 'createWebhookEndpoint', async (tx) => {
      const m = tx.db;
      await m.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [ctx.viewer.organizationId]);
      const count = await m.getRepository(WebhookEndpoint).countBy({ organizationId: ctx.viewer.organizationId! });
      if (count >= MAX_ENDPOINTS_PER_ORGANIZATION)
        throw new ConflictError(
          `An organization has at most ${MAX_ENDPOINTS_PER_ORGANIZATION} webhook endpoints; disable and reuse one.`,
          { field: 'url' },
        );
      const e = await m.save(
        m.create(WebhookEndpoint, {
          organizationId: ctx.viewer.organizationId!,
          url,
          description: input.description?.trim() || null,
          events,
          status: WebhookEndpointStatus.ACTIVE,
          secretEnc: box(ctx).seal(secret),
          secretHint: secret.slice(-4),
          createdByUserId: ctx.viewer.userId ?? null,
          createdByApiKeyId: ctx.viewer.userId ? null : (ctx.viewer.apiKeyId ?? null),
        }),
      );
      return { result: e, subjects: [e.globalId] };
    });
    return { endpoint, secret };
  },

  async loadForAdmin(ctx: RequestContext, endpointId: string) {
    return loadForAction(
      ctx.viewer,
      () => notificationService.endpointById(ctx, expectGlobalId(endpointId, 'WebhookEndpoint', 'endpointId')),
      adminRule(ctx),
    );
  },

  async updateEndpoint(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const e = await notificationService.loadForAdmin(ctx, input.endpointId);
    const values: Partial<WebhookEndpoint> = {};
    if (input.events) values.events = kindsOf(input.events);
    if (input.description !== undefined) values.description = input.description?.trim() || null;
    return change(ctx, e, 'updateWebhookEndpoint', values);
  },

  async rotateSecret(ctx: RequestContext, input: WebhookEndpointInput) {
    const e = await notificationService.loadForAdmin(ctx, input.endpointId);
    const secret = newSecret();
    const endpoint = await change(ctx, e, 'rotateWebhookSecret', {
      secretEnc: box(ctx).seal(secret),
      secretHint: secret.slice(-4),
      previousSecretEnc: e.secretEnc,
      previousSecretUntil: new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3_600_000),
    });
    return { endpoint, secret };
  },

  async disable(ctx: RequestContext, input: DisableWebhookEndpointInput) {
    const e = await notificationService.loadForAdmin(ctx, input.endpointId);
    return change(ctx, e, 'disableWebhookEndpoint', {
      status: WebhookEndpointStatus.DISABLED,
      disabledReason: input.reason?.trim() || 'Disabled by an admin.',
    });
  },

  async enable(ctx: RequestContext, input: WebhookEndpointInput) {
    const e = await notificationService.loadForAdmin(ctx, input.endpointId);
    return change(ctx, e, 'enableWebhookEndpoint', {
      status: WebhookEndpointStatus.ACTIVE,
      disabledReason: null,
      failingSince: null,
    });
  },

  /** Sends a notification again, with the same id (webhook-id): a dead letter, or one the receiver lost. */
  async retry(ctx: RequestContext, input: NotificationInput, channel?: NotificationChannel): Promise<Notification> {
    const n = await loadForAction(
      ctx.viewer,
      async () => {
        const found = await notificationService.notificationById(
          ctx,
          expectGlobalId(input.notificationId, 'Notification', 'notificationId'),
        );
        return found && (!channel || found.channel === channel) ? found : null;
      },
      {
        allowed: (x) => canAdminister(ctx.viewer, x.organizationId) || seesEveryNotification(ctx.viewer),
        required: Role.ORG_ADMIN,
        message: "Only the organization's admins (or the clearinghouse's analysts) send a notification again.",
      },
    );
    const busy = [NotificationStatus.PENDING, NotificationStatus.SENDING, NotificationStatus.RETRYING];
    if (busy.includes(n.status) || n.status === NotificationStatus.DIGEST)
      throw new ConflictError(`The notification is ${n.status} already; it will be sent.`, { status: n.status });
    return mutate(ctx, channel ? 'redeliverWebhook' : 'retryNotification', async (tx) => {
      const [[row]] = await tx.db.query(
        `UPDATE notification SET status = 'PENDING', last_error = NULL WHERE id = $1 AND status = $2 RETURNING id`,
        [n.id, n.status],
      );
      if (!row) throw new ConflictError('The notification changed meanwhile; look again.', {});
      await enqueue(tx.db, [notificationSettings(tx.db).job({ id: n.id })]);
      const fresh = await tx.db.findOneByOrFail(Notification, { id: n.id });
      return { result: fresh, subjects: [fresh.globalId] };
    });
  },

  /** Every kind with the person's choice (or the default). */
  async preferences(ctx: RequestContext): Promise<{ kind: string; mode: NotificationMode; isDefault: boolean }[]> {
    if (!ctx.viewer.userId) return [];
    const rows = await ctx.db.getRepository(NotificationPreference).findBy({ userId: ctx.viewer.userId });
    const chosen = new Map(rows.map((r) => [r.kind, r.mode]));
    return KINDS.map((k) => ({
      kind: k.kind,
      mode: chosen.get(k.kind) ?? k.email,
      isDefault: !chosen.has(k.kind),
    }));
  },

  async setPreference(ctx: RequestContext, input: SetNotificationPreferenceInput) {
    signedIn(ctx.viewer);
    if (!ctx.viewer.userId)
      throw new BadInputError('Email preferences belong to people; an API key has no mailbox.', {
        kind: 'sign in as a person',
      });
    kindsOf([input.kind]);
    await setPreference(ctx, ctx.viewer.userId, input.kind, input.mode, 'setNotificationPreference');
    return (await notificationService.preferences(ctx)).find((p) => p.kind === input.kind)!;
  },
};

/** Upserts one preference, audited (also used by the one-click unsubscribe). */
export async function setPreference(
  ctx: RequestContext,
  userId: string,
  kind: string,
  mode: NotificationMode,
  action: string,
) {
  await mutate(ctx, action, async (tx) => {
    await tx.db.query(
      `INSERT INTO notification_preference (user_id, kind, mode) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode`,
      [userId, kind, mode],
    );
    return { result: null, subjects: [] };
  });
}

async function change(ctx: RequestContext, e: WebhookEndpoint, action: string, values: Partial<WebhookEndpoint>) {
  return mutate(ctx, action, async (tx) => {
    await tx.db
      .createQueryBuilder()
      .update(WebhookEndpoint)
      .set({ ...values, version: () => 'version + 1' } as never)
      .where('id = :id', { id: e.id })
      .execute();
    const fresh = await tx.db.findOneByOrFail(WebhookEndpoint, { id: e.id });
    return { result: fresh, subjects: [fresh.globalId] };
  });
}
