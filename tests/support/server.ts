// Starts a real Concord for one test file: on in-memory PGlite (a copy of a snapshot), or on a fresh PostgreSQL
// database copied from the global setup's template on TEST_DATABASE_URL (dropped afterwards). Each file gets its own.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../server/config';
import { startConcord, type Concord } from '../../server/concord';
import { postgresTemplate, snapshot } from './snapshots';

export interface TestServer {
  concord: Concord;
  url: string;
  /** Where the database is: 'pglite' or 'postgres'. */
  kind: 'pglite' | 'postgres';
  stop(): Promise<void>;
}

/** The replica's URL for a database just created on the primary, once the replica has it. */
async function replicaOf(dbName: string): Promise<string> {
  const u = new URL(process.env.TEST_REPLICA_URL!);
  for (let i = 0; i < 100; i++) {
    const client = new Client({ connectionString: u.toString() });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
      if (rows.length) break;
    } finally {
      await client.end();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  u.pathname = `/${dbName}`;
  return u.toString();
}

/** Runs one statement on a PostgreSQL server as its administrator (databases and roles for tests). */
export async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startTestServer(
  env: Record<string, string> = {},
  opts: { seed?: boolean } = {},
): Promise<TestServer> {
  const base = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  // PostgreSQL: a copy of the template the global setup migrated (and seeded) once.
  const template = postgresTemplate(opts.seed ? 'seeded' : 'migrated');
  if (base) {
    dbName = `concord_t_${randomBytes(6).toString('hex')}`;
    await admin(base, `CREATE DATABASE ${dbName}${template ? ` TEMPLATE ${template}` : ''}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  // With TEST_REPLICA_URL (a synchronous streaming replica of TEST_DATABASE_URL's server, made by .ci/run), reads
  // go to the replica. Commits in the test database wait until the replica has applied them (remote_apply), so a
  // test may read another caller's write at once, as the stories do.
  const replica =
    base && process.env.TEST_REPLICA_URL && !('DATABASE_REPLICA_URLS' in env) ? await replicaOf(dbName!) : undefined;
  if (replica) await admin(base!, `ALTER DATABASE ${dbName} SET synchronous_commit = remote_apply`);
  if (replica) env = { ...env, DATABASE_REPLICA_URLS: replica };
  // Budgets high enough for story tests; the rate-limit tests set their own.
  const budgets = {
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    METRICS_PORT: '0',
    RATE_LIMIT_REQUESTS: '1000000',
    RATE_LIMIT_ANONYMOUS_REQUESTS: '1000000',
    RATE_LIMIT_COST_PER_HOUR: '1000000000',
    RATE_LIMIT_ANONYMOUS_COST_PER_HOUR: '1000000000',
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    ...budgets,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { EMBEDDED_DATABASE: 'true' }),
    ...env,
  });
  // Embedded: a copy of the database migrated (and seeded) once for the whole suite.
  const copy = base ? undefined : snapshot(opts.seed ? 'seeded' : 'migrated');
  const concord = await startConcord(config, {
    port: 0,
    inMemory: true,
    seed: copy || template ? false : (opts.seed ?? false),
    snapshot: copy,
  });
  return {
    concord,
    url: concord.url,
    kind: base ? 'postgres' : 'pglite',
    async stop() {
      await concord.stop();
      if (base && dbName) await admin(base, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

/** A second server process-alike on the same PostgreSQL database as `primary` (a replica behind a load balancer). */
export async function startReplica(primary: TestServer, env: Record<string, string> = {}): Promise<TestServer> {
  if (primary.kind !== 'postgres') throw new Error('replicas share a PostgreSQL database');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    METRICS_PORT: '0',
    SEED_DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    DATABASE_URL: primary.concord.config.databaseUrl!,
    ...env,
  });
  const concord = await startConcord(config, { port: 0, seed: false });
  return { concord, url: concord.url, kind: 'postgres', stop: () => concord.stop() };
}
