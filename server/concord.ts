// Composes Concord: config -> database -> schema -> http. main.ts, the tests and the benchmark all use this.
import 'reflect-metadata';
import NodeHttp from 'node:http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AdjustableClock, CLOCK_CHANGED, type ClockState } from './core/clock';
import { CREDENTIALS_CHANGED } from './core/pubsub';
import { createLogger, type Logger } from './core/logger';
import { createPubSub, type PubSubHandle } from './core/pubsub';
import { openDatabase, StartupError } from './db/open';
import { sealLegacyAuditChain } from './core/audit';
import type { QueryCounter } from './db/query-counter';

export { StartupError };
import { seedDemoData } from './db/seed';
import { getSchema } from './graphql/schema';
import { createHttpApp, type HttpApp } from './http/server';
import { startMetricsServer } from './http/health';
import { RateLimiter } from './core/rate-limit';
import { RecentWriters, routeReads } from './db/read-routing';
import { Authenticator } from './modules/auth/auth.service';
import { Notifier } from './modules/notifications/notifier';
import { configureNotifications } from './modules/notifications/settings';

export interface Concord {
  config: Config;
  db: DataSource;
  queries: QueryCounter;
  clock: AdjustableClock;
  auth: Authenticator;
  log: Logger;
  http: HttpApp;
  /** The URL of the GraphQL endpoint once listening. */
  url: string;
  /** The notifications runner (relay, senders, reminders), when NOTIFICATIONS is on. */
  notifier?: Notifier;
  /** Where /metrics is served apart from the API, if it is. */
  metricsUrl?: string;
  embedded: boolean;
  stop(): Promise<void>;
}

async function listen(server: NodeHttp.Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          e.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use`
            : `cannot listen on ${host}:${port}: ${e.message}`,
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function portFree(port: number, host: string): Promise<void> {
  const probe = NodeHttp.createServer();
  await listen(probe, port, host);
  await new Promise((r) => probe.close(r));
}

export interface StartOptions {
  /** Listen on this port (0 for any free port). */
  port?: number;
  /** Run on an in-memory PGlite instead of `.data/` when no DATABASE_URL is configured. */
  inMemory?: boolean;
  /** With `inMemory`, start from this dump of an embedded database (tests clone one migrated database). */
  snapshot?: Blob;
  seed?: boolean;
}

export async function startConcord(config: Config, opts: StartOptions = {}): Promise<Concord> {
  const log = createLogger(config.logLevel);
  // Whatever started is stopped again if a later step fails, so a failed start leaves nothing running.
  const undo: Array<() => Promise<unknown>> = [];
  try {
    return await start(config, opts, log, undo);
  } catch (e) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw e;
  }
}

async function start(
  config: Config,
  opts: StartOptions,
  log: Logger,
  undo: Array<() => Promise<unknown>>,
): Promise<Concord> {
  const port = opts.port ?? config.port;
  // Fail fast on a taken port, before the database starts (the final listen checks again).
  if (port !== 0) await portFree(port, config.host);
  const database = await openDatabase(config, log, { inMemory: opts.inMemory, snapshot: opts.snapshot });
  undo.push(() => database.close());
  const { db, counter, embedded, replicaHealth } = database;
  const sealed = await db.transaction((m) => sealLegacyAuditChain(m, config.audit.hmacKey));
  if (sealed) log.info({ seq: sealed }, 'audit links written before keyed hashing sealed by a signed checkpoint');

  const clock = new AdjustableClock();
  const pubsub: PubSubHandle = createPubSub(config.redisUrl, {
    prefix: config.redisPrefix,
    onError: (e) =>
      log.warn({ reason: e.message }, 'Redis pubsub: an event could not be carried to the other replicas'),
  });
  undo.push(() => pubsub.close());
  const limiter = new RateLimiter(config.rateLimit, config.redisUrl);
  undo.push(() => limiter.close());
  if (!(await limiter.ready())) log.warn('Redis is not reachable yet: rate limits count per replica until it is');
  const auth = new Authenticator(config.auth, db);
  // A credential that changed is forgotten by this replica's viewer cache at once, and by the others through the
  // pubsub. graphql-yoga's pubsub has no hook on publishing, so this instance's publish is wrapped: the cache is
  // cleared synchronously, before the mutation that revoked the credential answers; the subscription below hears
  // the other replicas' events, which arrive later. (publish returns nothing: events are fire-and-forget.)
  const publish = pubsub.pubsub.publish.bind(pubsub.pubsub);
  pubsub.pubsub.publish = ((topic: string, payload: Record<string, unknown>) => {
    if (topic === CREDENTIALS_CHANGED) auth.forgetViewers();
    // The demo clock is also kept, so a replica that starts later runs on the same time.
    if (topic === CLOCK_CHANGED) pubsub.saveState('clock', JSON.stringify(payload));
    return publish(topic as never, payload as never);
  }) as typeof pubsub.pubsub.publish;
  const credentialChanges = pubsub.pubsub.subscribe(CREDENTIALS_CHANGED);
  undo.push(async () => void (await credentialChanges.return?.()));
  void (async () => {
    for await (const _change of credentialChanges) auth.forgetViewers();
  })().catch(() => undefined);
  if (opts.seed ?? config.seedDemoData) {
    const seeded = await seedDemoData(db, clock, config.audit.hmacKey);
    if (seeded) log.info('demo data loaded');
  }
  const schema = await getSchema({ demoClock: config.env !== 'production' });
  if (config.env !== 'production') {
    // A demo clock moved on any replica moves on all of them, and on those that start later.
    const saved = await pubsub.loadState('clock');
    if (saved) clock.apply(JSON.parse(saved) as ClockState);
    const changes = pubsub.pubsub.subscribe(CLOCK_CHANGED);
    undo.push(async () => void (await changes.return?.()));
    void (async () => {
      for await (const state of changes) clock.apply(state as unknown as ClockState);
    })().catch(() => undefined);
  }
  // Read replicas: GraphQL reads go to them unless the caller just wrote (db/read-routing.ts).
  let writers: RecentWriters | undefined;
  if (replicaHealth && !embedded) {
    routeReads(db, replicaHealth);
    undo.push(async () => replicaHealth.stop());
    writers = new RecentWriters(config.db.primaryAfterWriteSeconds, config.redisUrl, config.rateLimit.keyPrefix);
    undo.push(() => writers!.close());
  }
  const http = await createHttpApp(
    config,
    schema,
    { db, clock, log, pubsub: pubsub.pubsub, auditKey: config.audit.hmacKey },
    auth,
    limiter,
    () => counter.total,
    writers,
  );
  undo.push(() => http.stop());
  configureNotifications(db, config);
  let notifier: Notifier | undefined;
  if (config.notifications.enabled) {
    notifier = new Notifier({
      config,
      db,
      clock,
      log,
      schema,
      auth,
      context: { db, clock, log, pubsub: pubsub.pubsub, auditKey: config.audit.hmacKey },
      embedded: Boolean(embedded),
      registry: http.metrics.registry,
    });
    await notifier.start();
    undo.push(() => notifier!.stop());
    // Reminders follow the demo clock: moving it raises what is now due at once.
    const moves = pubsub.pubsub.subscribe(CLOCK_CHANGED);
    undo.push(async () => void (await moves.return?.()));
    void (async () => {
      for await (const _move of moves) await notifier!.remind().catch(() => undefined);
    })().catch(() => undefined);
  }
  await listen(http.server, port, config.host);
  let metricsServer: NodeHttp.Server | undefined;
  if (config.metrics.port >= 0) {
    try {
      metricsServer = await startMetricsServer(http.metrics, config.metrics.port, config.metrics.host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new StartupError(
        code === 'EADDRINUSE'
          ? `the metrics port ${config.metrics.port} on ${config.metrics.host} is already in use (set METRICS_PORT)`
          : `cannot serve metrics: ${(e as Error).message}`,
      );
    }
  }
  const metricsAddress = metricsServer?.address();
  const address = http.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    config,
    db,
    queries: counter,
    clock,
    auth,
    log,
    http,
    url: `http://${host}:${actualPort}/graphql`,
    metricsUrl:
      metricsAddress && typeof metricsAddress === 'object'
        ? `http://${config.metrics.host}:${metricsAddress.port}/metrics`
        : undefined,
    embedded: Boolean(embedded),
    notifier,
    async stop() {
      await notifier?.stop();
      await http.stop();
      if (metricsServer) await new Promise((r) => metricsServer!.close(r));
      await limiter.close();
      await writers?.close();
      await pubsub.close();
      await database.close();
    },
  };
}
