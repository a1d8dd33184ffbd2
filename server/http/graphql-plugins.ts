// Apollo plugins: the cost limit (needs variables), metrics, and the request id on every error.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../core/context';
import { assertCost } from '../graphql/limits';
import type { Metrics } from './metrics';

export function costLimitPlugin(maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation) assertCost(document, operation, request.variables ?? {}, maxCost);
        },
      };
    },
  };
}

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const end = metrics.duration.startTimer();
      let operation = 'unknown';
      let type = 'unknown';
      return {
        async didResolveOperation(rc) {
          operation = rc.operationName ?? 'anonymous';
          type = rc.operation?.operation ?? 'unknown';
        },
        async willSendResponse(rc) {
          metrics.requests.inc({ operation, type });
          end({ operation });
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          for (const e of errors ?? []) metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
}

/** Puts the request id on every error so that a client can quote it; the log carries the same id. */
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
        },
      };
    },
  };
}
