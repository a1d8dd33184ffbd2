// `npm run lint` is Prettier's check, ESLint and tsc over the repository. Each of them, with the repository's own
// configuration, on a probe file placed where the code is: a clean probe passes all three, and a misformatted, a
// floating-promise and an ill-typed probe each fail the one that should catch it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './support/processes';

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A probe file in a folder of tests/, with a tsconfig.json that extends the repository's and holds only the
 * probe: tsc and ESLint's type-aware rules (which take the nearest tsconfig.json) check it with the repository's
 * options without loading the whole project; Prettier and ESLint take the repository's configuration. (Not in
 * .gitignore: Prettier skips what git ignores, and would pass the misformatted probe unread.)
 */
function probe(source: string) {
  const dir = path.join(ROOT, 'tests', `lint-probe-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir);
  made.push(dir);
  const file = path.join(dir, 'probe.ts');
  const project = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(file, source);
  fs.writeFileSync(project, JSON.stringify({ extends: '../../tsconfig.json', include: [], files: ['probe.ts'] }));
  return {
    prettier: () => run(bin('prettier'), ['--check', file]),
    eslint: () => run(bin('eslint'), ['--max-warnings', '0', file]),
    tsc: () => run(bin('tsc'), ['-p', project, '--noEmit']),
  };
}

const CLEAN = `export async function twice(n: number): Promise<number> {
  return n * 2;
}

export async function main(): Promise<void> {
  await twice(2);
}
`;

describe('npm run lint', () => {
  it('is Prettier, ESLint and tsc, as CI runs it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.lint).toMatch(/prettier --check/);
    expect(pkg.scripts.lint).toMatch(/eslint \./);
    expect(pkg.scripts.lint).toMatch(/tsc -p tsconfig\.json --noEmit/);
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/npm run -s lint/);
  });

  it('passes a clean file, and fails a misformatted, a floating-promise and an ill-typed one', async () => {
    const clean = probe(CLEAN);
    const [p, e, t] = await Promise.all([clean.prettier(), clean.eslint(), clean.tsc()]);
    expect(p.code, p.output).toBe(0);
    expect(e.code, e.output).toBe(0);
    expect(t.code, t.output).toBe(0);

    const misformatted = probe(CLEAN.replace('return n * 2;', 'return    n*2;'));
    const floating = probe(CLEAN.replace('await twice(2);', 'twice(2);'));
    const illTyped = probe(CLEAN.replace('await twice(2);', "await twice('2');"));
    const [badFormat, badPromise, badType] = await Promise.all([
      misformatted.prettier(),
      floating.eslint(),
      illTyped.tsc(),
    ]);
    expect(badFormat.code).not.toBe(0);
    expect(badPromise.code).not.toBe(0);
    expect(badPromise.output).toMatch(/no-floating-promises/);
    expect(badType.code).not.toBe(0);
    expect(badType.output).toMatch(/TS2345/);
  }, 120_000);
});
