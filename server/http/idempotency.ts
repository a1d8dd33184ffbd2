// Idempotency-Key for mutations: the first result is stored and replayed to retries with the same key;
// the same key with a different request is CONFLICT. Keys are scoped to the caller (user, key or public).
//
// A claim records when it was taken. If the request that claimed a key dies (the process is killed), its
// transaction rolls back and, once the lease has passed, a retry of the same request claims the key again and
// runs: exactly one write either way. Records expire after a day (configurable) and are purged.
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ErrorCode } from '../core/errors';
import type { ContextDeps } from '../core/context';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

function single(result: Record<string, unknown>, status?: number, replayed = true): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap(replayed ? [['idempotent-replayed', 'true']] : []) },
    body: { kind: 'single', singleResult: result },
  };
}

function conflict(message: string, requestId: string, extra: Record<string, unknown> = {}): GraphQLResponse {
  return single({ errors: [{ message, extensions: { code: ErrorCode.CONFLICT, requestId, ...extra } }] }, 409, false);
}

export function idempotencyPlugin(
  deps: ContextDeps,
  settings: Config['idempotency'],
): ApolloServerPlugin<RequestContext> {
  const lease = `${settings.leaseSeconds} seconds`;
  const ttl = `${settings.ttlHours} hours`;
  return {
    async serverWillStart() {
      const purge = () =>
        deps.db
          .query(`DELETE FROM idempotency_record WHERE created_at < now() - CAST($1 AS interval)`, [ttl])
          .catch(() => undefined);
      const timer = setInterval(purge, 10 * 60_000);
      timer.unref();
      return {
        async serverWillStop() {
          clearInterval(timer);
        },
      };
    },
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      let claimed: { scope: string; key: string } | undefined;
      return {
        async responseForOperation({ operation, contextValue }) {
          if (!key || operation.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) {
            return single(
              {
                errors: [
                  {
                    message: 'Idempotency-Key must be 1-200 letters, digits or ._:-',
                    extensions: { code: ErrorCode.BAD_USER_INPUT, requestId: contextValue.requestId },
                  },
                ],
              },
              400,
              false,
            );
          }
          const v = contextValue.viewer;
          const scope = v.userId ? `user:${v.userId}` : v.apiKeyId ? `key:${v.apiKeyId}` : 'public';
          const hash = createHash('sha256')
            .update(JSON.stringify([request.query, request.variables ?? {}, request.operationName ?? null]))
            .digest('hex');
          // A new key, an expired record, or the abandoned claim of this same request: this request runs.
          const inserted: unknown[] = await deps.db.query(
            `INSERT INTO idempotency_record AS r (scope, key, request_hash) VALUES ($1, $2, $3)
             ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = NULL, status = NULL, claimed_at = now(), created_at = now()
               WHERE r.created_at < now() - CAST($4 AS interval)
                  OR (r.response IS NULL AND r.request_hash = EXCLUDED.request_hash AND r.claimed_at < now() - CAST($5 AS interval))
             RETURNING key`,
            [scope, key, hash, ttl, lease],
          );
          if (inserted.length) {
            claimed = { scope, key };
            return null;
          }
          const [row]: { request_hash: string; response: string | null; status: number | null }[] = await deps.db.query(
            'SELECT request_hash, response, status FROM idempotency_record WHERE scope = $1 AND key = $2',
            [scope, key],
          );
          if (!row || row.request_hash !== hash)
            return conflict('This Idempotency-Key was already used with a different request.', contextValue.requestId);
          if (row.response === null) {
            return conflict(
              'A request with this Idempotency-Key is still running; retry shortly.',
              contextValue.requestId,
              { retryAfter: 1 },
            );
          }
          return single(JSON.parse(row.response), row.status ?? undefined);
        },
        async willSendResponse({ response }) {
          if (!claimed || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const failed = result.errors?.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
          // A masked failure is not a result worth replaying: free the key so that a retry runs again.
          if (failed) {
            await deps.db.query('DELETE FROM idempotency_record WHERE scope = $1 AND key = $2', [
              claimed.scope,
              claimed.key,
            ]);
            return;
          }
          // Kept as text, so a replay sends the same bytes in the same field order.
          const stored = { data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) };
          await deps.db.query(
            'UPDATE idempotency_record SET response = $3, status = $4 WHERE scope = $1 AND key = $2',
            [claimed.scope, claimed.key, JSON.stringify(stored), response.http.status ?? null],
          );
        },
      };
    },
  };
}
