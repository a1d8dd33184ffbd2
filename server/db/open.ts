// Opens Concord's database (PostgreSQL from DATABASE_URL, else embedded PGlite), with its deadlines, connect
// retries and migrations. The server and the operator commands (npm run admin) open it the same way.
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../core/logger';
import { createDataSource } from './data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { reachableReplicas, ReplicaHealth } from './replica-health';
import type { QueryCounter } from './query-counter';

import { StartupError } from './startup-error';

export { StartupError };

export interface OpenDatabase {
  db: DataSource;
  counter: QueryCounter;
  embedded?: EmbeddedDatabase;
  /** With DATABASE_REPLICA_URLS: which replicas serve reads, and whether they answer. */
  replicaHealth?: ReplicaHealth;
  close(): Promise<void>;
}

async function connectWithRetries(db: DataSource, retries: number, log: Logger, where: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await db.initialize();
      return;
    } catch (e) {
      if (attempt >= retries)
        throw new StartupError(
          `the database at ${where} is unreachable after ${attempt + 1} attempts: ${(e as Error).message}`,
        );
      const wait = Math.min(500 * 2 ** attempt, 5000);
      log.warn({ attempt: attempt + 1, retryInMs: wait, reason: (e as Error).message }, 'database not reachable yet');
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

const MIGRATION_LOCK = 7_340_003;

/**
 * Applies pending migrations. On PostgreSQL under a session-level advisory lock, so that any number of replicas
 * starting together on an empty database run them once, one after another; the embedded database has one writer.
 */
async function migrate(db: DataSource, log: Logger, lockUrl: string | undefined) {
  // The lock is held on a connection of its own, outside the pool, so that a pool of one still migrates.
  const locker = lockUrl ? new Client({ connectionString: lockUrl }) : undefined;
  let applied;
  try {
    if (locker) {
      await locker.connect();
      await locker.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    }
    applied = await db.runMigrations({ transaction: 'each' });
  } catch (e) {
    throw new StartupError(`a migration failed: ${(e as Error).message}`);
  } finally {
    // Ending the session releases the lock.
    await locker?.end().catch(() => undefined);
  }
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
}

/** What the server's role may do: everything on the domain tables, only INSERT and SELECT on the audit trail. */
async function grantRuntimeRole(owner: DataSource, role: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(role))
    throw new StartupError(`the database role "${role}" in DATABASE_URL is not a plain identifier`);
  const [same] = await owner.query('SELECT current_user = $1 AS same', [role]);
  if (same.same)
    throw new StartupError(
      'DATABASE_OWNER_URL and DATABASE_URL name the same role; the server must run as a role that does not own the schema',
    );
  await owner.query(`GRANT USAGE ON SCHEMA public TO "${role}"`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${role}"`);
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_checkpoint, migrations FROM "${role}"`);
  await owner.query(`REVOKE INSERT ON migrations FROM "${role}"`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${role}"`);
  // The notification queue (pg-boss's schema, made by the migrations): the server only moves jobs through it.
  await owner.query(`GRANT USAGE ON SCHEMA pgboss TO "${role}"`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO "${role}"`);
}

export async function openDatabase(
  config: Config,
  log: Logger,
  opts: { inMemory?: boolean; snapshot?: Blob } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  const url = config.databaseUrl;
  // Replicas that do not answer now are named and left out, instead of failing start-up as if the primary had.
  const replicas =
    url && config.databaseReplicaUrls.length
      ? await reachableReplicas(config.databaseReplicaUrls, log)
      : { reachable: [], missing: [] };
  if (!url)
    embedded = await startEmbeddedDatabase(opts.inMemory ? undefined : config.dataDir, { snapshot: opts.snapshot });
  const { dataSource: db, counter } = createDataSource({
    url,
    socketDir: embedded?.socketDir,
    replicaUrls: replicas.reachable,
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
    const where = embedded || !url ? 'embedded PGlite' : new URL(url).host;
    if (config.databaseOwnerUrl && url) {
      // Migrations as the owner; the server's own role may not alter, update or delete the audit trail.
      const { dataSource: owner } = createDataSource({
        url: config.databaseOwnerUrl,
        poolSize: 1,
        log,
        statementTimeoutMs: 0,
        lockTimeoutMs: 0,
        acquireTimeoutMs: 30_000,
      });
      await connectWithRetries(owner, config.db.connectRetries, log, `${where} (owner)`);
      try {
        await migrate(owner, log, config.databaseOwnerUrl);
        await grantRuntimeRole(owner, decodeURIComponent(new URL(url).username || 'postgres'));
      } finally {
        await owner.destroy();
      }
      await connectWithRetries(db, config.db.connectRetries, log, where);
    } else {
      await connectWithRetries(db, embedded ? 0 : config.db.connectRetries, log, where);
      await migrate(db, log, embedded ? undefined : url);
    }
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
  const replicaHealth =
    url && config.databaseReplicaUrls.length
      ? new ReplicaHealth(log, replicas.missing, replicas.reachable.length)
      : undefined;
  return { db, counter, embedded, close, replicaHealth };
}
