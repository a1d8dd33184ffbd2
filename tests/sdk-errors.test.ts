// The SDK's failures are all ConcordRequestError with a code: server codes, and the client-side ones
// (NETWORK_ERROR, TIMEOUT, HTTP_ERROR, SUBSCRIPTION_CLOSED); a refused credential ends a subscription at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  concordTypePolicies,
  connectionFieldPolicy,
  ConcordRequestError,
  createClient,
  createSubscriptionClient,
  possibleTypes,
  AdvisoryPublishedDocument,
  ViewerDocument,
} from '../sdk/index';
import { startTestServer, type TestServer } from './support/server';
import { expectError } from './support/fixtures';

let server: TestServer;
let stub: http.Server;
let stubUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  // A misbehaving endpoint: /hang never answers, /html answers like a proxy in trouble.
  stub = http.createServer((req, res) => {
    if (req.url?.startsWith('/html'))
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad gateway</body></html>');
    else if (req.url?.startsWith('/empty')) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', () => r()));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stub?.closeAllConnections();
  stub?.close();
  await server?.stop();
});

describe('coded errors on every path', () => {
  it('an unreachable server is NETWORK_ERROR', async () => {
    const err = await expectError(createClient({ url: 'http://127.0.0.1:1/graphql' }).execute(ViewerDocument));
    expect(err).toBeInstanceOf(ConcordRequestError);
    expect(err).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('no answer in time is TIMEOUT', async () => {
    const started = Date.now();
    const err = await expectError(createClient({ url: `${stubUrl}/hang`, timeoutMs: 300 }).execute(ViewerDocument));
    expect(err.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an HTTP answer without a GraphQL body is HTTP_ERROR with the status', async () => {
    const err = await expectError(createClient({ url: `${stubUrl}/html` }).execute(ViewerDocument));
    expect(err).toMatchObject({ code: 'HTTP_ERROR', status: 502 });
    expect((await expectError(createClient({ url: `${stubUrl}/empty` }).execute(ViewerDocument))).code).toBe(
      'HTTP_ERROR',
    );
  });

  it("the server's own refusals keep their codes and request ids", async () => {
    const err = await expectError(createClient({ url: server.url, token: 'ck_not_a_key' }).execute(ViewerDocument));
    expect(err).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(err.requestId).toEqual(expect.any(String));
  });

  it('a subscription with a refused credential fails at once with UNAUTHENTICATED, and is not retried', async () => {
    const client = createSubscriptionClient({
      url: server.url.replace(/^http/, 'ws'),
      token: 'ck_forged_key',
      webSocketImpl: WebSocket,
    });
    const started = Date.now();
    try {
      const err = await expectError(
        (async () => {
          for await (const _ of client.subscribe(AdvisoryPublishedDocument)) break;
        })(),
      );
      expect(err).toBeInstanceOf(ConcordRequestError);
      expect(err.code).toBe('UNAUTHENTICATED');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await client.dispose();
    }
  });

  it('a server that is gone ends a subscription with SUBSCRIPTION_CLOSED or NETWORK_ERROR after its retries', async () => {
    const client = createSubscriptionClient({
      url: 'ws://127.0.0.1:1/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const err = await expectError(
        (async () => {
          for await (const _ of client.subscribe(AdvisoryPublishedDocument)) break;
        })(),
      );
      expect(err).toBeInstanceOf(ConcordRequestError);
      expect(['SUBSCRIPTION_CLOSED', 'NETWORK_ERROR']).toContain(err.code);
    } finally {
      await client.dispose();
    }
  });

  it('an AST document is refused before anything is sent (and does not compile)', async () => {
    const client = createClient({ url: server.url });
    // @ts-expect-error: execute takes the SDK's string documents, not a GraphQL AST
    await expect(client.execute(parse('{ viewer { authenticated } }'))).rejects.toThrow(/not a GraphQL AST/);
  });
});

describe('cache helpers for Apollo Client and urql', () => {
  it('exports the interface implementations and a Relay connection policy', () => {
    expect(possibleTypes.Organization.sort()).toEqual(['Agency', 'Developer', 'Recipient']);
    expect(possibleTypes.Node).toContain('ClearinghouseEntry');
    const policy = connectionFieldPolicy();
    const first = { edges: [{ cursor: 'a' }], nodes: [1], pageInfo: { hasNextPage: true, endCursor: 'a' } };
    const second = { edges: [{ cursor: 'b' }], nodes: [2], pageInfo: { hasNextPage: false, endCursor: 'b' } };
    expect(policy.merge(first, second, { args: { after: 'a' } })).toMatchObject({
      edges: [{ cursor: 'a' }, { cursor: 'b' }],
      nodes: [1, 2],
      pageInfo: { hasNextPage: false, endCursor: 'b' },
    });
    expect(policy.merge(first, second, { args: {} })).toBe(second);
    expect(Object.keys(concordTypePolicies().Query.fields)).toContain('clearinghouseEntries');
  });
});
