// Idle subscriptions survive proxies: the server pings every subscriber (WS_KEEPALIVE_SECONDS), so nginx's
// proxy_read_timeout never sees an idle socket; the SDK's subscription client pings the server too (keepAliveMs).
import WebSocket, { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionClient } from '../sdk/index';
import { PositionChangedDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ WS_KEEPALIVE_SECONDS: '1' });
});
afterAll(async () => server?.stop());

describe('keep-alive on graphql-ws', () => {
  it('pings an idle subscriber every WS_KEEPALIVE_SECONDS, and answers the SDK client’s pings', async () => {
    const ws = new WebSocket(server.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    let pings = 0;
    ws.on('ping', () => pings++);
    const pongs: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => {
        const m = JSON.parse(String(data));
        if (m.type === 'connection_ack') {
          // The protocol's own ping, as the SDK sends it.
          ws.send(JSON.stringify({ type: 'ping' }));
        } else if (m.type === 'pong') {
          pongs.push(m);
          resolve();
        }
      });
      ws.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 2600));
    ws.close();
    expect(pongs).toHaveLength(1);
    expect(pings).toBeGreaterThanOrEqual(2);
  });

  it('the SDK subscription client pings the server on an idle subscription (keepAliveMs)', async () => {
    // A graphql-ws peer that counts the client's pings; the subscription itself never yields.
    const peer = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    let pings = 0;
    peer.on('connection', (socket) =>
      socket.on('message', (data) => {
        const m = JSON.parse(String(data));
        if (m.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
        if (m.type === 'ping') {
          pings++;
          socket.send(JSON.stringify({ type: 'pong' }));
        }
      }),
    );
    await new Promise((r) => peer.once('listening', r));
    const client = createSubscriptionClient({
      url: `ws://127.0.0.1:${(peer.address() as { port: number }).port}/graphql`,
      webSocketImpl: WebSocket,
      keepAliveMs: 200,
    });
    const iterator = client.subscribe(PositionChangedDocument)[Symbol.asyncIterator]();
    void iterator.next().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 900));
    await client.dispose();
    await new Promise((r) => peer.close(r));
    expect(pings).toBeGreaterThanOrEqual(2);
  });
});
