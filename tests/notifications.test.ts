// Reach: a change reaches the people it concerns by signed webhook and by email, durably. Everything here is
// real: a Concord with its notifications runner (pg-boss), an HTTP receiver on 127.0.0.1, an SMTP server from the
// `smtp-server` package (mail parsed with `mailparser`), signatures verified with the `standardwebhooks` package.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emit } from '../server/core/outbox';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { Caller } from './support/testkit';
import { startTestServer, type TestServer } from './support/server';

interface Hit {
  headers: http.IncomingHttpHeaders;
  body: string;
  path: string;
}

/** An HTTP receiver whose answer each test may change (status, delay). */
class Receiver {
  hits: Hit[] = [];
  status = 204;
  /** Per path: a different answer, or a delay. */
  behave: Record<string, { status?: number; delayMs?: number }> = {};
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      this.hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), path });
      const status = this.behave[path]?.status ?? this.status;
      const headers = { 'content-type': 'text/plain', ...(status === 302 ? { location: this.url('/elsewhere') } : {}) };
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(status, headers).end(`answer ${status}`);
      }, this.behave[path]?.delayMs ?? 0);
    });
  });
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this;
  }
  url(path = '/hook') {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  to(path: string) {
    return this.hits.filter((h) => h.path === path);
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

/** A real SMTP server; `refuse` makes it answer every message with a temporary failure. */
class Mailbox {
  mails: ParsedMail[] = [];
  refuse = false;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (this.refuse) return cb(Object.assign(new Error('try again later'), { responseCode: 451 }));
        void simpleParser(Buffer.concat(chunks)).then((m) => {
          this.mails.push(m);
          cb();
        });
      });
    },
  });
  port = 0;
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }
  to(email: string) {
    return this.mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(email)));
  }
  stop() {
    return new Promise((r) => this.server.close(() => r(undefined)));
  }
}

const HOSPITAL = 'it@mercy-rural-oh.example';
const ANALYST = 'admin@cisa.gov';

let server: TestServer;
let receiver: Receiver;
let mailbox: Mailbox;
const callers: Record<string, Caller> = {};

async function as(email: string): Promise<Caller> {
  if (callers[email]) return callers[email];
  const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
  callers[email] = new Caller(server.url, await server.concord.auth.sign(u.id, email));
  return callers[email];
}

const origin = () => new URL(server.url).origin;
/** A link from an email, on the test server (PUBLIC_URL is not known before the server listens). */
const local = (link: string) => origin() + new URL(link).pathname;

async function publish(marking: string, title: string): Promise<string> {
  const analyst = await as(ANALYST);
  const { clearinghouseEntries: entries } = await analyst.ok(
    `{ clearinghouseEntries(first: 1, filter: { statuses: [PATCH_AVAILABLE], markings: [CLEAR] }) { nodes { id } } }`,
  );
  const [mercy] = await server.concord.db.query(`SELECT id FROM organization WHERE name = 'Mercy Rural Hospital'`);
  const draft = await analyst.ok(
    `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { advisory { id } } }`,
    {
      input: {
        title,
        summary: `Patch the infusion pumps now (${title}).`,
        marking,
        priority: 'URGENT',
        entryIds: [entries.nodes[0].id],
        acknowledgeWithinHours: 24,
        patchWithinDays: 7,
        audience: { recipientIds: [toGlobalId('Recipient', mercy.id)] },
      },
    },
  );
  const id = draft.draftAdvisory.advisory.id as string;
  await analyst.ok(`mutation($id: ID!) { publishAdvisory(input: { advisoryId: $id }) { advisory { id status } } }`, {
    id,
  });
  return id;
}

async function hospitalEndpoint(path: string, events = ['ADVISORY_PUBLISHED']) {
  const hospital = await as(HOSPITAL);
  const made = await hospital.ok(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events status secretHint } } }`,
    { input: { url: receiver.url(path), events } },
  );
  return made.createWebhookEndpoint as { secret: string; endpoint: { id: string } };
}

beforeAll(async () => {
  receiver = await new Receiver().start();
  mailbox = await new Mailbox().start();
  server = await startTestServer(
    {
      NOTIFICATIONS: 'true',
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      OUTBOX_POLL_MS: '100',
      NOTIFY_RETRY_DELAY_SECONDS: '1',
      NOTIFY_RETRY_LIMIT: '2',
      WEBHOOK_TIMEOUT_MS: '1500',
      REMINDER_INTERVAL_SECONDS: '3600',
    },
    { seed: true },
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await receiver?.stop();
  await mailbox?.stop();
});

const wait = (fn: () => void | Promise<void>, timeout = 20_000) => vi.waitFor(fn, { timeout, interval: 100 });

describe('an advisory reaches the hospital', () => {
  it('by a signed webhook and an email whose link acknowledges it; the analyst sees the acknowledgement', async () => {
    const { secret } = await hospitalEndpoint('/story');
    const advisoryId = await publish('GREEN', 'Infusion pump flaw');

    await wait(() => expect(receiver.to('/story').length).toBe(1));
    const hit = receiver.to('/story')[0];
    const payload = new Webhook(secret).verify(hit.body, {
      'webhook-id': String(hit.headers['webhook-id']),
      'webhook-timestamp': String(hit.headers['webhook-timestamp']),
      'webhook-signature': String(hit.headers['webhook-signature']),
    }) as { type: string; data: { id: string; title: string; marking: string } };
    expect(payload.type).toBe('advisory.published');
    expect(payload.data).toMatchObject({ id: advisoryId, title: 'Infusion pump flaw', marking: 'GREEN' });
    expect(() => new Webhook(secret).verify(hit.body.replace('Infusion', 'Infusiom'), hit.headers as never)).toThrow();

    await wait(() => expect(mailbox.to(HOSPITAL).some((m) => m.subject?.includes('Infusion pump flaw'))).toBe(true));
    const mail = mailbox.to(HOSPITAL).find((m) => m.subject?.includes('Infusion pump flaw'))!;
    expect(mail.text).toContain('Patch the infusion pumps now');
    expect(mail.html).toContain('TLP:GREEN');
    const list = mail.headers.get('list') as Record<string, { url?: string; name?: string }>;
    expect(list['unsubscribe-post'].name).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toMatch(/@concord>$/);
    const acknowledge = /Acknowledge: (\S+)/.exec(mail.text!)![1];

    // A GET (a mail scanner) changes nothing; the page's button POSTs.
    const page = await fetch(local(acknowledge));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const mine = await (await as(HOSPITAL)).ok(`{ myAdvisories(first: 5) { nodes { status advisory { id } } } }`);
    expect(mine.myAdvisories.nodes.find((d: any) => d.advisory.id === advisoryId).status).toBe('DELIVERED');

    const done = await fetch(local(acknowledge), { method: 'POST' });
    expect(done.status).toBe(200);
    const seen = await (
      await as(ANALYST)
    ).ok(`query($a: ID!) { deliveries(first: 5, filter: { advisoryId: $a }) { nodes { status acknowledgedAt } } }`, {
      a: advisoryId,
    });
    expect(seen.deliveries.nodes[0].status).toBe('ACKNOWLEDGED');

    // The same link again: CONFLICT, nothing changes.
    const again = await fetch(local(acknowledge), { method: 'POST', headers: { accept: 'application/json' } });
    expect(again.status).toBe(409);
    expect((await again.json()).errors[0].extensions.code).toBe('CONFLICT');

    // One-click unsubscribe (RFC 8058): a POST with no confirmation turns that kind off; the person can turn it on.
    const unsubscribe = await fetch(local(list.unsubscribe.url!), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribe.status).toBe(200);
    const hospital = await as(HOSPITAL);
    const prefs = (await hospital.ok(`{ notificationPreferences { kind mode isDefault } }`)).notificationPreferences;
    expect(prefs.find((p: any) => p.kind === 'ADVISORY_PUBLISHED')).toEqual({
      kind: 'ADVISORY_PUBLISHED',
      mode: 'OFF',
      isDefault: false,
    });
    await hospital.ok(
      `mutation { setNotificationPreference(input: { kind: ADVISORY_PUBLISHED, mode: IMMEDIATELY }) { mode } }`,
    );
  });

  it('a TLP:AMBER advisory is only announced by email: no title, summary or CVE', async () => {
    const before = mailbox.to(HOSPITAL).length;
    await publish('AMBER', 'Secret pump detail');
    await wait(() => expect(mailbox.to(HOSPITAL).length).toBeGreaterThan(before));
    const mail = mailbox.to(HOSPITAL).at(-1)!;
    const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
    expect(all).toContain('needs your attention');
    expect(all).not.toMatch(/Secret pump detail|infusion pumps|CVE-|Acknowledge:/);
  });
});

describe('the way out is the same trust boundary', () => {
  it('a revoked key stops its endpoint, and a deactivated person gets no email', async () => {
    const hospital = await as(HOSPITAL);
    const [mercy] = await server.concord.db.query(`SELECT id FROM organization WHERE name = 'Mercy Rural Hospital'`);
    const orgId = toGlobalId('Recipient', mercy.id);
    const issued = await hospital.ok(
      `mutation($o: ID!) { issueApiKey(input: { organizationId: $o, name: "hooks", roles: [ORG_ADMIN] }) { secret apiKey { id } } }`,
      { o: orgId },
    );
    const keyCaller = new Caller(server.url, issued.issueApiKey.secret);
    await keyCaller.ok(
      `mutation($u: String!) { createWebhookEndpoint(input: { url: $u, events: [ADVISORY_PUBLISHED] }) { endpoint { id } } }`,
      { u: receiver.url('/revoked') },
    );
    await hospital.ok(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }`, {
      id: issued.issueApiKey.apiKey.id,
    });
    const [{ id: nurse }] = await server.concord.db.query(
      `INSERT INTO user_account (organization_id, email, name, roles, active) VALUES ($1, 'nurse@mercy-rural-oh.example', 'Nurse', '{MEMBER}', false) RETURNING id`,
      [mercy.id],
    );
    await publish('CLEAR', 'After revocation');
    await wait(async () => {
      const rows = await server.concord.db.query(
        `SELECT n.status, n.last_error FROM notification n JOIN webhook_endpoint w ON w.id = n.endpoint_id WHERE w.url = $1`,
        [receiver.url('/revoked')],
      );
      expect(rows.map((r: any) => r.status)).toEqual(['SUPPRESSED']);
      expect(rows[0].last_error).toMatch(/revoked/);
    });
    expect(receiver.to('/revoked')).toEqual([]);
    const toNurse = await server.concord.db.query('SELECT 1 FROM notification WHERE user_id = $1', [nurse]);
    expect(toNurse).toEqual([]);
    expect(mailbox.to('nurse@mercy-rural-oh.example')).toEqual([]);
  });

  it('refuses bad endpoints and bad kinds with coded errors, and changes nothing', async () => {
    const hospital = await as(HOSPITAL);
    const create = `mutation($u: String!, $e: [NotificationKind!]!) { createWebhookEndpoint(input: { url: $u, events: $e }) { endpoint { id } } }`;
    const count = async () =>
      (await server.concord.db.query('SELECT count(*)::int AS n FROM webhook_endpoint'))[0].n as number;
    const before = await count();
    for (const url of [
      'http://example.com/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.7/hook',
      'https://[::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
      'https://0x0a000001/hook',
      'https://100.100.100.200/latest',
      'https://localhost/hook',
      'https://user:pw@example.com/hook',
      'ftp://example.com/hook',
      'not a url',
    ]) {
      const { code, error } = await hospital.fails(create, { u: url, e: ['ADVISORY_PUBLISHED'] });
      expect(code, url).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.url, url).toBeTruthy();
    }
    const kind = await hospital.fails(create, { u: 'https://example.com/hook', e: ['NO_SUCH_KIND'] });
    expect(kind.code).toBe('BAD_USER_INPUT');
    const none = await hospital.fails(create, { u: 'https://example.com/hook', e: [] });
    expect(none.code).toBe('BAD_USER_INPUT');
    // A member who is not an admin: FORBIDDEN naming the role.
    const member = await as('safety@atlas-ai.example');
    const forbidden = await member.fails(create, { u: 'https://example.com/hook', e: ['ADVISORY_PUBLISHED'] });
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    // Another organization's endpoint looks exactly like a random id.
    const { endpoint } = await hospitalEndpoint('/private');
    const other = await as('dev@atlas-ai.example');
    const rotate = `mutation($id: ID!) { rotateWebhookSecret(input: { endpointId: $id }) { secret } }`;
    const theirs = await other.fails(rotate, { id: endpoint.id });
    const random = await other.fails(rotate, {
      id: toGlobalId('WebhookEndpoint', '00000000-0000-4000-8000-000000000000'),
    });
    expect([theirs.code, theirs.error.message]).toEqual([random.code, random.error.message]);
    expect(theirs.code).toBe('NOT_FOUND');
  });

  it('refuses forged, reused and expired action links with codes', async () => {
    const forged = await fetch(`${origin()}/actions/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    expect(forged.status).toBe(400);
    expect((await forged.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const notifier = server.concord.notifier!;
    const [n] = await server.concord.db.query(`SELECT id, user_id FROM notification WHERE channel = 'EMAIL' LIMIT 1`);
    const [d] = await server.concord.db.query('SELECT id FROM advisory_delivery LIMIT 1');
    const old = await notifier.links.action(
      { userId: n.user_id, deliveryId: d.id, notificationId: n.id, action: 'ACKNOWLEDGED' },
      new Date(Date.now() - 15 * 86_400_000),
    );
    const expired = await fetch(`${origin()}/actions/${old}`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    expect(expired.status).toBe(410);
    expect((await expired.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('durably', () => {
  it('retries a receiver that is down, then delivers once with the same webhook-id; dead letters can be retried', async () => {
    const { endpoint } = await hospitalEndpoint('/flaky');
    receiver.status = 503;
    await publish('CLEAR', 'While the receiver is down');
    await wait(() => expect(receiver.to('/flaky').length).toBeGreaterThanOrEqual(2));
    receiver.status = 204;
    const hospital = await as(HOSPITAL);
    const deliveries = async () =>
      (
        await hospital.ok(
          `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { deliveries(first: 5) { nodes { id status attemptCount attempts { status response } } } } } }`,
          { id: endpoint.id },
        )
      ).node.deliveries.nodes;
    await wait(async () => expect((await deliveries())[0].status).toBe('DELIVERED'));
    const ids = new Set(receiver.to('/flaky').map((h) => h.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [delivered] = await deliveries();
    expect(delivered.attempts[0]).toMatchObject({ status: 503, response: 'answer 503' });
    expect(delivered.attempts.at(-1).status).toBe(204);

    // A receiver that never comes back: DEAD after its retries, listed, and sent again on request with the same id.
    const dead = await hospitalEndpoint('/gone');
    receiver.status = 500;
    await publish('CLEAR', 'Into the dead letters');
    const letters = `{ webhookDeliveries(first: 5, filter: { status: DEAD }) { nodes { id endpoint { id } } } }`;
    await wait(async () => {
      const rows = (await hospital.ok(letters)).webhookDeliveries.nodes;
      expect(rows.some((r: any) => r.endpoint.id === dead.endpoint.id)).toBe(true);
    }, 30_000);
    const letter = (await hospital.ok(letters)).webhookDeliveries.nodes.find(
      (r: any) => r.endpoint.id === dead.endpoint.id,
    );
    receiver.status = 200;
    await hospital.ok(
      `mutation($id: ID!) { redeliverWebhook(input: { notificationId: $id }) { notification { status } } }`,
      {
        id: letter.id,
      },
    );
    await wait(() => expect(receiver.to('/gone').at(-1)?.headers['webhook-id']).toBeDefined());
    await wait(async () => {
      const [row] = await server.concord.db.query('SELECT status FROM notification WHERE id = $1', [
        fromGlobalId(letter.id)!.id,
      ]);
      expect(row.status).toBe('DELIVERED');
    });
    const gone = receiver.to('/gone');
    expect(new Set(gone.map((h) => h.headers['webhook-id'])).size).toBe(1);
  }, 60_000);

  it('retries the mail server while it refuses, then delivers', async () => {
    mailbox.refuse = true;
    const before = mailbox.to(HOSPITAL).length;
    await publish('CLEAR', 'While mail is down');
    await wait(async () => {
      const [row] = await server.concord.db.query(
        `SELECT n.status FROM notification n JOIN user_account u ON u.id = n.user_id
          WHERE u.email = $1 AND n.channel = 'EMAIL' ORDER BY n.created_at DESC LIMIT 1`,
        [HOSPITAL],
      );
      expect(row.status).toBe('RETRYING');
    });
    mailbox.refuse = false;
    await wait(() => expect(mailbox.to(HOSPITAL).some((m) => m.subject?.includes('While mail is down'))).toBe(true));
    expect(mailbox.to(HOSPITAL).length).toBe(before + 1);
  });

  it('gives up on a slow receiver and never follows a redirect', async () => {
    receiver.behave['/slow'] = { delayMs: 4000 };
    receiver.behave['/moved'] = { status: 302 };
    await hospitalEndpoint('/slow');
    await hospitalEndpoint('/moved');
    await publish('CLEAR', 'Slow and moved');
    const attempts = async (path: string) =>
      (
        await server.concord.db.query(
          `SELECT n.attempts FROM notification n JOIN webhook_endpoint w ON w.id = n.endpoint_id
            WHERE w.url = $1 AND n.attempt_count > 0 ORDER BY n.created_at DESC LIMIT 1`,
          [receiver.url(path)],
        )
      )[0]?.attempts ?? [];
    await wait(async () => {
      expect((await attempts('/slow'))[0]?.error).toMatch(/no answer within 1500 ms/);
      expect((await attempts('/moved'))[0]).toMatchObject({
        status: 302,
        error: expect.stringMatching(/redirects are not followed/),
      });
    });
    expect(receiver.to('/elsewhere')).toEqual([]);
  });

  it('disables an endpoint that has failed for days and tells its admins', async () => {
    const { endpoint } = await hospitalEndpoint('/dying');
    receiver.behave['/dying'] = { status: 500 };
    await server.concord.db.query(
      `UPDATE webhook_endpoint SET failing_since = now() - interval '4 days' WHERE id = $1`,
      [fromGlobalId(endpoint.id)!.id],
    );
    const before = mailbox.to(HOSPITAL).length;
    await publish('CLEAR', 'The last straw');
    const hospital = await as(HOSPITAL);
    const status = async () =>
      (
        await hospital.ok(`query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status disabledReason } } }`, {
          id: endpoint.id,
        })
      ).node;
    await wait(async () => expect((await status()).status).toBe('DISABLED'));
    expect((await status()).disabledReason).toMatch(/failed/);
    await wait(() =>
      expect(
        mailbox
          .to(HOSPITAL)
          .slice(before)
          .some((m) => /webhook endpoint was disabled/i.test(`${m.subject} ${m.text}`)),
      ).toBe(true),
    );
  });

  it('shows platform admins the queue in the overview, and nobody else', async () => {
    const queue = (
      await (
        await as(ANALYST)
      ).ok(`{ overview { notifications { outboxLagSeconds pending retrying dead oldestPendingSeconds } } }`)
    ).overview.notifications;
    expect(queue.dead).toBeGreaterThanOrEqual(0);
    expect(queue.outboxLagSeconds).toBeLessThan(60);
    expect(
      (await (await as(HOSPITAL)).ok(`{ overview { notifications { pending } } }`)).overview.notifications,
    ).toBeNull();
  });

  it('reports the queue in /metrics', async () => {
    const text = await (await fetch(server.concord.metricsUrl!)).text();
    expect(text).toMatch(/concord_notifications_pending\{channel="WEBHOOK"\} \d+/);
    expect(text).toMatch(/concord_notifications_oldest_pending_seconds\{channel="EMAIL"\}/);
    expect(text).toMatch(/concord_outbox_lag_seconds \d/);
    expect(text).toMatch(/concord_notification_attempts_total\{channel="WEBHOOK",outcome="delivered"\} [1-9]/);
  });

  it('sends nothing for a rolled-back transaction', async () => {
    const [advisory] = await server.concord.db.query(`SELECT id FROM advisory LIMIT 1`);
    await expect(
      server.concord.db.transaction(async (m) => {
        await emit(m, { kind: 'advisory.published', subjectType: 'Advisory', subjectId: advisory.id });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const rows = await server.concord.db.query(
      `SELECT 1 FROM outbox_event WHERE subject_id = $1 AND kind = 'advisory.published' AND dispatched_at IS NULL`,
      [advisory.id],
    );
    expect(rows).toEqual([]);
  });
});

describe('reminders follow the clock', () => {
  it('a delivery due soon is reminded once, and nothing more once it is done', async () => {
    const title = 'Reminded once';
    await publish('CLEAR', title);
    const admin = await as(ANALYST);
    const reminders = () =>
      mailbox
        .to(HOSPITAL)
        .filter(
          (m) =>
            m.text?.includes(`An advisory is due soon: ${title}`) ||
            m.text?.includes(`An advisory is overdue: ${title}`),
        );
    await admin.ok(`mutation { advanceClock(input: { hours: 2 }) { now } }`);
    await wait(() => expect(reminders().length).toBe(1));
    expect(reminders()[0].text).toContain('Acknowledge:');
    await server.concord.notifier!.remind();
    await server.concord.notifier!.remind();

    const hospital = await as(HOSPITAL);
    const mine = await hospital.ok(`{ myAdvisories(first: 20) { nodes { id advisory { title } } } }`);
    const delivery = mine.myAdvisories.nodes.find((d: any) => d.advisory.title === title);
    await hospital.ok(
      `mutation($id: ID!) { updateDeliveryStatus(input: { deliveryId: $id, status: PATCHED }) { delivery { status } } }`,
      {
        id: delivery.id,
      },
    );
    await admin.ok(`mutation { advanceClock(input: { days: 8 }) { now } }`);
    await server.concord.notifier!.remind();
    await server.concord.notifier!.relay();
    await new Promise((r) => setTimeout(r, 1500));
    expect(reminders().length).toBe(1);
  });

  it('a daily digest collects the day into one email the next day', async () => {
    const hospital = await as(HOSPITAL);
    await hospital.ok(
      `mutation { setNotificationPreference(input: { kind: ADVISORY_PUBLISHED, mode: DAILY_DIGEST }) { mode } }`,
    );
    const digests = () => mailbox.to(HOSPITAL).filter((m) => m.subject?.includes('daily digest'));
    const before = digests().length;
    await publish('CLEAR', 'Digest one');
    await publish('AMBER', 'Digest two');
    await wait(async () => {
      const rows = await server.concord.db.query(
        `SELECT n.status FROM notification n JOIN user_account u ON u.id = n.user_id JOIN advisory a ON a.id = n.subject_id
          WHERE u.email = $1 AND a.title IN ('Digest one', 'Digest two')`,
        [HOSPITAL],
      );
      expect(rows.map((r: any) => r.status)).toEqual(['DIGEST', 'DIGEST']);
    });
    expect(mailbox.to(HOSPITAL).some((m) => m.subject?.includes('Digest one'))).toBe(false);
    await (await as(ANALYST)).ok(`mutation { advanceClock(input: { days: 1 }) { now } }`);
    await wait(() => expect(digests().length).toBe(before + 1));
    const digest = digests().at(-1)!;
    expect(digest.text).toContain('Digest one');
    expect(digest.text).not.toContain('Digest two');
    expect(digest.text).toContain('needs your attention');
    await hospital.ok(
      `mutation { setNotificationPreference(input: { kind: ADVISORY_PUBLISHED, mode: IMMEDIATELY }) { mode } }`,
    );
  });
});
