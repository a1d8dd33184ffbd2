// Raw transports for tests that must see exactly what a client gets: HTTP POST and one graphql-ws subscribe.
import WebSocket from 'ws';

export interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface HttpOutcome {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: WireError[] };
}

export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpOutcome> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as HttpOutcome['body'] };
}

/** POSTs a body as given, for bodies JSON.stringify cannot make (nested deeper than its stack allows). */
export async function postRaw(url: string, text: string, headers: Record<string, string> = {}): Promise<HttpOutcome> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as HttpOutcome['body'] };
}

export interface SocketOutcome {
  /** `next` and `error` carry the payload of the first such message; `close` the close code and reason. */
  type: 'next' | 'error' | 'close' | 'timeout';
  payload?: unknown;
  errors?: WireError[];
  code?: number;
  reason?: string;
}

/** Opens a graphql-ws connection, subscribes once, and resolves with the first result, error or close. */
export function subscribeOnce(
  url: string,
  /** The subscribe payload, or its JSON text as sent (for payloads JSON.stringify cannot make). */
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string } | string,
  opts: { token?: string; timeoutMs?: number; onSubscribed?: () => void } = {},
): Promise<SocketOutcome> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      resolve({ type: 'timeout' });
      ws.close();
    }, opts.timeoutMs ?? 5000);
    const done = (o: SocketOutcome) => {
      clearTimeout(timer);
      resolve(o);
      if (ws.readyState === WebSocket.OPEN) ws.close();
    };
    ws.on('open', () =>
      ws.send(
        JSON.stringify({
          type: 'connection_init',
          payload: opts.token ? { Authorization: `Bearer ${opts.token}` } : {},
        }),
      ),
    );
    ws.on('message', (data) => {
      const m = JSON.parse(String(data));
      if (m.type === 'connection_ack') {
        ws.send(
          `{"id":"1","type":"subscribe","payload":${typeof payload === 'string' ? payload : JSON.stringify(payload)}}`,
        );
        opts.onSubscribed?.();
      } else if (m.type === 'next') {
        done({ type: 'next', payload: m.payload, errors: m.payload?.errors });
      } else if (m.type === 'error') {
        done({ type: 'error', payload: m.payload, errors: m.payload });
      }
    });
    ws.on('close', (code, reason) => done({ type: 'close', code, reason: String(reason) }));
    ws.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
