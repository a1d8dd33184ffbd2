// The transaction travels in the context (issue 11): the work inside mutate() gets a context whose loaders and
// queries run in the transaction. On the embedded database (one connection) a loader called through the outer
// context inside the transaction would wait forever for the connection the transaction holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from '../server/core/pubsub';
import { mutate } from '../server/core/transaction';
import { createRequestContext } from '../server/core/context';
import { Agency } from '../server/modules/organizations/agency.entity';
import { organizationLoader } from '../server/modules/organizations/organization.loaders';
import { startTestServer, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)),
  ]);

describe('mutate() hands the work a transaction-scoped context', () => {
  it('a loader called inside the transaction runs in it, sees its writes, and the audit link is written', async () => {
    const pubsub = createPubSub();
    const { db, clock, log, config } = server.concord;
    const ctx = createRequestContext(
      { db, clock, log, pubsub: pubsub.pubsub, auditKey: config.audit.hmacKey },
      { authenticated: true, capabilities: [], roles: [] },
    );
    const before = (await db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    const seen = await within(
      mutate(ctx, 'transactionContextProbe', async (tx) => {
        expect(tx.db).not.toBe(ctx.db);
        expect(tx.loaders).not.toBe(ctx.loaders);
        const agency = await tx.db.save(
          tx.db.create(Agency, { name: 'Probe Agency', slug: `probe-${Date.now()}`, acronym: 'PRB', capabilities: [] }),
        );
        // Uncommitted, yet visible through the transaction's loader (developers and agencies are public to anyone signed in).
        const loaded = await organizationLoader(tx).load(agency.id);
        return { result: loaded, subjects: [] };
      }),
      10_000,
    );
    expect(seen).toMatchObject({ name: 'Probe Agency' });
    expect((await db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n).toBe(before + 1);
    await pubsub.close();
  });
});
