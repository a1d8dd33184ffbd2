// Apollo plugins: the operation guard (needs the parsed document and variables), metrics, the request id on
// every error, and the HTTP status of errors that say "retry".
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../core/context';
import { requestScope } from '../core/request-scope';
import { budgetKey } from '../core/rate-limit';
import type { RecentWriters } from '../db/read-routing';
import type { OperationGuard } from '../graphql/guard';
import { RETRY_AFTER_SECONDS } from '../graphql/errors';
import { codeLabel, operationLabel, typeLabel, type Metrics } from './metrics';

/** Runs the guard's checks (clean text, cost, budget) once Apollo has parsed and validated the operation. */
export function guardPlugin(guard: OperationGuard): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue, operationName }) {
          const scope = requestScope.getStore();
          if (scope) scope.operation = (operationName ?? 'anonymous').slice(0, 100);
          await guard.admit(contextValue, document, request.operationName, request.variables ?? {});
        },
      };
    },
  };
}

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const end = metrics.duration.startTimer();
      let operation = 'other';
      let type = 'unknown';
      return {
        async didResolveOperation(rc) {
          operation = operationLabel(rc.operationName);
          type = typeLabel(rc.operation?.operation);
        },
        async willSendResponse(rc) {
          metrics.requests.inc({ operation, type });
          end({ operation });
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          for (const e of errors ?? []) metrics.errors.inc({ code: codeLabel(e.extensions?.code) });
        },
      };
    },
  };
}

/**
 * Puts the request id on every error so that a client can quote it (the log carries the same id), and
 * answers 503 with Retry-After when an error says the request may be retried (a database deadline).
 */
export function requestIdPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue?.requestId },
          }));
          if (response.body.singleResult.errors.some((e) => e.extensions?.retryable === true)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

/**
 * With read replicas: a query reads from a replica unless its caller wrote within the last few seconds; a
 * mutation reads its own payload from the primary and marks its caller as a recent writer.
 */
export function readRoutingPlugin(writers: RecentWriters): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let caller: string | undefined;
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const scope = requestScope.getStore();
          caller = budgetKey(contextValue.viewer, contextValue.clientAddress).key;
          mutation = operation?.operation === 'mutation';
          if (scope) scope.readReplica = !mutation && !(await writers.recently(caller));
        },
        async willSendResponse({ response }) {
          if (!mutation || !caller) return;
          const failed = response.body.kind === 'single' && !response.body.singleResult.data;
          if (!failed) await writers.mark(caller);
        },
      };
    },
  };
}
