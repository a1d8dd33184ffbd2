// What the API needs of the notification settings (the webhook target rule, the job options), per deployment:
// keyed by its data source, because tests run several Concords in one process.
import type { DataSource, EntityManager } from 'typeorm';
import PgBoss from 'pg-boss';
import type { Config } from '../../config';
import { TargetPolicy } from './webhook-target';

export const QUEUE = 'concord_notify';

export interface NotificationSettings {
  targets: TargetPolicy;
  job(data: Record<string, unknown>): Record<string, unknown>;
}

const settings = new WeakMap<DataSource, NotificationSettings>();

export function configureNotifications(db: DataSource, config: Config): NotificationSettings {
  const n = config.notifications;
  const s: NotificationSettings = {
    targets: new TargetPolicy(n.webhookAllowPrivate),
    job: (data) => ({
      name: QUEUE,
      data,
      retryLimit: n.retryLimit,
      retryDelay: n.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: n.sendLeaseSeconds,
    }),
  };
  settings.set(db, s);
  return s;
}

export function notificationSettings(m: EntityManager): NotificationSettings {
  const s = settings.get(m.connection);
  if (!s) throw new Error('notifications are not configured for this data source');
  return s;
}

/** pg-boss's database adapter over a TypeORM manager (in a transaction: jobs commit with the rows that need them). */
export const adapterOf = (m: EntityManager) => ({
  async executeSql(text: string, values?: unknown[]) {
    if (!m.queryRunner?.isTransactionActive) throw new Error('jobs are enqueued inside a transaction');
    const r = await m.queryRunner.query(text, values as unknown[], true);
    return { rows: (r.records ?? []) as unknown[] };
  },
});

// Only its SQL is used, through the caller's adapter: this instance is never started and has no database.
const enqueuer = new PgBoss({
  schema: 'pgboss',
  db: {
    executeSql: () => Promise.reject(new Error('enqueue through a transaction')),
  },
} as never);

/** Inserts jobs through `m` (a transaction's manager), so they exist exactly when its rows commit. */
export async function enqueue(m: EntityManager, jobs: Record<string, unknown>[]): Promise<void> {
  if (jobs.length) await enqueuer.insert(jobs as never, { db: adapterOf(m) } as never);
}
