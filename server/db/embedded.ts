// The embedded default: PGlite (real Postgres compiled to WebAssembly) behind pglite-socket, so TypeORM and
// `pg` talk to it over the ordinary wire protocol. PGlite is a single session: the socket server accepts
// one connection and the pool is sized to one, so concurrent transactions queue instead of interleaving.
//
// Only Concord reaches it: the socket is a Unix socket in a directory only this user may enter (inside the
// data directory, itself private to its owner), and a lock file admits one server per data directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { StartupError } from './startup-error';

export interface EmbeddedDatabase {
  /** The directory holding the Unix socket (pg's `host`), with the socket at `.s.PGSQL.5432`. */
  socketDir: string;
  /** The whole database as a tarball, for `snapshot` (tests clone one migrated database instead of migrating each). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** An in-memory database starts as a copy of this dump (from `dump()`). */
  snapshot?: Blob;
}

export const EMBEDDED_PORT = 5432;
const LOCK = 'concord.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data directory for this process, or fails naming the process that holds it. */
function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new StartupError(
          `the data directory ${dataDir} is in use by another Concord (pid ${pid}); stop it first, or set CONCORD_DATA_DIR`,
        );
      }
      fs.rmSync(file, { force: true }); // left behind by a process that is gone
    }
  }
  throw new StartupError(`cannot lock the data directory ${dataDir}`);
}

/** A private directory for the socket: inside the data directory when its path is short enough for a socket. */
function socketDirectory(dataDir: string | undefined): { dir: string; temporary: boolean } {
  const inside = dataDir ? path.join(dataDir, 'run') : undefined;
  // Unix socket paths are limited to about 100 bytes.
  if (inside && Buffer.byteLength(path.join(inside, `.s.PGSQL.${EMBEDDED_PORT}`)) < 100) {
    fs.mkdirSync(inside, { recursive: true, mode: 0o700 });
    fs.chmodSync(inside, 0o700);
    fs.rmSync(path.join(inside, `.s.PGSQL.${EMBEDDED_PORT}`), { force: true });
    return { dir: inside, temporary: false };
  }
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'concord-pg-')), temporary: true };
}

/** Postgres's files: under `pg/`, or the data directory itself when an earlier Concord put them there. */
function pgDataDir(dataDir: string): string {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION')) ? dataDir : path.join(dataDir, 'pg');
}

/** Makes every folder under `dir` 0700 and every file 0600 (the files an earlier Concord left as the umask made them). */
function privateTree(dir: string) {
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    fs.chmodSync(current, 0o700);
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) fs.chmodSync(full, 0o600);
    }
  }
}

/**
 * While an on-disk database is open, the process creates files private to its owner whatever umask it was started
 * with: PGlite's file system creates Postgres's files with the process's umask (0644 and 0755 under the usual 022,
 * 0666 under 000), not with the 0600/0700 that Postgres asks for. Returns what puts the old umask back. In a worker
 * thread, which may not change the umask, the chmod passes at start are all there is.
 */
function privateUmask(): () => void {
  try {
    const previous = process.umask(0o077);
    return () => process.umask(previous);
  } catch {
    return () => {};
  }
}

/**
 * An in-memory database (tests, the benchmark's baseline) cannot tear a page or lose a commit to a crash: it is
 * gone with the process either way: full-page images are work for nothing there. (The commit still waits for its
 * WAL: a dump, which the test snapshots are, copies only what reached the files.)
 */
const IN_MEMORY_SETTINGS = ['-c', 'full_page_writes=off', '-c', 'jit=off'];

/** Starts PGlite with its data under `dataDir` (or in memory when `dataDir` is undefined). */
export async function startEmbeddedDatabase(dataDir?: string, opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let unlock = () => {};
  let restoreUmask = () => {};
  if (dataDir) {
    restoreUmask = privateUmask();
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // The data directory and everything in it is private to its owner: nobody else reads the files or reaches
    // the socket.
    privateTree(dataDir);
    try {
      unlock = lockDataDir(dataDir);
    } catch (e) {
      restoreUmask();
      throw e;
    }
  }
  const socket = socketDirectory(dataDir);
  try {
    // The contrib extension is published as ESM for TypeScript; a dynamic import loads it from CommonJS too.
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const db = await PGlite.create(dataDir ? pgDataDir(dataDir) : 'memory://', {
      extensions: { pg_trgm },
      ...(opts.snapshot && !dataDir ? { loadDataDir: opts.snapshot } : {}),
      ...(dataDir ? {} : { startParams: [...PGlite.defaultStartParams, ...IN_MEMORY_SETTINGS] }),
    });
    // A first start unpacks Postgres's initial files with the modes of PGlite's bundle (0644), not the umask's.
    if (dataDir) privateTree(dataDir);
    const server = new PGLiteSocketServer({
      db,
      path: path.join(socket.dir, `.s.PGSQL.${EMBEDDED_PORT}`),
      maxConnections: 1,
    });
    await server.start();
    return {
      socketDir: socket.dir,
      dump: () => db.dumpDataDir('none'),
      async close() {
        await server.stop();
        await db.close();
        if (socket.temporary) fs.rmSync(socket.dir, { recursive: true, force: true });
        unlock();
        restoreUmask();
      },
    };
  } catch (e) {
    if (socket.temporary) fs.rmSync(socket.dir, { recursive: true, force: true });
    unlock();
    restoreUmask();
    throw e;
  }
}
