// The image's own layout, built without Docker the way the Dockerfile builds it: the server compiled with
// tsconfig.server.json, production dependencies only (no swc, no scripts/register-ts.cjs, no IDE), data/, and
// bin/admin; run as an unprivileged user (nobody). From zero, following the README's deployment section: the
// administrator's command creates the first platform administrator, the server starts, and that administrator
// signs in. Production without a database says so in one line.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';
import { signToken } from '../server/modules/auth/token';
import { freePort, ROOT } from './support/processes';
import { admin } from './support/server';
import { postGraphQL } from './support/transports';

const NOBODY = 65534;
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'an-image-layout-secret-of-32-characters!',
  JWT_ISSUER: 'https://login.concord.example',
  JWT_AUDIENCE: 'concord',
  AUDIT_HMAC_KEY: 'an-image-layout-audit-key-of-32-chars!!',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  METRICS_PORT: '-1',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the layout as nobody, with only the environment given (and PATH). */
function runAsNobody(dir: string, command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000) {
  const child = spawn(command, args, {
    cwd: dir,
    uid: NOBODY,
    gid: NOBODY,
    env: { PATH: `${path.join(dir, 'bin')}:${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, done, output: () => stdout + stderr };
}

describe.runIf(process.getuid?.() === 0)('the image layout', () => {
  let dir: string;
  let dbName: string | undefined;
  const base = process.env.TEST_DATABASE_URL;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-image-'));
    fs.chmodSync(dir, 0o755);
    // As the Dockerfile's build stage: the compiled server (and scripts/admin.ts) only.
    execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsc'),
      ['-p', 'tsconfig.server.json', '--outDir', path.join(dir, 'dist')],
      { cwd: ROOT, stdio: 'pipe' },
    );
    // As its deps stage: production dependencies only (hard links of the packages npm lists), without the IDE.
    const prod = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((p) => path.relative(ROOT, p.trim()))
      .filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p) && p !== 'node_modules/ruru');
    for (const p of new Set(prod)) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      execFileSync('cp', ['-al', path.join(ROOT, p), path.join(dir, p)]);
    }
    execFileSync('cp', ['-al', path.join(ROOT, 'data'), path.join(dir, 'data')]);
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'deploy/admin.sh'), path.join(dir, 'bin/admin'));
    fs.chmodSync(path.join(dir, 'bin/admin'), 0o755);
    if (base) {
      dbName = `concord_img_${randomBytes(5).toString('hex')}`;
      await admin(base, `CREATE DATABASE ${dbName}`);
    } else {
      fs.mkdirSync(path.join(dir, 'state'));
      fs.chownSync(path.join(dir, 'state'), NOBODY, NOBODY);
    }
  }, 120_000);

  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (base && dbName) await admin(base, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  const database = (): Record<string, string> => {
    if (!base) return { EMBEDDED_DATABASE: 'true', CONCORD_DATA_DIR: path.join(dir, 'state') };
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    return { DATABASE_URL: u.toString() };
  };

  it('carries no development tooling', () => {
    expect(fs.existsSync(path.join(dir, 'node_modules/@swc/core'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'node_modules/typescript'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'scripts'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'dist/scripts/admin.js'))).toBe(true);
  });

  it('goes from zero to a signed-in platform administrator, as nobody', async () => {
    const env = { ...PRODUCTION, ...database() };
    const bootstrap = await runAsNobody(
      dir,
      'admin',
      [
        'bootstrap',
        '--email',
        'chief@ops.gov',
        '--agency',
        'Concord Operations Center',
        '--acronym',
        'COC',
        '--name',
        'Chief of Ops',
      ],
      env,
    ).done;
    expect([bootstrap.code, bootstrap.stderr]).toEqual([0, '']);
    expect(bootstrap.stdout).toMatch(/Created platform administrator chief@ops\.gov/);

    const port = await freePort();
    const server = runAsNobody(dir, 'node', ['dist/server/main.js'], { ...env, PORT: String(port) });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        const ready = await fetch(`${url}/readyz`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ready) break;
        if (i > 300 || server.child.exitCode !== null) throw new Error(`the server did not start: ${server.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // A token from the identity provider whose email claim names the administrator.
      const token = await signToken(
        loadConfig({ ...PRODUCTION, ...database() }).auth,
        'idp-subject-1',
        'chief@ops.gov',
      );
      const me = await postGraphQL(
        `${url}/graphql`,
        { query: '{ viewer { authenticated roles user { email } organization { ... on Agency { acronym } } } }' },
        { authorization: `Bearer ${token}` },
      );
      expect(me.body).toEqual({
        data: {
          viewer: {
            authenticated: true,
            roles: expect.arrayContaining(['PLATFORM_ADMIN', 'ANALYST']),
            user: { email: 'chief@ops.gov' },
            organization: { acronym: 'COC' },
          },
        },
      });
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  }, 120_000);

  it('refuses to start in production without a database, in one line', async () => {
    const {
      DATABASE_URL: _url,
      EMBEDDED_DATABASE: _embedded,
      CONCORD_DATA_DIR: _dir,
      ...env
    } = {
      ...PRODUCTION,
      ...database(),
    } as Record<string, string>;
    const run = await runAsNobody(dir, 'node', ['dist/server/main.js'], { ...env, PORT: String(await freePort()) })
      .done;
    expect(run.code).toBe(78);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Concord cannot start: NODE_ENV=production needs DATABASE_URL/),
    ]);
  });
});
