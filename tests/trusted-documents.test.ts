// Trusted documents: with TRUSTED_DOCUMENTS=api-keys a key runs only the SDK's registered documents (the SDK
// sends their hashes), while users and the IDE stay free; with =all everyone is held to them; off by default.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  createSubscriptionClient,
  documentId,
  CreateDeveloperDocument,
  DevelopersDocument,
  IssueApiKeyDocument,
  ViewerDocument,
  AdvisoryPublishedDocument,
} from '../sdk/index';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique } from './support/fixtures';
import { postGraphQL, subscribeOnce } from './support/transports';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.stop())));

async function setup(mode: 'off' | 'api-keys' | 'all') {
  const server = await startTestServer({ TRUSTED_DOCUMENTS: mode });
  servers.push(server);
  const cast = await createCast(server);
  const lab = await cast.developer();
  const admin = await cast.user(lab.id, ['ORG_ADMIN', 'MEMBER']);
  const key = (
    await admin.client.execute(IssueApiKeyDocument, {
      input: { organizationId: lab.id, name: 'partner', roles: ['MEMBER', 'ORG_ADMIN'] },
    })
  ).issueApiKey.secret;
  return { server, cast, key };
}

describe('trusted documents', () => {
  let apiKeys: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    apiKeys = await setup('api-keys');
  });

  it('every SDK document carries its registered hash', () => {
    expect(documentId(ViewerDocument)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('api-keys: a key runs registered documents by hash, queries and keyed mutations alike, and nothing else', async () => {
    const trusted = createClient({ url: apiKeys.server.url, token: apiKeys.key, trustedDocuments: true });
    expect((await trusted.execute(ViewerDocument)).viewer.authenticated).toBe(true);
    const slug = unique('trusted');
    const first = await trusted
      .execute(CreateDeveloperDocument, { input: { name: 'Trusted Lab', slug } }, { idempotencyKey: slug })
      .catch((e) => e);
    // A key may not create organizations (platform administrators do): the refusal proves the document ran.
    expect(first.code).toBe('FORBIDDEN');
    const free = await postGraphQL(
      apiKeys.server.url,
      { query: '{ viewer { authenticated } }' },
      { authorization: `Bearer ${apiKeys.key}` },
    );
    expect(free.status).toBe(400);
    expect(free.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRUSTED_DOCUMENTS_ONLY' });
    // The same text the SDK would send is refused too: only the hash is trusted.
    expect(
      (
        await expectError(
          createClient({ url: apiKeys.server.url, token: apiKeys.key }).execute(DevelopersDocument, { first: 1 }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    const unknown = await postGraphQL(
      apiKeys.server.url,
      { documentId: 'sha256:' + '0'.repeat(64) },
      { authorization: `Bearer ${apiKeys.key}` },
    );
    expect(unknown.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { documentId: expect.any(String) },
    });
  });

  it('api-keys: users, the public and the IDE still send any document', async () => {
    expect((await apiKeys.cast.admin.execute(ViewerDocument)).viewer.authenticated).toBe(true);
    const anonymous = await postGraphQL(apiKeys.server.url, { query: '{ developers(first: 1) { totalCount } }' });
    expect(anonymous.status).toBe(200);
  });

  it('api-keys: subscriptions over the socket are held to the same rule', async () => {
    const refused = await subscribeOnce(
      apiKeys.server.url,
      { query: 'subscription { advisoryPublished { id } }' },
      { token: apiKeys.key },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRUSTED_DOCUMENTS_ONLY' });
    const client = createSubscriptionClient({
      url: apiKeys.server.url.replace(/^http/, 'ws'),
      token: apiKeys.key,
      webSocketImpl: WebSocket,
      trustedDocuments: true,
    });
    const it = client.subscribe(AdvisoryPublishedDocument)[Symbol.asyncIterator]();
    // Accepted: nothing is published, so the subscription simply stays open.
    const outcome = await Promise.race([
      it.next().then(
        () => 'event',
        (e) => `error ${e.code}`,
      ),
      new Promise((r) => setTimeout(() => r('open'), 800)),
    ]);
    expect(outcome).toBe('open');
    await client.dispose();
  });

  it('all: everyone is held to registered documents; off (the default): nobody is', async () => {
    const all = await startTestServer({ TRUSTED_DOCUMENTS: 'all' });
    servers.push(all);
    expect((await postGraphQL(all.url, { query: '{ viewer { authenticated } }' })).status).toBe(400);
    expect(
      (await createClient({ url: all.url, trustedDocuments: true }).execute(ViewerDocument)).viewer.authenticated,
    ).toBe(false);
    const off = await setup('off');
    expect(
      (
        await postGraphQL(
          off.server.url,
          { query: '{ viewer { authenticated } }' },
          { authorization: `Bearer ${off.key}` },
        )
      ).status,
    ).toBe(200);
  });
});
