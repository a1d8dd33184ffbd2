import { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { entities } from './entities';
import { migrations } from './migrations';
import { QueryCounter } from './query-counter';

export interface DatabaseOptions {
  url: string;
  replicaUrls?: string[];
  poolSize: number;
  log: Logger;
  /** Per-statement and per-lock deadlines (0 = none), and how long a request waits for a pooled connection. */
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  acquireTimeoutMs: number;
}

export function createDataSource(opts: DatabaseOptions): { dataSource: DataSource; counter: QueryCounter } {
  const counter = new QueryCounter(opts.log);
  const common = { type: 'postgres' as const, uuidExtension: 'pgcrypto' as const, installExtensions: false, entities, migrations, logger: counter, maxQueryExecutionTime: 1000 };
  // Deadlines are session settings sent at connect time, so they hold for every statement on every connection.
  const pool = {
    max: opts.poolSize,
    connectionTimeoutMillis: opts.acquireTimeoutMs,
    statement_timeout: opts.statementTimeoutMs || undefined,
    lock_timeout: opts.lockTimeoutMs || undefined,
  };
  const dataSource = new DataSource(
    opts.replicaUrls && opts.replicaUrls.length
      ? { ...common, replication: { master: { url: opts.url }, slaves: opts.replicaUrls.map((url) => ({ url })) }, extra: pool }
      : { ...common, url: opts.url, extra: pool },
  );
  return { dataSource, counter };
}
