// The HTTP surface: POST /graphql, GET /graphql (IDE), WebSocket /graphql, /healthz, /readyz, /metrics.
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ConcordError, ErrorCode } from '../core/errors';
import type { Authenticator } from '../modules/auth/auth.service';
import { createRequestContext, requestIdFrom, type ContextDeps } from '../graphql/context';
import { codedError, createErrorFormatter, statusFor } from '../graphql/errors';
import { aliasLimitRule, depthLimitRule } from '../graphql/limits';
import { costLimitPlugin, metricsPlugin, requestIdPlugin } from './graphql-plugins';
import { idempotencyPlugin } from './idempotency';
import { mountHealth } from './health';
import { mountIde } from './ide';
import { createMetrics } from './metrics';

export interface HttpApp {
  server: http.Server;
  stop(): Promise<void>;
}

function sendError(res: Response, status: number, code: ErrorCode, message: string, requestId: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
}

export async function createHttpApp(config: Config, schema: GraphQLSchema, deps: ContextDeps, auth: Authenticator, statements: () => number): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const metrics = createMetrics(deps.db, config.env !== 'test', statements);
  const formatError = createErrorFormatter(deps.log, { fieldSuggestions: config.graphql.fieldSuggestions });

  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      context: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = typeof params.Authorization === 'string' ? params.Authorization : typeof params.authorization === 'string' ? params.authorization : undefined;
        const viewer = await auth.viewerFor(authorization, new Date());
        return createRequestContext(deps, viewer);
      },
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = (params.Authorization ?? params.authorization) as string | undefined;
        try {
          await auth.viewerFor(authorization, new Date());
          return true;
        } catch {
          return false;
        }
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.graphql.fieldSuggestions,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [depthLimitRule(config.graphql.maxDepth), aliasLimitRule(config.graphql.maxAliases)],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Concord serves its own IDE, and no HTTP caching applies: both plugins would only cost time per field.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      costLimitPlugin(config.graphql.maxCost),
      metricsPlugin(metrics),
      idempotencyPlugin(deps),
      requestIdPlugin(),
    ],
  });
  await apollo.start();

  // Every response carries a request id; the log lines of that request carry the same one.
  app.use((req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  mountHealth(app, deps.db, metrics);

  const ide = config.graphql.ide ? mountIde(app) : undefined;
  app.get('/graphql', (req, res, next) => {
    if (ide && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) return ide(req, res);
    next();
  });

  app.use('/graphql', express.json({ limit: config.bodyLimit }));
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.res?.locals.requestId as string) ?? requestIdFrom(undefined);
        try {
          // Credentials expire by the wall clock; the injectable clock is for the domain's deadlines.
          const viewer = await auth.viewerFor(req.headers.authorization, new Date());
          return createRequestContext(deps, viewer, requestId);
        } catch (e) {
          if (e instanceof ConcordError) throw codedError(e.code, e.message, { requestId }, statusFor(e.code));
          throw e;
        }
      },
    }),
  );

  // Malformed JSON, oversize bodies and anything else that escapes: a coded JSON error, never a stack.
  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const requestId = res.locals.requestId as string;
    if (err.type === 'entity.parse.failed') return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.', requestId);
    if (err.type === 'entity.too.large') return sendError(res, 413, ErrorCode.BAD_USER_INPUT, `The request body is larger than ${config.bodyLimit}.`, requestId);
    if (err instanceof GraphQLError) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, err.message, requestId);
    deps.log.error({ err, requestId }, 'unhandled http error');
    return sendError(res, err.status && err.status < 500 ? err.status : 500, err.status && err.status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR, err.status && err.status < 500 ? err.message : 'Internal server error.', requestId);
  });

  return {
    server,
    async stop() {
      await apollo.stop();
      wsServer.close();
    },
  };
}

