// Runs once before the suite. It migrates one in-memory PGlite (and seeds a second copy with the demo data) and
// dumps both to files; every embedded test server then starts as a copy of a dump instead of migrating (and
// seeding) its own. The same dumps are unpacked once into two template data directories, which the tests that
// start real server processes copy (a process on a fresh directory would run initdb and every migration first).
// On PostgreSQL (TEST_DATABASE_URL) it also migrates two template databases, one seeded, and every test server's
// database is a copy of one (CREATE DATABASE ... TEMPLATE: a file copy, milliseconds, instead of running every
// migration again); the process tests still run on embedded directories.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdjustableClock } from '../../server/core/clock';
import { createLogger } from '../../server/core/logger';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import { seedDemoData } from '../../server/db/seed';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { PG_TEMPLATES_ENV, SNAPSHOT_ENV } from './snapshots';

/**
 * Unpacks a dump (PGlite's dumpDataDir: an uncompressed ustar archive of the Postgres data directory) into
 * `<dir>/pg`, the layout of a Concord data directory, as loadDataDir would, without starting Postgres for it.
 */
function unpack(dump: Buffer, dir: string) {
  const root = path.join(dir, 'pg');
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const text = (from: number, length: number) => dump.toString('utf8', from, from + length).replace(/\0.*$/s, '');
  let longName: string | undefined;
  for (let at = 0; at + 512 <= dump.length;) {
    const header = dump.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(text(at + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const name = longName ?? [text(at + 345, 155), text(at + 0, 100)].filter(Boolean).join('/');
    const body = dump.subarray(at + 512, at + 512 + size);
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else {
      const target = path.join(root, name.replace(/^\/+/, ''));
      if (!target.startsWith(root)) throw new Error(`a dump entry outside the data directory: ${name}`);
      if (type === '5') fs.mkdirSync(target, { recursive: true, mode: 0o700 });
      else if (type === '0') {
        fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
        fs.writeFileSync(target, body, { mode: 0o600 });
      }
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Two PostgreSQL template databases, migrated and seeded, on TEST_DATABASE_URL's server; returns their dropper. */
async function postgresTemplates(base: string): Promise<() => Promise<void>> {
  const tag = randomBytes(4).toString('hex');
  const names = { migrated: `concord_tpl_${tag}_migrated`, seeded: `concord_tpl_${tag}_seeded` };
  const drop = async () => {
    for (const name of Object.values(names)) await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    for (const [kind, name] of Object.entries(names)) {
      await admin(base, `CREATE DATABASE ${name}`);
      const u = new URL(base);
      u.pathname = `/${name}`;
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SEED_DEMO_DATA: 'false',
        DATABASE_URL: u.toString(),
      });
      const database = await openDatabase(config, createLogger('silent'));
      try {
        if (kind === 'seeded') await seedDemoData(database.db, new AdjustableClock());
      } finally {
        await database.close();
      }
    }
  } catch (e) {
    await drop();
    throw e;
  }
  process.env[PG_TEMPLATES_ENV] = JSON.stringify(names);
  return drop;
}

export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-snapshots-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  const log = createLogger('silent');
  const started = Date.now();
  const database = await openDatabase(config, log, { inMemory: true });
  try {
    const migrated = Buffer.from(await (await database.embedded!.dump()).arrayBuffer());
    fs.writeFileSync(path.join(dir, 'migrated.tar'), migrated);
    await seedDemoData(database.db, new AdjustableClock());
    const seeded = Buffer.from(await (await database.embedded!.dump()).arrayBuffer());
    fs.writeFileSync(path.join(dir, 'seeded.tar'), seeded);
    unpack(migrated, path.join(dir, 'migrated-dir'));
    unpack(seeded, path.join(dir, 'seeded-dir'));
  } finally {
    await database.close();
  }
  process.env[SNAPSHOT_ENV] = dir;
  const base = process.env.TEST_DATABASE_URL;
  const dropTemplates = base ? await postgresTemplates(base) : undefined;
  process.stderr.write(
    `test databases: migrated and seeded ${base ? 'templates and ' : ''}snapshots made once in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await dropTemplates?.();
  };
}
