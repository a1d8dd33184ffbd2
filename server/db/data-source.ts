import { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { entities } from './entities';
import { migrations } from './migrations';
import { QueryCounter } from './query-counter';

export interface DatabaseOptions {
  /** A PostgreSQL URL, or (embedded) the directory of a Unix socket. */
  url?: string;
  socketDir?: string;
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
  const common = {
    type: 'postgres' as const,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    entities,
    migrations,
    logger: counter,
    maxQueryExecutionTime: 1000,
  };
  // Deadlines are session settings sent at connect time, so they hold for every statement on every connection.
  const pool = {
    max: opts.poolSize,
    connectionTimeoutMillis: opts.acquireTimeoutMs,
    statement_timeout: opts.statementTimeoutMs || undefined,
    lock_timeout: opts.lockTimeoutMs || undefined,
  };
  const where = opts.socketDir
    ? { host: opts.socketDir, port: 5432, username: 'postgres', database: 'postgres' }
    : { url: opts.url };
  const dataSource = new DataSource(
    opts.replicaUrls && opts.replicaUrls.length
      ? { ...common, replication: { master: where, slaves: opts.replicaUrls.map((url) => ({ url })) }, extra: pool }
      : { ...common, ...where, extra: pool },
  );
  return { dataSource, counter };
}
