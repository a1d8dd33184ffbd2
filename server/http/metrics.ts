// Prometheus metrics: requests and latency by operation name, errors by code, database pool usage.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'type'>;
  duration: Histogram<'operation'>;
  errors: Counter<'code'>;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export function createMetrics(db: DataSource, defaults: boolean, statements: () => number): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'concord_' });
  const requests = new Counter({ name: 'concord_graphql_requests_total', help: 'GraphQL operations handled, by operation name and type.', labelNames: ['operation', 'type'] as const, registers: [registry] });
  const duration = new Histogram({
    name: 'concord_graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({ name: 'concord_graphql_errors_total', help: 'GraphQL errors returned, by code.', labelNames: ['code'] as const, registers: [registry] });
  const pool = () => (db.driver as unknown as { master?: PgPool }).master;
  new Gauge({ name: 'concord_db_pool_connections', help: 'Connections open in the primary pool.', registers: [registry], collect() { this.set(pool()?.totalCount ?? 0); } });
  new Gauge({ name: 'concord_db_pool_idle', help: 'Idle connections in the primary pool.', registers: [registry], collect() { this.set(pool()?.idleCount ?? 0); } });
  new Gauge({ name: 'concord_db_pool_waiting', help: 'Requests waiting for a pool connection.', registers: [registry], collect() { this.set(pool()?.waitingCount ?? 0); } });
  new Counter({ name: 'concord_db_statements_total', help: 'SQL statements sent to the database.', registers: [registry], collect() { this.reset(); this.inc(statements()); } });
  return { registry, requests, duration, errors };
}
