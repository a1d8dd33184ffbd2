// Real server processes for tests that kill, race or start servers: the entry point compiled by swc on load.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a TypeScript entry point (the server, a script) to its end. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = startProcess(script, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export function startProcess(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', './scripts/register-ts.cjs', script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', METRICS_PORT: '-1', ...env },
  });
}

/** Starts `server/main.ts` and resolves once /readyz answers ok. */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  timeoutMs = 60_000,
): Promise<{ child: ChildProcess; url: string; stderr: () => string; stdout: () => string }> {
  const child = startProcess('server/main.ts', [], { HOST: '127.0.0.1', PORT: String(port), ...env });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d) => (stdout += d));
  const deadline = Date.now() + timeoutMs;
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) return { child, url: `${base}/graphql`, stderr: () => stderr, stdout: () => stdout };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}
