// The dumps tests/support/global-setup.ts makes once: a migrated embedded database, and one with the demo data.
import fs from 'node:fs';
import path from 'node:path';

export const SNAPSHOT_ENV = 'CONCORD_TEST_SNAPSHOTS';

const cache = new Map<string, Blob>();

/** The dump to start an embedded test database from, or undefined (PostgreSQL, or no global setup). */
export function snapshot(kind: 'migrated' | 'seeded'): Blob | undefined {
  const dir = process.env[SNAPSHOT_ENV];
  if (!dir) return undefined;
  const file = path.join(dir, `${kind}.tar`);
  if (!fs.existsSync(file)) return undefined;
  if (!cache.has(file)) cache.set(file, new Blob([fs.readFileSync(file)]));
  return cache.get(file);
}
