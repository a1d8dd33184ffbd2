// Runs once before the suite. On the embedded database, it migrates one in-memory PGlite (and seeds a second
// copy with the demo data) and dumps both to files; every test server then starts as a copy of a dump instead of
// migrating (and seeding) its own. On PostgreSQL each test gets its own database as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdjustableClock } from '../../server/core/clock';
import { createLogger } from '../../server/core/logger';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import { seedDemoData } from '../../server/db/seed';
import { SNAPSHOT_ENV } from './snapshots';

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-snapshots-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  const log = createLogger('silent');
  const started = Date.now();
  const database = await openDatabase(config, log, { inMemory: true });
  try {
    fs.writeFileSync(path.join(dir, 'migrated.tar'), Buffer.from(await (await database.embedded!.dump()).arrayBuffer()));
    await seedDemoData(database.db, new AdjustableClock());
    fs.writeFileSync(path.join(dir, 'seeded.tar'), Buffer.from(await (await database.embedded!.dump()).arrayBuffer()));
  } finally {
    await database.close();
  }
  process.env[SNAPSHOT_ENV] = dir;
  process.stderr.write(`embedded test databases: migrated and seeded snapshots made once in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
