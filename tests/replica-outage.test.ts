// A read replica that goes away under load fails no read: the read that found it down runs again on the primary,
// later reads go to the primary, /readyz and /metrics report the degradation, and the replica takes reads again
// once it answers. The "replica" is the test's own database behind a TCP proxy that the test stops and starts
// (PostgreSQL only; the embedded database has no replicas).
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, startTestServer, type TestServer } from './support/server';
import { postgresTemplate } from './support/snapshots';
import { freePort } from './support/processes';
import { postGraphQL } from './support/transports';

const BASE = process.env.TEST_DATABASE_URL;
const METRICS_TOKEN = 'replica-outage-metrics-token-0123';

/** A TCP proxy to PostgreSQL that can be cut (every socket destroyed) and started again on the same port. */
class CuttableProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  connections = 0;
  /** Messages sent to the replica (each query is at least one). */
  messages = 0;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start() {
    this.server = net.createServer((client) => {
      this.connections++;
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.on('data', () => this.messages++);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut() {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

describe.runIf(BASE)('a read replica that goes away', () => {
  let dbName: string;
  let proxy: CuttableProxy;
  let server: TestServer;
  const started: TestServer[] = [];

  beforeAll(async () => {
    dbName = `concord_ro_${randomBytes(5).toString('hex')}`;
    const template = postgresTemplate('migrated');
    await admin(BASE!, `CREATE DATABASE ${dbName}${template ? ` TEMPLATE ${template}` : ''}`);
    const primary = new URL(BASE!);
    primary.pathname = `/${dbName}`;
    proxy = new CuttableProxy(await freePort(), { host: primary.hostname, port: Number(primary.port || 5432) });
    await proxy.start();
    const replica = new URL(primary.toString());
    replica.port = String(proxy.port);
    server = await startTestServer({
      DATABASE_URL: primary.toString(),
      DATABASE_REPLICA_URLS: replica.toString(),
      METRICS_TOKEN,
      DB_ACQUIRE_TIMEOUT_MS: '3000',
    });
    started.push(server);
  });
  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    await proxy?.cut().catch(() => undefined);
    if (dbName) await admin(BASE!, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  const readyz = async (s: TestServer) => (await fetch(`${s.url.replace(/\/graphql$/, '')}/readyz`)).json();
  const replicasHealthy = async () => {
    const text = await (
      await fetch(`${server.url.replace(/\/graphql$/, '')}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      })
    ).text();
    return Number(/^concord_db_replicas_healthy (\d)/m.exec(text)?.[1]);
  };

  it('fails no read when it stops under load, reports the degradation, and takes reads again when back', async () => {
    expect(await readyz(server)).toMatchObject({ status: 'ok', replicas: 'ok' });
    let reads = 0;
    const failures: string[] = [];
    let running = true;
    const reader = async () => {
      while (running) {
        const r = await postGraphQL(server.url, { query: '{ developers(first: 5) { totalCount nodes { id } } }' });
        if (r.status !== 200 || r.body.errors) failures.push(JSON.stringify(r.body).slice(0, 300));
        reads++;
      }
    };
    const readers = [reader(), reader(), reader(), reader()];
    await vi.waitFor(() => expect(reads).toBeGreaterThan(40), { timeout: 20_000, interval: 20 });
    // The reads went through the replica's proxy.
    expect(proxy.connections).toBeGreaterThan(0);
    await proxy.cut();
    const atCut = reads;
    await vi.waitFor(() => expect(reads).toBeGreaterThan(atCut + 80), { timeout: 20_000, interval: 20 });
    expect(await readyz(server)).toMatchObject({ status: 'ok', replicas: 'degraded' });
    expect(await replicasHealthy()).toBe(0);
    // Back: the probe finds it, and reads go to it again.
    await proxy.start();
    await vi.waitFor(async () => expect(await readyz(server)).toMatchObject({ replicas: 'ok' }), {
      timeout: 20_000,
      interval: 100,
    });
    const before = proxy.messages;
    const atReturn = reads;
    await vi.waitFor(() => expect(reads).toBeGreaterThan(atReturn + 40), { timeout: 20_000, interval: 20 });
    running = false;
    await Promise.all(readers);
    expect(failures).toEqual([]);
    expect(proxy.messages).toBeGreaterThan(before + 40);
    expect(await replicasHealthy()).toBe(1);
  });

  it('starts with a replica that cannot be reached, names it, and reads from the primary', async () => {
    const primary = new URL(BASE!);
    primary.pathname = `/${dbName}`;
    const nowhere = new URL(primary.toString());
    nowhere.port = String(await freePort());
    const s = await startTestServer({ DATABASE_URL: primary.toString(), DATABASE_REPLICA_URLS: nowhere.toString() });
    started.push(s);
    expect(await readyz(s)).toMatchObject({ status: 'ok', replicas: 'degraded' });
    const r = await postGraphQL(s.url, { query: '{ developers(first: 1) { totalCount } }' });
    expect([r.status, r.body.errors]).toEqual([200, undefined]);
  });
});
