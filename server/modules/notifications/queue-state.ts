// How far behind the notifications are: one statement, read by /metrics (notifier.ts) and by the overview
// (overview.resolver.ts) alike.
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationChannel } from './notification.enums';

export interface ChannelState {
  channel: NotificationChannel;
  /** Queued, being sent or retrying. */
  pending: number;
  retrying: number;
  dead: number;
  /** Age of the oldest one not yet delivered, in seconds. */
  oldestPendingSeconds: number;
}

export interface QueueState {
  channels: ChannelState[];
  /** Age of the oldest outbox event not yet relayed, in seconds. */
  outboxLagSeconds: number;
}

export async function queueState(db: DataSource | EntityManager): Promise<QueueState> {
  const rows: (Omit<ChannelState, 'channel'> & { channel: string | null; lag: number })[] = await db.query(
    `SELECT n.channel,
            count(*) FILTER (WHERE n.status IN ('PENDING', 'SENDING', 'RETRYING'))::int AS pending,
            count(*) FILTER (WHERE n.status = 'RETRYING')::int AS retrying,
            count(*) FILTER (WHERE n.status = 'DEAD')::int AS dead,
            COALESCE(extract(epoch FROM now() - min(n.created_at) FILTER (WHERE n.status IN ('PENDING', 'SENDING', 'RETRYING'))), 0)::float AS "oldestPendingSeconds",
            (SELECT COALESCE(extract(epoch FROM now() - min(created_at)), 0)::float FROM outbox_event WHERE dispatched_at IS NULL) AS lag
       FROM (SELECT 1) one
       LEFT JOIN notification n ON n.status IN ('PENDING', 'SENDING', 'RETRYING', 'DEAD')
      GROUP BY n.channel`,
  );
  return {
    outboxLagSeconds: rows[0]?.lag ?? 0,
    channels: Object.values(NotificationChannel).map((channel) => {
      const r = rows.find((x) => x.channel === channel);
      return {
        channel,
        pending: r?.pending ?? 0,
        retrying: r?.retrying ?? 0,
        dead: r?.dead ?? 0,
        oldestPendingSeconds: r?.oldestPendingSeconds ?? 0,
      };
    }),
  };
}
