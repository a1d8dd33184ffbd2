// Reach under faults: a server killed with SIGKILL while a webhook is in flight (the message is sent again by the
// next server, with the same webhook-id), and two replicas sharing one queue (each message exactly once).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../server/config';
import { toGlobalId } from '../server/core/ids';
import { signToken } from '../server/modules/auth/token';
import { freePort, startServerProcess } from './support/processes';
import { admin, startReplica, startTestServer, type TestServer } from './support/server';
import { dataDirectory, postgresTemplate } from './support/snapshots';
import { Caller } from './support/testkit';

interface Hit {
  id: string;
  path: string;
}

/** Holds the first request to /hold open (never answers it); answers everything else 204. */
class Receiver {
  hits: Hit[] = [];
  held: http.ServerResponse[] = [];
  private server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.hits.push({ id: String(req.headers['webhook-id']), path: req.url ?? '' });
      if (req.url === '/hold' && this.held.length === 0) return void this.held.push(res);
      res.writeHead(204).end();
    });
  });
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this;
  }
  url(path: string) {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

const NOTIFY_ENV = {
  NOTIFICATIONS: 'true',
  WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
  OUTBOX_POLL_MS: '100',
  NOTIFY_RETRY_DELAY_SECONDS: '1',
  NOTIFY_SEND_LEASE_SECONDS: '2',
  WEBHOOK_TIMEOUT_MS: '60000',
};

const auth = loadConfig({ NODE_ENV: 'test' }).auth;
const callerFor = async (url: string, email: string) => new Caller(url, await signToken(auth, email, email));

async function registerAndPublish(url: string, endpointUrls: string[], titles: string[]) {
  const hospital = await callerFor(url, 'it@mercy-rural-oh.example');
  for (const u of endpointUrls)
    await hospital.ok(
      `mutation($u: String!) { createWebhookEndpoint(input: { url: $u, events: [ADVISORY_PUBLISHED] }) { endpoint { id } } }`,
      { u },
    );
  const analyst = await callerFor(url, 'admin@cisa.gov');
  const entry = (await analyst.ok(`{ clearinghouseEntries(first: 1, filter: { markings: [CLEAR] }) { nodes { id } } }`))
    .clearinghouseEntries.nodes[0].id;
  const mercy = (await hospital.ok(`{ viewer { organization { id } } }`)).viewer.organization.id;
  for (const title of titles) {
    const draft = await analyst.ok(
      `mutation($i: DraftAdvisoryInput!) { draftAdvisory(input: $i) { advisory { id } } }`,
      {
        i: {
          title,
          summary: 'Patch now.',
          marking: 'CLEAR',
          priority: 'URGENT',
          entryIds: [entry],
          audience: { recipientIds: [mercy] },
        },
      },
    );
    await analyst.ok(`mutation($id: ID!) { publishAdvisory(input: { advisoryId: $id }) { advisory { id } } }`, {
      id: draft.draftAdvisory.advisory.id,
    });
  }
}

let receiver: Receiver;
beforeAll(async () => {
  receiver = await new Receiver().start();
});
afterAll(async () => receiver?.stop());

describe('a server killed while sending', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('leaves the message to the next server, which sends it with the same webhook-id', async () => {
    const base = process.env.TEST_DATABASE_URL;
    let where: Record<string, string>;
    if (base) {
      const name = `concord_kill_${randomBytes(5).toString('hex')}`;
      await admin(base, `CREATE DATABASE ${name} TEMPLATE ${postgresTemplate('seeded')}`);
      cleanups.push(() => admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      const u = new URL(base);
      u.pathname = `/${name}`;
      where = { DATABASE_URL: u.toString() };
    } else {
      const dir = dataDirectory('seeded');
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      where = { CONCORD_DATA_DIR: dir, EMBEDDED_DATABASE: 'true' };
    }
    const env = { NODE_ENV: 'test', SEED_DEMO_DATA: 'false', ...where, ...NOTIFY_ENV };
    const first = await startServerProcess(env, await freePort());
    cleanups.push(async () => first.child.kill('SIGKILL'));
    await registerAndPublish(first.url, [receiver.url('/hold')], ['Killed mid-send']);
    await vi.waitFor(() => expect(receiver.held.length).toBe(1), { timeout: 30_000, interval: 100 });
    const id = receiver.hits.find((h) => h.path === '/hold')!.id;

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await startServerProcess(env, await freePort());
    cleanups.push(async () => second.child.kill('SIGKILL'));

    await vi.waitFor(() => expect(receiver.hits.filter((h) => h.path === '/hold').length).toBe(2), {
      timeout: 30_000,
      interval: 100,
    });
    expect(receiver.hits.filter((h) => h.path === '/hold').map((h) => h.id)).toEqual([id, id]);
    const hospital = await callerFor(second.url, 'it@mercy-rural-oh.example');
    await vi.waitFor(
      async () => {
        const { node } = await hospital.ok(`query($id: ID!) { node(id: $id) { ... on Notification { status } } }`, {
          id: toGlobalId('Notification', id),
        });
        expect(node.status).toBe('DELIVERED');
      },
      { timeout: 15_000, interval: 200 },
    );
  }, 120_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('two replicas sharing the queue', () => {
  let primary: TestServer;
  let replica: TestServer;
  beforeAll(async () => {
    primary = await startTestServer(NOTIFY_ENV, { seed: true });
    replica = await startReplica(primary, NOTIFY_ENV);
  }, 60_000);
  afterAll(async () => {
    await replica?.stop();
    await primary?.stop();
  });

  it('send each message once', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => `/shared-${i}`);
    await registerAndPublish(
      primary.url,
      paths.map((p) => receiver.url(p)),
      ['Shared one', 'Shared two', 'Shared three'],
    );
    const shared = () => receiver.hits.filter((h) => h.path.startsWith('/shared-'));
    await vi.waitFor(() => expect(shared().length).toBeGreaterThanOrEqual(30), { timeout: 30_000, interval: 100 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(shared().length).toBe(30);
    expect(new Set(shared().map((h) => h.id)).size).toBe(30);
    expect(primary.concord.notifier).toBeDefined();
    expect(replica.concord.notifier).toBeDefined();
  }, 60_000);
});
