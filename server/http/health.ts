// Liveness, readiness and Prometheus metrics.
import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { replicaHealthOf } from '../db/replica-health';
import type { Metrics } from './metrics';

/** Readiness answers within this, even when every pooled connection is busy. */
const READY_DEADLINE_MS = 1000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function mountHealth(app: Express, db: DataSource) {
  // Liveness: the process answers.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: the database answers (within a second) and every migration is applied.
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await within(
        READY_DEADLINE_MS,
        db.query('SELECT 1').then(() => db.showMigrations()),
      );
      if (pending) {
        res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending' });
        return;
      }
      // A replica down is a degradation, not unreadiness: the primary serves every read meanwhile.
      const replicas = replicaHealthOf(db)?.state;
      res.json({ status: 'ok', database: 'ok', migrations: 'applied', ...(replicas ? { replicas } : {}) });
    } catch (e) {
      res
        .status(503)
        .json({ status: 'unavailable', database: (e as Error).message === 'deadline' ? 'busy' : 'unreachable' });
    }
  });
}

async function serveMetrics(metrics: Metrics, res: Response) {
  res.setHeader('Content-Type', metrics.registry.contentType);
  res.send(await metrics.registry.metrics());
}

/** /metrics on the API port, for a scraper that presents `Authorization: Bearer <METRICS_TOKEN>`. */
export function mountMetrics(app: Express, metrics: Metrics, token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  app.get('/metrics', async (req: Request, res: Response) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    await serveMetrics(metrics, res);
  });
}

/** /metrics on its own port (loopback by default), apart from the API. */
export async function startMetricsServer(metrics: Metrics, port: number, host: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
