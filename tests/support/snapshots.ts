// The dumps tests/support/global-setup.ts makes once: a migrated embedded database, and one with the demo data,
// as tarballs (in-memory test servers load them) and as template data directories (server processes copy them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SNAPSHOT_ENV = 'CONCORD_TEST_SNAPSHOTS';
export const PG_TEMPLATES_ENV = 'CONCORD_TEST_PG_TEMPLATES';

/** The PostgreSQL template database to copy a test database from, or undefined (embedded, or no global setup). */
export function postgresTemplate(kind: 'migrated' | 'seeded'): string | undefined {
  const names = process.env[PG_TEMPLATES_ENV];
  return names && process.env.TEST_DATABASE_URL ? (JSON.parse(names) as Record<string, string>)[kind] : undefined;
}

const cache = new Map<string, Blob>();

/** The dump to start an in-memory test database from, or undefined (PostgreSQL, or no global setup). */
export function snapshot(kind: 'migrated' | 'seeded'): Blob | undefined {
  if (process.env.TEST_DATABASE_URL) return undefined;
  const dir = process.env[SNAPSHOT_ENV];
  if (!dir) return undefined;
  const file = path.join(dir, `${kind}.tar`);
  if (!fs.existsSync(file)) return undefined;
  if (!cache.has(file)) cache.set(file, new Blob([fs.readFileSync(file)]));
  return cache.get(file);
}

/**
 * A new private data directory for a Concord process, already migrated (and seeded, for 'seeded'): a copy of the
 * template the global setup made. `fresh` gives an empty one, for tests of a first start.
 */
export function dataDirectory(kind: 'migrated' | 'seeded' | 'fresh', prefix = 'concord-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const templates = process.env[SNAPSHOT_ENV];
  if (kind !== 'fresh' && templates) fs.cpSync(path.join(templates, `${kind}-dir`), dir, { recursive: true });
  return dir;
}
