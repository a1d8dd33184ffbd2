// Opens Concord's database (PostgreSQL from DATABASE_URL, else embedded PGlite), with its deadlines, connect
// retries and migrations. The server and the operator commands (npm run admin) open it the same way.
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../core/logger';
import { createDataSource } from './data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import type { QueryCounter } from './query-counter';

/** A start-up failure with a message meant for the operator, printed as one line. */
export class StartupError extends Error {}

export interface OpenDatabase {
  db: DataSource;
  counter: QueryCounter;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

async function connectWithRetries(db: DataSource, retries: number, log: Logger, where: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await db.initialize();
      return;
    } catch (e) {
      if (attempt >= retries) throw new StartupError(`the database at ${where} is unreachable after ${attempt + 1} attempts: ${(e as Error).message}`);
      const wait = Math.min(500 * 2 ** attempt, 5000);
      log.warn({ attempt: attempt + 1, retryInMs: wait, reason: (e as Error).message }, 'database not reachable yet');
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

export async function openDatabase(config: Config, log: Logger, opts: { inMemory?: boolean } = {}): Promise<OpenDatabase> {
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
    statementTimeoutMs: config.db.statementTimeoutMs,
    lockTimeoutMs: config.db.lockTimeoutMs,
    // The embedded database has one connection that every request queues for: give the queue more time.
    acquireTimeoutMs: config.db.acquireTimeoutMs ?? (embedded ? 10_000 : 2_000),
  });
  const close = async () => {
    if (db.isInitialized) await db.destroy();
    await embedded?.close();
  };
  try {
    await connectWithRetries(db, embedded ? 0 : config.db.connectRetries, log, embedded ? 'embedded PGlite' : new URL(url).host);
    let applied;
    try {
      applied = await db.runMigrations({ transaction: 'each' });
    } catch (e) {
      throw new StartupError(`a migration failed: ${(e as Error).message}`);
    }
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
  return { db, counter, embedded, close };
}
