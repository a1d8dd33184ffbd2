// Prometheus metrics: requests and latency by operation name, errors by code, database pool usage.
// Label values come from known sets only (the SDK's operation names, Concord's codes), so no client can grow
// the number of series: any other operation name is counted as `other`.
import { replicaHealthOf } from '../db/replica-health';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { activeSubscriptions } from '../core/subscriptions';
import type { DataSource } from 'typeorm';
import * as sdkDocuments from '../../sdk/generated/graphql';
import { ErrorCode } from '../core/errors';

/** The operation names of the SDK's documents. */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set(
  Object.entries(sdkDocuments)
    .filter(([name]) => name.endsWith('Document'))
    .map(([, doc]) => /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(String(doc))?.[1])
    .filter((n): n is string => Boolean(n)),
);

export const operationLabel = (name: string | null | undefined) =>
  name && KNOWN_OPERATIONS.has(name) ? name : 'other';
const TYPES = new Set(['query', 'mutation', 'subscription']);
export const typeLabel = (type: string | undefined) => (type && TYPES.has(type) ? type : 'unknown');
const CODES = new Set<string>(Object.values(ErrorCode));
export const codeLabel = (code: unknown) => (typeof code === 'string' && CODES.has(code) ? code : 'other');

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'type'>;
  duration: Histogram<'operation'>;
  errors: Counter<'code'>;
  /** Live graphql-ws connections. */
  sockets: Gauge;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export function createMetrics(db: DataSource, defaults: boolean, statements: () => number): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'concord_' });
  const requests = new Counter({
    name: 'concord_graphql_requests_total',
    help: 'GraphQL operations handled, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'concord_graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'concord_graphql_errors_total',
    help: 'GraphQL errors returned, by code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const pool = () => (db.driver as unknown as { master?: PgPool }).master;
  new Gauge({
    name: 'concord_db_pool_connections',
    help: 'Connections open in the primary pool.',
    registers: [registry],
    collect() {
      this.set(pool()?.totalCount ?? 0);
    },
  });
  new Gauge({
    name: 'concord_db_pool_idle',
    help: 'Idle connections in the primary pool.',
    registers: [registry],
    collect() {
      this.set(pool()?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: 'concord_db_pool_waiting',
    help: 'Requests waiting for a pool connection.',
    registers: [registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });
  new Counter({
    name: 'concord_db_statements_total',
    help: 'SQL statements sent to the database.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(statements());
    },
  });
  new Gauge({
    name: 'concord_db_replicas_healthy',
    help: 'Whether read replicas take reads (1), or every read goes to the primary because one is down (0); absent without replicas.',
    registers: [registry],
    collect() {
      const health = replicaHealthOf(db);
      if (health) this.set(health.healthy ? 1 : 0);
    },
  });
  const sockets = new Gauge({
    name: 'concord_ws_connections',
    help: 'Open graphql-ws connections.',
    registers: [registry],
  });
  new Gauge({
    name: 'concord_subscriptions_active',
    help: 'Subscriptions listening for events in this process.',
    registers: [registry],
    collect() {
      this.set(activeSubscriptions());
    },
  });
  return { registry, requests, duration, errors, sockets };
}
