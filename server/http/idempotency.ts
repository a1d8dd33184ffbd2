// Idempotency-Key for mutations: the first result is stored and replayed to retries with the same key;
// the same key with a different request is CONFLICT. Keys are scoped to the caller (user, key or public).
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { RequestContext } from '../core/context';
import { ErrorCode } from '../core/errors';
import type { ContextDeps } from '../graphql/context';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

function single(result: Record<string, unknown>, status?: number): GraphQLResponse {
  return { http: { status, headers: new HeaderMap([['idempotent-replayed', 'true']]) }, body: { kind: 'single', singleResult: result } };
}

function conflict(message: string, requestId: string): GraphQLResponse {
  return single({ errors: [{ message, extensions: { code: ErrorCode.CONFLICT, requestId } }] }, 409);
}

export function idempotencyPlugin(deps: ContextDeps): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      let claimed: { scope: string; key: string } | undefined;
      return {
        async responseForOperation({ operation, contextValue }) {
          if (!key || operation.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) {
            return single({ errors: [{ message: 'Idempotency-Key must be 1-200 letters, digits or ._:-', extensions: { code: ErrorCode.BAD_USER_INPUT, requestId: contextValue.requestId } }] }, 400);
          }
          const v = contextValue.viewer;
          const scope = v.userId ? `user:${v.userId}` : v.apiKeyId ? `key:${v.apiKeyId}` : 'public';
          const hash = createHash('sha256').update(JSON.stringify([request.query, request.variables ?? {}, request.operationName ?? null])).digest('hex');
          const inserted: unknown[] = await deps.db.query(
            'INSERT INTO idempotency_record (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key',
            [scope, key, hash],
          );
          if (inserted.length) {
            claimed = { scope, key };
            return null;
          }
          const [row]: { request_hash: string; response: Record<string, unknown> | null }[] = await deps.db.query(
            'SELECT request_hash, response FROM idempotency_record WHERE scope = $1 AND key = $2',
            [scope, key],
          );
          if (row.request_hash !== hash) return conflict('This Idempotency-Key was already used with a different request.', contextValue.requestId);
          if (!row.response) return conflict('A request with this Idempotency-Key is still running; retry shortly.', contextValue.requestId);
          return single(row.response);
        },
        async willSendResponse({ response }) {
          if (!claimed || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const failed = result.errors?.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
          // A masked failure is not a result worth replaying: free the key so that a retry runs again.
          if (failed) {
            await deps.db.query('DELETE FROM idempotency_record WHERE scope = $1 AND key = $2', [claimed.scope, claimed.key]);
            return;
          }
          const stored = { data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) };
          await deps.db.query('UPDATE idempotency_record SET response = $3 WHERE scope = $1 AND key = $2', [claimed.scope, claimed.key, JSON.stringify(stored)]);
        },
      };
    },
  };
}
