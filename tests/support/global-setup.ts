// Runs once before the suite. It migrates one in-memory PGlite (and seeds a second copy with the demo data) and
// dumps both to files; every embedded test server then starts as a copy of a dump instead of migrating (and
// seeding) its own. The same dumps are unpacked once into two template data directories, which the tests that
// start real server processes copy (a process on a fresh directory would run initdb and every migration first).
// On PostgreSQL each test server gets its own database, but the process tests still run on embedded directories.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AdjustableClock } from '../../server/core/clock';
import { createLogger } from '../../server/core/logger';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import { seedDemoData } from '../../server/db/seed';
import { SNAPSHOT_ENV } from './snapshots';

/** Unpacks a dump into `<dir>/pg`, the layout of a Concord data directory. */
async function unpack(dump: Blob, dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create(path.join(dir, 'pg'), { extensions: { pg_trgm }, loadDataDir: dump });
  await db.close();
}

export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-snapshots-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  const log = createLogger('silent');
  const started = Date.now();
  const database = await openDatabase(config, log, { inMemory: true });
  try {
    const migrated = await database.embedded!.dump();
    fs.writeFileSync(path.join(dir, 'migrated.tar'), Buffer.from(await migrated.arrayBuffer()));
    await seedDemoData(database.db, new AdjustableClock());
    const seeded = await database.embedded!.dump();
    fs.writeFileSync(path.join(dir, 'seeded.tar'), Buffer.from(await seeded.arrayBuffer()));
    await Promise.all([unpack(migrated, path.join(dir, 'migrated-dir')), unpack(seeded, path.join(dir, 'seeded-dir'))]);
  } finally {
    await database.close();
  }
  process.env[SNAPSHOT_ENV] = dir;
  process.stderr.write(`embedded test databases: migrated and seeded snapshots made once in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
