// The notifications runner: relays the outbox into notifications, and sends them with pg-boss.
//
// pg-boss (10.x, the last line that runs on Node 20) because its queue is plain SQL that also runs through a
// caller's own connection: on PostgreSQL it keeps its own small pool, and on the embedded database, whose single
// session cannot take a second connection, it runs through Concord's pool with the same tables, the same jobs and
// the same code. It brings what delivery needs: SKIP LOCKED fetching (replicas never take the same job),
// exponential backoff with jitter, and expiry of a job whose worker died, so it runs again. Its schema is made by
// Concord's migrations, as the schema owner (pgboss is never migrated by the server's role).
//
// Each notification row is the message: its id is the `webhook-id` and the email's Message-ID on every attempt.
// A sender claims the row with a lease before sending, so two jobs for one message (a redelivery beside a retry)
// never send at once; a sender that dies leaves the lease to expire and pg-boss's expiry retries the job.
import PgBoss from 'pg-boss';
import type { GraphQLSchema } from 'graphql';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { Clock } from '../../core/clock';
import type { ContextDeps } from '../../core/context';
import type { Logger } from '../../core/logger';
import { emit } from '../../core/outbox';
import type { Viewer } from '../../core/viewer';
import type { Authenticator } from '../auth/auth.service';
import { LinkSigner } from './action-links';
import { KIND_BY_NAME, type NotificationKindSpec } from './kinds';
import { createMailer, type Mailer } from './mailer';
import { NotificationChannel, NotificationStatus, WebhookEndpointStatus } from './notification.enums';
import type { NotificationAttempt } from './notification.entity';
import { escapeHtml, readSubject, renderEmail, EMAIL_SAFE_MARKINGS, markingOf, type Data } from './render';
import { queueState, type ChannelState, type QueueState } from './queue-state';
import { reminderStatement, REMINDERS } from './reminders';
import { SecretBox, signature } from './signing';
import { configureNotifications, enqueue, QUEUE, type NotificationSettings } from './settings';
import { postJson, type TargetPolicy, type SendResult } from './webhook-target';

const BATCH = 20;
/** Fetch loops per server on PostgreSQL. */
const WORKERS = 2;
/** Messages sent at once per loop: enough to hide receivers' latency, few enough to leave the pool to requests. */
const PARALLEL = 8;

interface NotificationRow {
  id: string;
  kind: string;
  channel: NotificationChannel;
  endpoint_id: string | null;
  user_id: string | null;
  organization_id: string;
  subject_type: string;
  subject_id: string;
  status: NotificationStatus;
  attempt_count: number;
  attempts: NotificationAttempt[];
  occurred_at: Date;
}

interface EndpointRow {
  id: string;
  organization_id: string;
  url: string;
  status: WebhookEndpointStatus;
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_secret_until: Date | null;
  created_by_user_id: string | null;
  created_by_api_key_id: string | null;
  failing_since: Date | null;
  last_success_at: Date | null;
}

interface Job {
  id: string;
  data: { id?: string; digest?: string; ids?: string[] };
  retryCount?: number;
  retryLimit?: number;
}

export interface NotifierDeps {
  config: Config;
  db: DataSource;
  clock: Clock;
  log: Logger;
  schema: GraphQLSchema;
  auth: Authenticator;
  context: ContextDeps;
  embedded: boolean;
  registry?: Registry;
}

export class Notifier {
  readonly boss: PgBoss;
  readonly mailer: Mailer | null;
  readonly targets: TargetPolicy;
  private readonly settings: NotificationSettings;
  readonly links: LinkSigner;
  private readonly box: SecretBox;
  private readonly log: Logger;
  private timers: NodeJS.Timeout[] = [];
  private relaying = false;
  private reminding = false;
  private stopped = false;
  private readonly attemptsTotal?: Counter<'channel' | 'outcome'>;

  constructor(private readonly deps: NotifierDeps) {
    const n = deps.config.notifications;
    this.log = deps.log.child({ log: 'notifications' });
    this.settings = configureNotifications(deps.db, deps.config);
    this.targets = this.settings.targets;
    this.box = new SecretBox(deps.config.audit.hmacKey);
    this.links = new LinkSigner(deps.config.audit.hmacKey);
    this.mailer = createMailer({ smtpUrl: n.smtpUrl, mailDir: n.mailDir, from: n.mailFrom });
    const common = {
      schema: 'pgboss',
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(n.sendLeaseSeconds / 2))),
    };
    const pool = (
      deps.db.driver as unknown as { master: { query(t: string, v?: unknown[]): Promise<{ rows: unknown[] }> } }
    ).master;
    this.boss = deps.embedded
      ? new PgBoss({ ...common, db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) } })
      : new PgBoss({ ...common, connectionString: deps.config.databaseUrl, max: 4 });
    this.boss.on('error', (e: Error) => this.log.warn({ reason: e.message }, 'the job queue reported an error'));
    if (deps.registry) {
      this.attemptsTotal = new Counter({
        name: 'concord_notification_attempts_total',
        help: 'Notification send attempts by channel and outcome (delivered, failed, suppressed).',
        labelNames: ['channel', 'outcome'],
        registers: [deps.registry],
      });
      this.registerGauges(deps.registry);
    }
  }

  get secrets(): SecretBox {
    return this.box;
  }

  async start(): Promise<void> {
    await this.boss.start();
    const n = this.deps.config.notifications;
    // On PostgreSQL several fetch loops share the pool; the embedded database has one session, so one loop.
    const loops = this.deps.embedded ? 1 : WORKERS;
    for (let i = 0; i < loops; i++)
      await this.boss.work(
        QUEUE,
        {
          batchSize: this.deps.embedded ? BATCH : BATCH * 2,
          pollingIntervalSeconds: Math.max(0.5, n.pollMs / 1000),
          includeMetadata: true,
        },
        (jobs: Job[]) => this.handle(jobs),
      );
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(
        () => void fn().catch((e) => this.log.warn({ reason: (e as Error).message }, 'tick failed')),
        ms,
      );
      t.unref();
      this.timers.push(t);
    };
    every(n.pollMs, () => this.relay());
    every(n.reminderIntervalSeconds * 1000, () => this.remind());
    this.log.info({ mail: this.mailer?.describe ?? 'off' }, 'notifications started');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 }).catch(() => undefined);
    this.mailer?.close();
  }

  /** Fans every pending outbox row out to its notifications and their jobs, a batch per transaction. */
  async relay(): Promise<number> {
    if (this.relaying || this.stopped) return 0;
    this.relaying = true;
    let total = 0;
    try {
      for (;;) {
        const n = await this.relayBatch();
        total += n;
        if (n < 100) break;
      }
    } finally {
      this.relaying = false;
    }
    return total;
  }

  private async relayBatch(): Promise<number> {
    return this.deps.db.transaction(async (m) => {
      const events: {
        id: string;
        kind: string;
        subject_type: string;
        subject_id: string;
        organization_id: string | null;
        occurred_at: Date;
      }[] = await m.query(
        `SELECT id, kind, subject_type, subject_id, organization_id, occurred_at FROM outbox_event
          WHERE dispatched_at IS NULL ORDER BY seq LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      if (!events.length) return 0;
      const jobs: Record<string, unknown>[] = [];
      for (const e of events) {
        const spec = KIND_BY_NAME.get(e.kind);
        if (!spec) {
          this.log.warn({ kind: e.kind }, 'an outbox row of an unknown kind was skipped');
          continue;
        }
        const audience = spec.audience.replaceAll(':subject', '$1::uuid');
        const args = [e.subject_id, e.id, e.kind, e.subject_type, e.occurred_at, e.organization_id];
        const hooks: { id: string }[] = await m.query(
          `WITH audience AS (${audience})
           INSERT INTO notification (id, event_id, kind, channel, target, endpoint_id, organization_id, subject_type, subject_id, status, occurred_at)
           SELECT gen_random_uuid(), $2::uuid, $3::varchar, 'WEBHOOK', w.id, w.id, w.organization_id, $4::varchar, $1::uuid, 'PENDING', $5::timestamptz
             FROM webhook_endpoint w
            WHERE w.status = 'ACTIVE' AND $3::varchar = ANY(w.events) AND w.organization_id IN (SELECT organization_id FROM audience)
              AND ($6::uuid IS NULL OR w.organization_id = $6::uuid)
           ON CONFLICT DO NOTHING RETURNING id`,
          args,
        );
        let mails: { id: string; status: string }[] = [];
        if (this.mailer)
          mails = await m.query(
            `WITH audience AS (${audience})
             INSERT INTO notification (id, event_id, kind, channel, target, user_id, organization_id, subject_type, subject_id, status, occurred_at)
             SELECT gen_random_uuid(), $2::uuid, $3::varchar, 'EMAIL', u.id, u.id, u.organization_id, $4::varchar, $1::uuid,
                    CASE COALESCE(p.mode, $7::varchar) WHEN 'DAILY_DIGEST' THEN 'DIGEST' ELSE 'PENDING' END, $5::timestamptz
               FROM user_account u
               LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $3::varchar
              WHERE u.active AND u.organization_id IN (SELECT organization_id FROM audience)
                AND ($6::uuid IS NULL OR u.organization_id = $6::uuid)
                AND COALESCE(p.mode, $7::varchar) <> 'OFF'
                AND ($8::varchar[] IS NULL OR u.roles && $8::varchar[])
             ON CONFLICT DO NOTHING RETURNING id, status`,
            [...args, spec.email, spec.roles ?? null],
          );
        for (const row of [...hooks, ...mails.filter((r) => r.status === 'PENDING')])
          jobs.push(this.job({ id: row.id }));
      }
      await enqueue(m, jobs);
      await m.query('UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::uuid[])', [
        events.map((e) => e.id),
      ]);
      return events.length;
    });
  }

  private job(data: Job['data']) {
    return this.settings.job(data);
  }

  /** Raises the reminders now due on the clock, and hands out yesterday's digests. */
  async remind(): Promise<number> {
    if (this.reminding || this.stopped) return 0;
    this.reminding = true;
    try {
      const now = this.deps.clock.now();
      let raised = 0;
      for (const r of REMINDERS) {
        const rows: unknown[] = await this.deps.db.query(reminderStatement(r), [now]);
        raised += rows.length;
      }
      await this.digests(now);
      if (raised) await this.relay();
      return raised;
    } finally {
      this.reminding = false;
    }
  }

  private async digests(now: Date): Promise<void> {
    await this.deps.db.transaction(async (m) => {
      const [rows]: [{ id: string; user_id: string }[], number] = await m.query(
        `UPDATE notification SET status = 'PENDING' WHERE status = 'DIGEST' AND occurred_at < date_trunc('day', $1::timestamptz)
         RETURNING id, user_id`,
        [now],
      );
      if (!rows.length) return;
      const byUser = new Map<string, string[]>();
      for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.id]);
      const jobs = [...byUser].map(([user, ids]) => this.job({ digest: user, ids }));
      await enqueue(m, jobs);
    });
  }

  private async handle(jobs: Job[]): Promise<void> {
    const failed: string[] = [];
    const queue = [...jobs];
    const one = async (job: Job) => {
      try {
        const final = (job.retryCount ?? 0) >= (job.retryLimit ?? 0);
        const ok = job.data.digest
          ? await this.sendDigest(job.data.digest, job.data.ids ?? [], final)
          : await this.send(job.data.id!, final);
        if (!ok) failed.push(job.id);
      } catch (e) {
        this.log.warn({ reason: (e as Error).message, job: job.id }, 'a notification job failed');
        failed.push(job.id);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await one(job);
      }),
    );
    if (failed.length) await this.boss.fail(QUEUE, failed);
  }

  /** Claims the rows for this sender (a lease), or none when done or being sent elsewhere. */
  private async claim(ids: string[]): Promise<NotificationRow[]> {
    // An UPDATE ... RETURNING answers [rows, count] through TypeORM.
    const [rows]: [NotificationRow[], number] = await this.deps.db.query(
      `UPDATE notification SET status = 'SENDING', lease_until = now() + make_interval(secs => $2)
        WHERE id = ANY($1::uuid[]) AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND lease_until < now()))
        RETURNING id, kind, channel, endpoint_id, user_id, organization_id, subject_type, subject_id, status, attempt_count, attempts, occurred_at`,
      [ids, this.deps.config.notifications.sendLeaseSeconds],
    );
    return rows;
  }

  private async finish(
    n: NotificationRow,
    status: NotificationStatus,
    attempt: NotificationAttempt | null,
    error: string | null,
  ): Promise<void> {
    const attempts = attempt ? [...(n.attempts ?? []), attempt].slice(-20) : n.attempts;
    await this.deps.db.query(
      `UPDATE notification SET status = $2::varchar, attempts = $3::jsonb, attempt_count = attempt_count + $4::int,
              last_error = $5::text, lease_until = NULL,
              delivered_at = CASE WHEN $2::varchar = 'DELIVERED' THEN now() ELSE delivered_at END
        WHERE id = $1::uuid`,
      [n.id, status, JSON.stringify(attempts ?? []), attempt ? 1 : 0, error],
    );
    const outcome =
      status === NotificationStatus.DELIVERED
        ? 'delivered'
        : status === NotificationStatus.SUPPRESSED
          ? 'suppressed'
          : 'failed';
    this.attemptsTotal?.inc({ channel: n.channel, outcome });
  }

  private suppress(n: NotificationRow, why: string) {
    return this.finish(n, NotificationStatus.SUPPRESSED, null, why).then(() => true);
  }

  /** One message; false when it failed and should be retried. */
  async send(id: string, final: boolean): Promise<boolean> {
    const [n] = await this.claim([id]);
    if (!n) return true;
    const spec = KIND_BY_NAME.get(n.kind);
    if (!spec) return this.suppress(n, `unknown kind ${n.kind}`);
    try {
      if (n.channel === NotificationChannel.WEBHOOK) return await this.sendWebhook(n, spec, final);
      return await this.sendEmail(n, spec, final);
    } catch (e) {
      // Concord's own failure (not the receiver's): give the message back for the retry, with the reason.
      const error = `not sent: ${(e as Error).message}`;
      this.log.warn({ notification: n.id, reason: error }, 'a notification could not be prepared');
      await this.finish(n, final ? NotificationStatus.DEAD : NotificationStatus.RETRYING, null, error).catch(
        () => undefined,
      );
      return false;
    }
  }

  private async endpointViewer(e: EndpointRow): Promise<Viewer | null> {
    let viewer: Viewer | null = null;
    if (e.created_by_user_id) viewer = await this.deps.auth.viewerForUser(e.created_by_user_id);
    else if (e.created_by_api_key_id) {
      const [k] = await this.deps.db.query(
        `SELECT k.id, k.roles, k.revoked_at, k.expires_at, o.id AS organization_id, o.kind, o.capabilities
           FROM api_key k JOIN organization o ON o.id = k.organization_id WHERE k.id = $1`,
        [e.created_by_api_key_id],
      );
      if (k && !k.revoked_at && !(k.expires_at && new Date(k.expires_at) <= this.deps.clock.now()))
        viewer = {
          authenticated: true,
          apiKeyId: k.id,
          organizationId: k.organization_id,
          organizationKind: k.kind,
          capabilities: k.capabilities ?? [],
          roles: k.roles,
        };
    }
    if (!viewer || viewer.organizationId !== e.organization_id) return null;
    // An endpoint speaks for the organization: what only a named person may see (TLP:RED) never goes to it.
    return { ...viewer, userId: undefined };
  }

  private async sendWebhook(n: NotificationRow, spec: NotificationKindSpec, final: boolean): Promise<boolean> {
    const [e]: EndpointRow[] = await this.deps.db.query('SELECT * FROM webhook_endpoint WHERE id = $1', [
      n.endpoint_id,
    ]);
    if (!e || e.status !== WebhookEndpointStatus.ACTIVE) return this.suppress(n, 'the endpoint is disabled');
    const viewer = await this.endpointViewer(e);
    if (!viewer)
      return this.suppress(n, 'the credential that registered the endpoint was revoked, expired or deactivated');
    const data = await readSubject(this.deps.schema, this.deps.context, viewer, spec, n.subject_id);
    if (!data) return this.suppress(n, 'the endpoint may not see the subject now');
    const body = JSON.stringify({ type: spec.kind, timestamp: new Date(n.occurred_at).toISOString(), data });
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = [this.box.open(e.secret_enc)];
    if (e.previous_secret_enc && e.previous_secret_until && new Date(e.previous_secret_until) > new Date())
      secrets.push(this.box.open(e.previous_secret_enc));
    const result = await postJson(
      this.targets,
      e.url,
      {
        'webhook-id': n.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': secrets.map((s) => signature(s, n.id, timestamp, body)).join(' '),
        'user-agent': 'Concord-Webhooks/1',
      },
      body,
      this.deps.config.notifications.webhookTimeoutMs,
    );
    const attempt = attemptOf(result);
    if (result.ok) {
      await this.finish(n, NotificationStatus.DELIVERED, attempt, null);
      await this.deps.db.query(
        'UPDATE webhook_endpoint SET failing_since = NULL, last_success_at = now() WHERE id = $1',
        [e.id],
      );
      return true;
    }
    await this.finish(n, final ? NotificationStatus.DEAD : NotificationStatus.RETRYING, attempt, result.error);
    await this.endpointFailed(e);
    return false;
  }

  /** A failing endpoint: since when; past the limit, disabled and its admins told (in one transaction). */
  private async endpointFailed(e: EndpointRow): Promise<void> {
    const limit = this.deps.config.notifications.webhookDisableAfterSeconds;
    await this.deps.db.transaction(async (m) => {
      const [[row]] = await m.query(
        `UPDATE webhook_endpoint SET failing_since = COALESCE(failing_since, now()) WHERE id = $1
         RETURNING status, failing_since < now() - make_interval(secs => $2) AS expired`,
        [e.id, limit],
      );
      if (!row || !row.expired || row.status !== WebhookEndpointStatus.ACTIVE) return;
      const reason = `Every delivery failed for more than ${Math.round(limit / 3600)} hours.`;
      await m.query(
        `UPDATE webhook_endpoint SET status = 'DISABLED', disabled_reason = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [e.id, reason],
      );
      await emit(
        m,
        { kind: 'webhook_endpoint.disabled', subjectType: 'WebhookEndpoint', subjectId: e.id },
        this.deps.clock.now(),
      );
      this.log.warn({ endpoint: e.id }, 'a webhook endpoint failed for too long and was disabled');
    });
  }

  private async mailLinks(n: NotificationRow, spec: NotificationKindSpec, data: Data) {
    const base = this.deps.config.publicUrl;
    const links: Parameters<typeof renderEmail>[2] = {
      notice: `${base}/notices/${n.id}`,
      unsubscribe: `${base}/unsubscribe/${await this.links.unsubscribe(n.user_id!, n.kind)}`,
      preferences: `${base}/notices/${n.id}#settings`,
    };
    if (spec.deliveryActions && EMAIL_SAFE_MARKINGS.has(markingOf(data) ?? '')) {
      const deliveryId =
        n.subject_type === 'AdvisoryDelivery'
          ? n.subject_id
          : (
              await this.deps.db.query(
                'SELECT id FROM advisory_delivery WHERE advisory_id = $1 AND recipient_id = $2 AND withdrawn_at IS NULL',
                [n.subject_id, n.organization_id],
              )
            )[0]?.id;
      const status = (data.status as string | undefined) ?? '';
      const open = n.subject_type !== 'AdvisoryDelivery' || !['PATCHED', 'NOT_AFFECTED'].includes(status);
      if (deliveryId && open && data.status !== 'WITHDRAWN') {
        const claims = { userId: n.user_id!, deliveryId, notificationId: n.id };
        if (n.subject_type !== 'AdvisoryDelivery' || status === 'DELIVERED')
          links.acknowledge = `${base}/actions/${await this.links.action({ ...claims, action: 'ACKNOWLEDGED' })}`;
        links.patched = `${base}/actions/${await this.links.action({ ...claims, action: 'PATCHED' })}`;
      }
    }
    return links;
  }

  private async sendEmail(n: NotificationRow, spec: NotificationKindSpec, final: boolean): Promise<boolean> {
    if (!this.mailer) return this.suppress(n, 'no mail server is configured');
    const viewer = await this.deps.auth.viewerForUser(n.user_id!);
    if (!viewer) return this.suppress(n, 'the person is no longer an active user');
    const data = await readSubject(this.deps.schema, this.deps.context, viewer, spec, n.subject_id);
    if (!data) return this.suppress(n, 'the person may not see the subject now');
    if (
      spec.kind.startsWith('delivery.') &&
      spec.kind !== 'delivery.updated' &&
      (data.withdrawnAt || ['PATCHED', 'NOT_AFFECTED'].includes(data.status as string))
    )
      return this.suppress(n, 'done before the reminder was sent');
    const [user] = await this.deps.db.query('SELECT email FROM user_account WHERE id = $1', [n.user_id]);
    const links = await this.mailLinks(n, spec, data);
    const mail = renderEmail(spec, data, links);
    const started = Date.now();
    try {
      await this.mailer.send({
        messageId: `<${n.id}@concord>`,
        to: user.email,
        ...mail,
        headers: {
          'List-Unsubscribe': `<${links.unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'X-Concord-Notification': n.id,
        },
      });
      await this.finish(n, NotificationStatus.DELIVERED, attempt(started, null, null), null);
      return true;
    } catch (e) {
      const error = (e as Error).message;
      await this.finish(
        n,
        final ? NotificationStatus.DEAD : NotificationStatus.RETRYING,
        attempt(started, null, error),
        error,
      );
      return false;
    }
  }

  private async sendDigest(userId: string, ids: string[], final: boolean): Promise<boolean> {
    const rows = await this.claim(ids);
    if (!rows.length) return true;
    if (!this.mailer) {
      for (const n of rows) await this.suppress(n, 'no mail server is configured');
      return true;
    }
    const viewer = await this.deps.auth.viewerForUser(userId);
    if (!viewer) {
      for (const n of rows) await this.suppress(n, 'the person is no longer an active user');
      return true;
    }
    const items: { n: NotificationRow; line: string }[] = [];
    for (const n of rows) {
      const spec = KIND_BY_NAME.get(n.kind);
      const data = spec && (await readSubject(this.deps.schema, this.deps.context, viewer, spec, n.subject_id));
      if (!spec || !data) {
        await this.suppress(n, 'the person may not see the subject now');
        continue;
      }
      const safe = EMAIL_SAFE_MARKINGS.has(markingOf(data) ?? '');
      const title = (data.title ?? (data.advisory as Record<string, unknown> | undefined)?.title) as string | undefined;
      items.push({
        n,
        line: safe && title ? `${spec.label}: ${title}` : 'Something in Concord needs your attention.',
      });
    }
    if (!items.length) return true;
    const base = this.deps.config.publicUrl;
    const [user] = await this.deps.db.query('SELECT email FROM user_account WHERE id = $1', [userId]);
    const unsubscribe = `${base}/unsubscribe/${await this.links.unsubscribe(userId, items[0].n.kind)}`;
    const text = [
      'Your daily Concord digest:',
      '',
      ...items.map((i) => `- ${i.line} (${base}/notices/${i.n.id})`),
      '',
      `Stop these emails: ${unsubscribe}`,
    ].join('\n');
    const html = `<p>Your daily Concord digest:</p><ul>${items
      .map((i) => `<li><a href="${base}/notices/${i.n.id}">${escapeHtml(i.line)}</a></li>`)
      .join('')}</ul><p><small><a href="${unsubscribe}">Stop these emails</a></small></p>`;
    const started = Date.now();
    try {
      await this.mailer.send({
        messageId: `<digest-${items[0].n.id}@concord>`,
        to: user.email,
        subject: `Concord: your daily digest (${items.length})`,
        text,
        html,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      for (const i of items) await this.finish(i.n, NotificationStatus.DELIVERED, attempt(started, null, null), null);
      return true;
    } catch (e) {
      const error = (e as Error).message;
      for (const i of items)
        await this.finish(
          i.n,
          final ? NotificationStatus.DEAD : NotificationStatus.RETRYING,
          attempt(started, null, error),
          error,
        );
      return false;
    }
  }

  private registerGauges(registry: Registry) {
    const db = this.deps.db;
    // One read serves the three gauges of a scrape.
    let cache: { at: number; state: Promise<QueueState> } | undefined;
    const read = () => {
      if (!cache || Date.now() - cache.at >= 1000) cache = { at: Date.now(), state: queueState(db) };
      return cache.state;
    };
    const perChannel = (name: string, help: string, value: (c: ChannelState) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['channel'],
        registers: [registry],
        async collect() {
          const { channels } = await read();
          for (const c of channels) this.set({ channel: c.channel }, value(c));
        },
      });
    perChannel('concord_notifications_pending', 'Notifications queued or retrying, by channel.', (c) => c.pending);
    perChannel(
      'concord_notifications_oldest_pending_seconds',
      'Age of the oldest notification not yet delivered, by channel.',
      (c) => c.oldestPendingSeconds,
    );
    new Gauge({
      name: 'concord_outbox_lag_seconds',
      help: 'Age of the oldest outbox event not yet relayed to its notifications.',
      registers: [registry],
      async collect() {
        this.set((await read()).outboxLagSeconds);
      },
    });
  }
}

const attemptOf = (r: SendResult): NotificationAttempt => ({
  at: new Date(),
  status: r.status,
  latencyMs: r.latencyMs,
  response: r.response,
  error: r.error,
});

const attempt = (started: number, status: number | null, error: string | null): NotificationAttempt => ({
  at: new Date(),
  status,
  latencyMs: Date.now() - started,
  response: null,
  error,
});
