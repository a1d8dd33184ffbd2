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
}

export function createDataSource(opts: DatabaseOptions): { dataSource: DataSource; counter: QueryCounter } {
  const counter = new QueryCounter(opts.log);
  const common = { type: 'postgres' as const, uuidExtension: 'pgcrypto' as const, installExtensions: false, entities, migrations, logger: counter, maxQueryExecutionTime: 1000 };
  const pool = { max: opts.poolSize, connectionTimeoutMillis: 10_000 };
  const dataSource = new DataSource(
    opts.replicaUrls && opts.replicaUrls.length
      ? { ...common, replication: { master: { url: opts.url }, slaves: opts.replicaUrls.map((url) => ({ url })) }, extra: pool }
      : { ...common, url: opts.url, extra: pool },
  );
  return { dataSource, counter };
}
