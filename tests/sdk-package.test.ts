// The SDK as partners install it: built, packed, checked by @arethetypeswrong/cli and publint, and installed into
// scratch projects that each run a real query and a keyed mutation against a live server: Node ESM `import`,
// CommonJS `require`, TypeScript (nodenext, strict; the current and the oldest supported version), and a bundle
// of one operation with tree-shaking.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueApiKeyDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast } from './support/fixtures';
import { ROOT } from './support/processes';

/** The oldest TypeScript the SDK supports (sdk/README.md). */
const OLDEST_TYPESCRIPT = '5.0.4';
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });

let server: TestServer;
let work: string;
let tarball: string;
let packageChecks: Promise<{ attw: string; lint: string }>;
let env: { URL: string; KEY: string; ORG: string };

const CALLS = (importLine: string, exportLine = '') => `${importLine}
const { createClient, ViewerDocument, CreateUserDocument } = sdk;
async function main() {
  const client = createClient({ url: process.env.URL, token: process.env.KEY });
  const { viewer } = await client.execute(ViewerDocument);
  const input = { organizationId: process.env.ORG, email: 'scratch-' + process.env.RUN + '@partner.example', name: 'Scratch Partner', roles: ['MEMBER'] };
  const first = await client.execute(CreateUserDocument, { input }, { idempotencyKey: 'scratch-' + process.env.RUN });
  const retry = await client.execute(CreateUserDocument, { input }, { idempotencyKey: 'scratch-' + process.env.RUN });
  console.log(JSON.stringify({ org: viewer.organization && viewer.organization.id, first: first.createUser.user.id, retry: retry.createUser.user.id }));
}
${exportLine}main().catch((e) => { console.error(e); process.exit(1); });
`;

/**
 * A scratch project in `work/<name>`. The SDK tarball, graphql and the oldest supported TypeScript are installed
 * once, by npm, into `work/node_modules`, which Node, TypeScript and esbuild find from every project below it (one
 * install instead of one per project: the install is the same, and it was most of this file's time).
 */
function project(name: string, pkg: Record<string, unknown>, files: Record<string, string>) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `scratch-${name}`, version: '1.0.0', private: true, ...pkg }, null, 2),
  );
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const runAsync = (cmd: string, args: string[], cwd: string) =>
  promisify(execFile)(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then((r) => r.stdout);

/** Runs a scratch project against the live server (asynchronously: the server shares this process's event loop). */
async function runProject(dir: string, file: string, runId: string) {
  const { stdout } = await promisify(execFile)(process.execPath, [file], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env, RUN: runId },
  });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

beforeAll(async () => {
  server = await startTestServer();
  const cast = await createCast(server);
  const lab = await cast.developer();
  const admin = await cast.user(lab.id, ['ORG_ADMIN', 'MEMBER']);
  const key = (
    await admin.client.execute(IssueApiKeyDocument, {
      input: { organizationId: lab.id, name: 'scratch projects', roles: ['ORG_ADMIN', 'MEMBER'] },
    })
  ).issueApiKey.secret;
  env = { URL: server.url, KEY: key, ORG: lab.id };
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-sdk-'));
  run(process.execPath, [path.join(ROOT, 'sdk', 'build.mjs')], ROOT);
  const packed = run('npm', ['pack', '--pack-destination', work, '--loglevel=error'], path.join(ROOT, 'sdk'))
    .trim()
    .split('\n')
    .pop()!;
  tarball = path.join(work, packed);
  // The package checks are processes of their own: they run while npm installs the tarball.
  packageChecks = Promise.all([
    runAsync(bin('attw'), [tarball, '--format', 'json'], work),
    runAsync(bin('publint'), ['run', path.join(ROOT, 'sdk'), '--strict'], ROOT),
  ]).then(([attw, lint]) => ({ attw, lint }));
  packageChecks.catch(() => undefined); // awaited, and reported, by its test
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'scratch-projects', version: '1.0.0', private: true }),
  );
  await runAsync(
    'npm',
    [
      'install',
      tarball,
      'graphql@16.15.0',
      `typescript@${OLDEST_TYPESCRIPT}`,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    work,
  );
}, 180_000);
afterAll(async () => {
  await server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the SDK package', () => {
  it('passes @arethetypeswrong/cli and publint', async () => {
    const { attw, lint } = await packageChecks;
    const report = JSON.parse(attw) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(lint).not.toMatch(/Error|Warning/);
  });

  it('Node ESM import: a query and a keyed mutation that runs once', async () => {
    const dir = project('esm', { type: 'module' }, { 'index.js': CALLS("import * as sdk from '@concord/sdk';") });
    const r = await runProject(dir, 'index.js', 'esm');
    expect(r.org).toBe(env.ORG);
    expect(r.retry).toBe(r.first);
  });

  it('CommonJS require: the same', async () => {
    const dir = project('cjs', { type: 'commonjs' }, { 'index.js': CALLS("const sdk = require('@concord/sdk');") });
    const r = await runProject(dir, 'index.js', 'cjs');
    expect(r.org).toBe(env.ORG);
    expect(r.retry).toBe(r.first);
  });

  it(`TypeScript nodenext strict, with the current TypeScript and ${OLDEST_TYPESCRIPT}: compiles, runs, and refuses wrong variables and AST documents`, async () => {
    const source = `import { createClient, ViewerDocument, CreateUserDocument, ConcordRequestError, possibleTypes } from '@concord/sdk';
import type { ConcordErrorCode } from '@concord/sdk';
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };
const client = createClient({ url: process.env.URL!, token: process.env.KEY });
export async function neverCalled(): Promise<void> {
  // @ts-expect-error: the variables' type comes from the document
  await client.execute(CreateUserDocument, { input: { wrong: true } });
  // @ts-expect-error: a GraphQL AST is not a document the SDK sends
  await client.execute({ kind: 'Document', definitions: [] });
}
async function main(): Promise<void> {
  const code: ConcordErrorCode = 'NETWORK_ERROR';
  void code;
  void possibleTypes.Organization;
  const { viewer } = await client.execute(ViewerDocument);
  const input = { organizationId: process.env.ORG!, email: 'scratch-' + process.env.RUN + '@partner.example', name: 'Scratch Partner', roles: ['MEMBER' as const] };
  const first = await client.execute(CreateUserDocument, { input }, { idempotencyKey: 'scratch-' + process.env.RUN });
  const retry = await client.execute(CreateUserDocument, { input }, { idempotencyKey: 'scratch-' + process.env.RUN });
  console.log(JSON.stringify({ org: viewer.organization?.id ?? null, first: first.createUser.user.id, retry: retry.createUser.user.id }));
}
main().catch((e: unknown) => { console.error(e instanceof ConcordRequestError ? e.code : e); process.exit(1); });
`;
    const tsconfig = {
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        strict: true,
        outDir: 'out',
        skipLibCheck: false,
        types: [],
      },
      include: ['index.ts'],
    };
    const oldest = JSON.parse(
      fs.readFileSync(path.join(work, 'node_modules', 'typescript', 'package.json'), 'utf8'),
    ).version;
    expect(oldest).toBe(OLDEST_TYPESCRIPT);
    const compilers = {
      current: path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      oldest: path.join(work, 'node_modules', 'typescript', 'bin', 'tsc'),
    };
    // Four projects (two compilers, ES modules and CommonJS) compiled side by side: each is a process of its own.
    const builds = Object.entries(compilers).flatMap(([which, tsc]) =>
      ['module', 'commonjs'].map(async (type) => {
        const dir = project(
          `ts-${which}-${type}`,
          { type },
          { 'index.ts': source, 'tsconfig.json': JSON.stringify(tsconfig, null, 2) },
        );
        await runAsync(process.execPath, [tsc, '-p', dir], dir);
        return { which, type, dir };
      }),
    );
    for (const { which, type, dir } of await Promise.all(builds)) {
      const r = await runProject(dir, path.join('out', 'index.js'), `ts-${which}-${type}`);
      expect(r.org, `${which} TypeScript, ${type}`).toBe(env.ORG);
      expect(r.retry).toBe(r.first);
    }
  });

  it('a bundler keeps one operation and drops the rest', async () => {
    const dir = project(
      'bundle',
      { type: 'module' },
      {
        'entry.js': CALLS("import * as sdk from '@concord/sdk';")
          .replace('const { createClient, ViewerDocument, CreateUserDocument } = sdk;', '')
          .replace(
            "import * as sdk from '@concord/sdk';",
            "import { createClient, ViewerDocument, CreateUserDocument } from '@concord/sdk';",
          ),
      },
    );
    run(
      bin('esbuild'),
      ['entry.js', '--bundle', '--minify', '--format=esm', '--platform=node', '--outfile=out.mjs', '--log-level=error'],
      dir,
    );
    const bundle = fs.readFileSync(path.join(dir, 'out.mjs'), 'utf8');
    const size = Buffer.byteLength(bundle);
    console.info(`one operation's bundle (two documents, client, minified): ${(size / 1024).toFixed(1)} kB`);
    expect(bundle).not.toMatch(/mutation CreateDeveloper|query ClearinghouseEntries/);
    expect(size).toBeLessThan(16 * 1024);
    const r = await runProject(dir, 'out.mjs', 'bundle');
    expect(r.retry).toBe(r.first);
  });
});
