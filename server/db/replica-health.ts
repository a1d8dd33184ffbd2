// Read replicas that fail safe. A replica that cannot be reached takes no reads: the read that found it down runs
// again on the primary, the outage is logged once, /readyz reports `replicas: degraded` (still ready: the primary
// serves every read) and `concord_db_replicas_healthy` drops to 0. A probe every few seconds brings the replicas
// back when they answer again. Replicas unreachable at start-up are named in the log and left out until restart
// (TypeORM opens its replica pools once, at start).
import { Client } from 'pg';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import type { Logger } from '../core/logger';

/** Errors that mean the replica (or the way to it) is gone, not that the query was wrong. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string; message?: string }; message?: string };
  const code = err?.driverError?.code ?? err?.code;
  if (code && CONNECTION_CODES.has(code)) return true;
  const message = `${err?.driverError?.message ?? ''} ${err?.message ?? ''}`;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

const HEALTH = new WeakMap<DataSource, ReplicaHealth>();

/** The replica health of a data source with replicas (undefined without). */
export const replicaHealthOf = (db: DataSource) => HEALTH.get(db);

export class ReplicaHealth {
  private down = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly log: Logger,
    /** Replicas left out at start-up (hosts), reported by /readyz. */
    readonly missing: string[],
    /** How many replicas take reads. */
    readonly serving: number,
    private readonly probeEveryMs = 3000,
  ) {}

  /** Asks a replica itself (never the primary) whether it answers; set by failSafeReplicas. */
  probe: () => Promise<void> = async () => {};

  get healthy(): boolean {
    return this.serving > 0 && !this.down;
  }

  /** `ok`, or `degraded` while a replica is down (or was missing at start). */
  get state(): 'ok' | 'degraded' {
    return this.healthy && this.missing.length === 0 ? 'ok' : 'degraded';
  }

  /** A read found the replicas down: reads go to the primary until a probe succeeds. Logged once per outage. */
  failed(e: unknown): void {
    if (this.down) return;
    this.down = true;
    this.log.warn(
      { reason: (e as Error)?.message ?? String(e) },
      'read replica unreachable: reads go to the primary until it answers again',
    );
    this.timer = setInterval(() => void this.check(), this.probeEveryMs);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.probe();
      this.down = false;
      clearInterval(this.timer);
      this.timer = undefined;
      this.log.info('read replica answers again: reads go to it');
    } catch {
      // still down
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** The replica URLs that answer now; the others are logged by host and left out. */
export async function reachableReplicas(
  urls: string[],
  log: Logger,
  timeoutMs = 3000,
): Promise<{ reachable: string[]; missing: string[] }> {
  const reachable: string[] = [];
  const missing: string[] = [];
  for (const url of urls) {
    const host = new URL(url).host;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
    try {
      await client.connect();
      await client.query('SELECT 1');
      reachable.push(url);
    } catch (e) {
      missing.push(host);
      log.warn(
        { replica: host, reason: (e as Error).message },
        `read replica ${host} is unreachable at start-up: reads go to the primary (restart to use it)`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return { reachable, missing };
}

/**
 * Routes reads (see read-routing.ts) only to healthy replicas, and runs a replica read that fails for lack of a
 * connection again on the primary: a replica going down under load fails no read.
 */
export function failSafeReplicas(db: DataSource, health: ReplicaHealth, wantsReplica: () => boolean): void {
  HEALTH.set(db, health);
  const route = (): ReplicationMode => (health.healthy && wantsReplica() ? 'slave' : 'master');
  (db as unknown as { defaultReplicationModeForReads: () => ReplicationMode }).defaultReplicationModeForReads = route;
  const create = db.createQueryRunner.bind(db);
  health.probe = async () => {
    const runner = create('slave');
    try {
      await runner.query('SELECT 1');
    } finally {
      await runner.release().catch(() => undefined);
    }
  };
  db.createQueryRunner = (mode: ReplicationMode = 'master'): QueryRunner => {
    const runner = create(mode);
    if (mode !== 'slave') return runner;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    runner.query = (async (...args: unknown[]) => {
      try {
        return await query(...args);
      } catch (e) {
        if (!isConnectionError(e)) throw e;
        health.failed(e);
        await runner.release().catch(() => undefined);
        const primary = create('master');
        try {
          return await (primary.query as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          await primary.release();
        }
      }
    }) as QueryRunner['query'];
    return runner;
  };
}
