// Reads on read replicas (DATABASE_REPLICA_URLS), writes and everything around them on the primary.
//
// The policy: a GraphQL read inside an HTTP request goes to a replica, unless the request is a mutation (its
// payload reads its own write) or the same caller (key, user or address) wrote within the last
// DB_PRIMARY_AFTER_WRITE_SECONDS, so a caller always reads its own writes on its next requests. Everything else
// (authentication, subscriptions, health, scripts, transactions) uses the primary. Recent writers are shared by
// replicas through Redis when REDIS_URL is set.
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { failSafeReplicas, type ReplicaHealth } from './replica-health';
import { requestScope } from '../core/request-scope';

/**
 * Routes query-builder reads by the request's scope: replicas only when the request may read them.
 *
 * A patch on TypeORM 1.x, on this one DataSource instance: a SelectQueryBuilder without a query runner of its own
 * asks `dataSource.defaultReplicationModeForReads()` where to run, and TypeORM's answers 'slave' whenever replicas
 * are configured (or the fixed `replication.defaultMode`); it has no per-request setting. Replacing that method
 * is the seam. Raw `db.query()` and everything in a transaction run on the primary as before. Checked by
 * tests/read-replica.test.ts on a real streaming replica; re-check this on a TypeORM upgrade.
 */
export function routeReads(db: DataSource, health: ReplicaHealth): void {
  failSafeReplicas(db, health, () => Boolean(requestScope.getStore()?.readReplica));
}

export class RecentWriters {
  private readonly local = new Map<string, number>();
  private readonly redis?: Redis;

  constructor(
    private readonly seconds: number,
    redisUrl: string | undefined,
    private readonly prefix: string,
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
  }

  async mark(caller: string): Promise<void> {
    this.local.set(caller, Date.now() + this.seconds * 1000);
    await this.redis?.set(`${this.prefix}:recent-write:${caller}`, '1', 'EX', this.seconds).catch(() => undefined);
  }

  async recently(caller: string): Promise<boolean> {
    const until = this.local.get(caller);
    if (until && until > Date.now()) return true;
    if (until) this.local.delete(caller);
    if (!this.redis) return false;
    // If Redis cannot answer, read from the primary: never a stale read of one's own write.
    return (await this.redis.exists(`${this.prefix}:recent-write:${caller}`).catch(() => 1)) === 1;
  }

  async close() {
    this.redis?.disconnect();
  }
}
