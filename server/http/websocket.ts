// graphql-ws on /graphql. The socket carries subscriptions only; each subscribe message passes the same guard
// as an HTTP request (token limit, validation rules with the production introspection setting, clean text,
// cost, budgets) and its errors go through the same formatter (closed codes, request id, masking).
// Queries and mutations are refused with a coded error: they belong on POST /graphql, where the
// Idempotency-Key handling lives.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config';
import { ConcordError, ErrorCode } from '../core/errors';
import { CREDENTIALS_CHANGED } from '../core/pubsub';
import { budgetKey } from '../core/rate-limit';
import type { Viewer } from '../core/viewer';
import type { Authenticator } from '../modules/auth/auth.service';
import { createRequestContext, type ContextDeps } from '../core/context';
import { codedError } from '../graphql/errors';
import { toHttpError, type OperationGuard } from '../graphql/guard';
import { documentFor } from '../graphql/trusted-documents';
import type { Metrics } from './metrics';
import { codeLabel, operationLabel } from './metrics';

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

interface SocketExtra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: http.IncomingMessage;
  viewer?: Viewer;
  budget?: string;
  address: string;
}

/** Close code for "too many connections for this caller" (graphql-ws's own codes do not use 4420). */
export const TOO_MANY_CONNECTIONS = 4420;

/** The expiry of a JWT bearer token in ms (already verified at connect), or undefined for API keys. */
function tokenExpiry(authorization: string | undefined): number | undefined {
  const token = authorization?.replace(/^Bearer\s+/i, '');
  if (!token || token.startsWith('ck_')) return undefined;
  try {
    const exp = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.Authorization ?? params?.authorization;
  return typeof value === 'string' ? value : undefined;
}

/** Tags an error from parse/validate with the code Apollo would give it, so the formatter treats both alike. */
function tagged(e: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    extensions: { ...e.extensions, code: e.extensions?.code ?? code },
  });
}

export function mountWebSocket(
  server: http.Server,
  opts: {
    config: Config;
    schema: GraphQLSchema;
    guard: OperationGuard;
    deps: ContextDeps;
    auth: Authenticator;
    formatError: Formatter;
    metrics: Metrics;
  },
) {
  const { config, schema, guard, deps, auth, formatError, metrics } = opts;
  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: 1024 * 1024 });
  // A frame the client got wrong (over maxPayload, invalid UTF-8, a bad opcode: ws's WS_ERR_* codes) is the
  // client's mistake: ws has already closed the socket with the protocol's code (1009 for size). graphql-ws would
  // print it as an internal error, so it stops here, logged at debug. Registered before graphql-ws's handler.
  wsServer.on('connection', (socket: WebSocket) => {
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const code = (args[0] as { code?: unknown } | undefined)?.code;
      if (event === 'error' && typeof code === 'string' && code.startsWith('WS_ERR_')) {
        deps.log.debug({ code }, 'websocket frame refused');
        return false;
      }
      return emit(event, ...args);
    }) as WebSocket['emit'];
  });
  const socketsPerViewer = new Map<string, number>();

  const format = (errors: readonly GraphQLError[], requestId: string) =>
    errors.map((e) => {
      const f = formatError(e.toJSON(), e);
      return { ...f, extensions: { ...f.extensions, requestId } as Record<string, unknown> };
    });

  // Live access ends with the credential: every open socket is checked again when a credential changes
  // anywhere (the event crosses replicas through the pubsub), on a timer, and when its token expires.
  const live = new Map<WebSocket, { authorization?: string; viewer: string; expiry?: NodeJS.Timeout }>();
  const recheck = async (socket: WebSocket) => {
    const entry = live.get(socket);
    if (!entry) return;
    let reason: string | undefined;
    try {
      const viewer = await auth.viewerFor(entry.authorization, new Date());
      if (JSON.stringify(viewer) !== entry.viewer) reason = "Forbidden: this credential's access changed; reconnect";
    } catch {
      reason = 'Forbidden: the credential was revoked or has expired';
    }
    if (reason && live.has(socket)) {
      live.delete(socket);
      clearTimeout(entry.expiry);
      socket.close(4403, reason);
    }
  };
  const recheckAll = () => Promise.all([...live.keys()].map((s) => recheck(s).catch(() => undefined)));
  const timer = setInterval(() => void recheckAll(), config.wsRecheckSeconds * 1000);
  timer.unref();
  const changes = deps.pubsub.subscribe(CREDENTIALS_CHANGED);
  void (async () => {
    for await (const _change of changes) {
      // The credential changed: never re-check against a cached viewer.
      auth.forgetViewers();
      await recheckAll();
    }
  })().catch(() => undefined);

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      onConnect: async (ctx) => {
        const address = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        ctx.extra.address = address;
        let viewer: Viewer;
        try {
          viewer = await auth.viewerFor(authorizationOf(ctx.connectionParams), new Date());
        } catch {
          return false; // 4403 Forbidden: the credential does not check out
        }
        const { key } = budgetKey(viewer, address);
        const open = socketsPerViewer.get(key) ?? 0;
        if (config.rateLimit.enabled && open >= config.rateLimit.socketsPerViewer) {
          ctx.extra.socket.close(TOO_MANY_CONNECTIONS, 'Too many open connections for this caller');
          return false;
        }
        socketsPerViewer.set(key, open + 1);
        const authorization = authorizationOf(ctx.connectionParams);
        const exp = tokenExpiry(authorization);
        const socket = ctx.extra.socket;
        live.set(socket, {
          authorization,
          viewer: JSON.stringify(viewer),
          expiry: exp ? setTimeout(() => void recheck(socket), Math.max(0, exp - Date.now()) + 50) : undefined,
        });
        ctx.extra.viewer = viewer;
        ctx.extra.budget = key;
        metrics.sockets.inc();
        return true;
      },
      onClose: (ctx) => {
        clearTimeout(live.get(ctx.extra.socket)?.expiry);
        live.delete(ctx.extra.socket);
        const key = ctx.extra.budget;
        if (!key) return;
        ctx.extra.budget = undefined;
        metrics.sockets.dec();
        const left = (socketsPerViewer.get(key) ?? 1) - 1;
        if (left <= 0) socketsPerViewer.delete(key);
        else socketsPerViewer.set(key, left);
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const requestId = randomUUID();
        const withId = (errors: readonly GraphQLError[]) =>
          errors.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                originalError: e.originalError,
                extensions: { ...e.extensions, requestId },
              }),
          );
        const admitted = await (async (): Promise<ExecutionArgs | readonly GraphQLError[]> => {
          try {
            // Credentials are checked again for every operation: a revoked key or a deactivated user stops here.
            const viewer = await auth.viewerFor(authorizationOf(ctx.connectionParams), new Date());
            if (Object.keys(ctx.subscriptions).length > config.rateLimit.subscriptionsPerSocket) {
              throw new ConcordError(
                ErrorCode.RATE_LIMITED,
                `At most ${config.rateLimit.subscriptionsPerSocket} subscriptions per connection.`,
                { limit: config.rateLimit.subscriptionsPerSocket },
              );
            }
            await guard.chargeRequest(viewer, ctx.extra.address ?? 'unknown');
            const query = documentFor(
              config.trustedDocuments,
              {
                query: payload.query,
                documentId: (payload.extensions as { documentId?: unknown } | undefined)?.documentId,
              },
              authorizationOf(ctx.connectionParams),
            );
            let document;
            try {
              document = guard.parse(query);
            } catch (e) {
              return [
                e instanceof GraphQLError
                  ? tagged(e, 'GRAPHQL_PARSE_FAILED')
                  : codedError(ErrorCode.BAD_USER_INPUT, 'The operation could not be parsed.'),
              ];
            }
            const invalid = guard.validate(document);
            if (invalid.length) return invalid.map((e) => tagged(e, 'GRAPHQL_VALIDATION_FAILED'));
            const operation = getOperationAST(document, payload.operationName);
            if (!operation)
              return [
                codedError(ErrorCode.BAD_USER_INPUT, 'Name the operation to run: the document holds several, or none.'),
              ];
            metrics.requests.inc({
              operation: operationLabel(payload.operationName ?? operation.name?.value ?? null),
              type: operation.operation,
            });
            // The same checks as HTTP, in the same order, before the transport's own refusal.
            const cost = guard.check(document, payload.operationName, payload.variables ?? {});
            if (operation.operation !== 'subscription') {
              return [
                codedError(
                  ErrorCode.BAD_USER_INPUT,
                  'The socket carries subscriptions only; send queries and mutations with POST /graphql.',
                  { transport: 'graphql-ws' },
                ),
              ];
            }
            const contextValue = createRequestContext(deps, viewer, requestId, ctx.extra.address ?? 'unknown');
            await guard.charge(contextValue, cost);
            return {
              schema,
              document,
              operationName: payload.operationName,
              variableValues: payload.variables ?? {},
              contextValue,
            };
          } catch (e) {
            if (e instanceof GraphQLError) return [e];
            if (e instanceof ConcordError) return [toHttpError(e)];
            return [new GraphQLError((e as Error).message ?? 'error', { originalError: e as Error })];
          }
        })();
        return Array.isArray(admitted) ? withId(admitted) : admitted;
      },
      onError: (_ctx, _id, _payload, errors) => {
        const requestId = String(errors[0]?.extensions?.requestId ?? randomUUID());
        const formatted = format(errors, requestId);
        for (const e of formatted) metrics.errors.inc({ code: codeLabel(e.extensions?.code) });
        return formatted;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return undefined;
        const requestId = (args.contextValue as { requestId?: string } | undefined)?.requestId ?? randomUUID();
        const errors = format(result.errors, requestId);
        for (const e of errors) metrics.errors.inc({ code: codeLabel(e.extensions?.code) });
        return { ...result, errors };
      },
    },
    wsServer,
    // Pings every subscriber, so a proxy in front (nginx's proxy_read_timeout) never sees an idle socket.
    config.wsKeepAliveSeconds * 1000,
  );

  return {
    async stop() {
      clearInterval(timer);
      await changes.return?.();
      for (const entry of live.values()) clearTimeout(entry.expiry);
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
