// Composes Concord: config -> database -> schema -> http. main.ts, the tests and the benchmark all use this.
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AdjustableClock } from './core/clock';
import { createLogger, type Logger } from './core/logger';
import { createPubSub, type PubSubHandle } from './core/pubsub';
import { createDataSource } from './db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import type { QueryCounter } from './db/query-counter';
import { seedDemoData } from './db/seed';
import { getSchema } from './graphql/schema';
import { createHttpApp, type HttpApp } from './http/app';
import { Authenticator } from './modules/auth/auth.service';

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
  embedded: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Listen on this port (0 for any free port). */
  port?: number;
  /** Run on an in-memory PGlite instead of `.data/` when no DATABASE_URL is configured. */
  inMemory?: boolean;
  seed?: boolean;
}

export async function startConcord(config: Config, opts: StartOptions = {}): Promise<Concord> {
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(opts.inMemory ? undefined : config.dataDir);
    url = embedded.url;
  }
  const { dataSource: db, counter } = createDataSource({
    url,
    replicaUrls: config.databaseReplicaUrls,
    // PGlite is one session: one connection, so transactions queue instead of interleaving.
    poolSize: embedded ? 1 : config.dbPoolSize,
    log,
  });
  await db.initialize();
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');

  const clock = new AdjustableClock();
  const pubsub: PubSubHandle = createPubSub(config.redisUrl);
  const auth = new Authenticator(config.auth, db);
  if (opts.seed ?? config.seedDemoData) {
    const seeded = await seedDemoData(db, clock);
    if (seeded) log.info('demo data loaded');
  }
  const schema = await getSchema();
  const http = await createHttpApp(config, schema, { db, clock, log, pubsub: pubsub.pubsub }, auth, () => counter.total);
  const port = opts.port ?? config.port;
  await new Promise<void>((resolve) => http.server.listen(port, config.host, resolve));
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
    embedded: Boolean(embedded),
    async stop() {
      await http.stop();
      await pubsub.close();
      await db.destroy();
      await embedded?.close();
    },
  };
}
