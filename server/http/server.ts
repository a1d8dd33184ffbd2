// The HTTP surface: POST /graphql, GET /graphql (IDE), WebSocket /graphql, /feeds/kev.json, /healthz, /readyz, /metrics.
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { CompiledReads } from '../graphql/compiled-reads';
import { concordExecutor } from '../graphql/executor';
import { MODULES } from '../modules';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ConcordError, ErrorCode } from '../core/errors';
import type { Authenticator } from '../modules/auth/auth.service';
import { createRequestContext, requestIdFrom, type ContextDeps } from '../core/context';
import {
  classifyDatabaseError,
  codedError,
  createErrorFormatter,
  RETRY_AFTER_SECONDS,
  statusFor,
} from '../graphql/errors';
import { OperationGuard } from '../graphql/guard';
import type { RateLimiter } from '../core/rate-limit';
import { guardPlugin, metricsPlugin, readRoutingPlugin, requestIdPlugin } from './graphql-plugins';
import type { RecentWriters } from '../db/read-routing';
import { mountWebSocket } from './websocket';
import { trustedDocumentsMiddleware } from './trusted-documents';
import { idempotencyPlugin } from './idempotency';
import { mountHealth, mountMetrics } from './health';
import { mountFeeds } from './feeds';
import { mountLinks } from './links';
import { mountCsaf } from './csaf';
import { mountTaxii } from './taxii';
import { loadCsafKey, type CsafKey } from '../modules/feeds/csaf-key';
import { mountIde } from './ide';
import { createMetrics, type Metrics } from './metrics';
import { requestScope, type RequestScope } from '../core/request-scope';

export interface HttpApp {
  server: http.Server;
  metrics: Metrics;
  stop(): Promise<void>;
}

/** BODY_LIMIT ("4mb", "512kb", "4194304") in bytes. */
function bodyLimitBytes(limit: string): number {
  const m = /^(\d+)(kb|mb)?$/.exec(limit);
  return m ? Number(m[1]) * (m[2] === 'mb' ? 1024 * 1024 : m[2] === 'kb' ? 1024 : 1) : 4 * 1024 * 1024;
}

function sendError(res: Response, status: number, code: ErrorCode, message: string, requestId: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
}

export async function createHttpApp(
  config: Config,
  schema: GraphQLSchema,
  deps: ContextDeps,
  auth: Authenticator,
  limiter: RateLimiter,
  statements: () => number,
  writers?: RecentWriters,
): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const metrics = createMetrics(deps.db, config.env !== 'test', statements);
  const formatError = createErrorFormatter(deps.log, { fieldSuggestions: config.graphql.fieldSuggestions });

  const guard = new OperationGuard(schema, config.graphql, limiter);
  const ws = mountWebSocket(server, { config, schema, guard, deps, auth, formatError, metrics });
  const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
  app.set('trust proxy', config.trustProxy);

  const reads = config.graphql.compiledReads ? new CompiledReads(schema, deps.db, MODULES) : undefined;
  const apollo = new ApolloServer<RequestContext>({
    gateway: concordExecutor(schema, reads),
    // Introspection is refused by the guard's rules (the same on every transport), not by Apollo's own switch.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGINT/SIGTERM once, for the whole server.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: !config.graphql.fieldSuggestions,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: guard.rules,
    formatError,
    // Compact JSON, as every client parses it anyway: Apollo's default pretty-printing doubles a large answer.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Concord serves its own IDE, and no HTTP caching applies: both plugins would only cost time per field.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.stop();
            },
          };
        },
      },
      guardPlugin(guard),
      ...(writers ? [readRoutingPlugin(writers)] : []),
      metricsPlugin(metrics),
      idempotencyPlugin(deps, config.idempotency),
      requestIdPlugin(),
    ],
  });
  await apollo.start();

  // Every response carries a request id; the log lines of that request carry the same one, and one JSON
  // access-log line per request says who asked what, the outcome, the time and the SQL statements it took.
  const accessLog = deps.log.child({ log: 'access' });
  app.use((req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    const scope: RequestScope = { requestId: id, statements: 0 };
    res.locals.requestId = id;
    res.locals.scope = scope;
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.originalUrl.split('?')[0];
      const probe = route === '/healthz' || route === '/readyz';
      const line = {
        requestId: id,
        method: req.method,
        path: route,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        operation: scope.operation,
        viewer: scope.viewer,
        statements: scope.statements,
      };
      if (probe) accessLog.debug(line, 'request');
      else accessLog.info(line, 'request');
    });
    next();
  });
  mountHealth(app, deps.db);
  mountFeeds(app, deps, auth, limiter, clientAddress);
  mountLinks(app, deps, auth, limiter, clientAddress);
  mountTaxii(app, deps, auth, limiter, clientAddress, {
    publicUrl: config.publicUrl,
    maxContentLength: bodyLimitBytes(config.bodyLimit),
  });
  let csafKey: Promise<CsafKey | null> | undefined;
  mountCsaf(app, deps, auth, limiter, clientAddress, {
    publicUrl: config.publicUrl,
    // Made or read on first use; the tests' servers make their own in memory.
    key: () => (csafKey ??= loadCsafKey(config, { inMemory: config.env === 'test' })),
  });
  // /metrics on the API port only behind its token; otherwise on its own loopback port (main.ts).
  if (config.metrics.token) mountMetrics(app, metrics, config.metrics.token);

  const ide = config.graphql.ide ? await mountIde(app) : undefined;
  app.get('/graphql', (req, res, next) => {
    if (ide && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) return ide(req, res);
    next();
  });

  // Browser frontends on other origins: only the configured ones, bearer tokens only (no cookies).
  app.use(
    '/graphql',
    cors({
      origin: (origin, callback) =>
        callback(null, Boolean(origin) && (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin!))),
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
      credentials: false,
      maxAge: 600,
    }),
  );
  app.use('/graphql', express.json({ limit: config.bodyLimit }));
  // The request's scope follows its async work from here on (body parsing would lose it).
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) =>
    requestScope.run(res.locals.scope as RequestScope, next),
  );
  // Trusted documents: `documentId` becomes the registered text; arbitrary text is refused where configured.
  app.use('/graphql', trustedDocumentsMiddleware(config.trustedDocuments));
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.res?.locals.requestId as string) ?? requestIdFrom(undefined);
        const address = clientAddress(req);
        try {
          // Credentials expire by the wall clock; the injectable clock is for the domain's deadlines.
          const viewer = await auth.viewerFor(req.headers.authorization, new Date());
          const scope = req.res?.locals.scope as RequestScope | undefined;
          if (scope)
            scope.viewer = viewer.userId
              ? `user:${viewer.userId}`
              : viewer.apiKeyId
                ? `key:${viewer.apiKeyId}`
                : 'anonymous';
          await guard.chargeRequest(viewer, address);
          return createRequestContext(deps, viewer, requestId, address);
        } catch (e) {
          if (e instanceof ConcordError)
            throw codedError(e.code, e.message, { requestId, ...e.details }, statusFor(e.code));
          if (e instanceof GraphQLError) {
            // Keep the status (429) and headers (Retry-After) the guard put on the error.
            throw new GraphQLError(e.message, { extensions: { ...e.extensions, requestId } });
          }
          const kind = classifyDatabaseError(e);
          if (kind === 'retryable') {
            throw codedError(
              ErrorCode.INTERNAL_SERVER_ERROR,
              'The request ran out of time waiting for the database; retry shortly.',
              {
                requestId,
                retryable: true,
                retryAfter: RETRY_AFTER_SECONDS,
                http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
              },
            );
          }
          throw e;
        }
      },
    }),
  );

  // Any other path: a coded JSON 404 rather than express's HTML page.
  app.use((_req: Request, res: Response) =>
    sendError(
      res,
      404,
      ErrorCode.NOT_FOUND,
      'Nothing is served at this path; the API is at /graphql.',
      res.locals.requestId as string,
    ),
  );

  // Malformed JSON, oversize bodies and anything else that escapes: a coded JSON error, never a stack.
  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const requestId = res.locals.requestId as string;
    if (err.type === 'entity.parse.failed')
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.', requestId);
    if (err.type === 'entity.too.large')
      return sendError(
        res,
        413,
        ErrorCode.BAD_USER_INPUT,
        `The request body is larger than ${config.bodyLimit}.`,
        requestId,
      );
    if (err instanceof GraphQLError) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, err.message, requestId);
    deps.log.error({ err, requestId }, 'unhandled http error');
    return sendError(
      res,
      err.status && err.status < 500 ? err.status : 500,
      err.status && err.status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR,
      err.status && err.status < 500 ? err.message : 'Internal server error.',
      requestId,
    );
  });

  return {
    server,
    metrics,
    async stop() {
      await apollo.stop();
    },
  };
}
