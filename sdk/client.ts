// The Concord SDK client: typed operations over plain fetch, and live updates over graphql-ws.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createWsClient } from 'graphql-ws';

/** The closed set of error codes Concord returns in `extensions.code`. */
export type ConcordServerErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Codes the SDK itself gives when no GraphQL answer arrived:
 * - `NETWORK_ERROR`: the server could not be reached (refused, reset, DNS);
 * - `TIMEOUT`: no answer within `timeoutMs`, or the caller's signal aborted;
 * - `HTTP_ERROR`: an HTTP answer without a GraphQL body (a proxy's 502, an HTML page);
 * - `SUBSCRIPTION_CLOSED`: the socket closed for good (the server went away and retries ran out).
 */
export type ConcordClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'HTTP_ERROR' | 'SUBSCRIPTION_CLOSED';

export type ConcordErrorCode = ConcordServerErrorCode | ConcordClientErrorCode;

/** One GraphQL error as Concord sends it (or as the SDK makes it for a client-side failure). */
export interface ConcordGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions: { code: ConcordErrorCode; requestId?: string; fields?: Record<string, string>; [key: string]: unknown };
}

/** Thrown by `execute` and subscriptions whenever an operation fails, on every path; carries every error and its code. */
export class ConcordRequestError extends Error {
  readonly name = 'ConcordRequestError';

  constructor(
    readonly errors: ConcordGraphQLError[],
    /** The HTTP status, or 0 when no HTTP answer arrived. */
    readonly status: number,
    readonly requestId: string | undefined,
    /** Whatever data came back alongside the errors (partial results), if any. */
    readonly data: unknown,
    options?: { cause?: unknown },
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The code of the first error. */
  get code(): ConcordErrorCode {
    return this.errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  }

  /** Every distinct code. */
  get codes(): ConcordErrorCode[] {
    return [...new Set(this.errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))];
  }

  /** Seconds to wait before retrying, when the server said so (RATE_LIMITED, deadlines). */
  get retryAfter(): number | undefined {
    const value = this.errors[0]?.extensions?.retryAfter;
    return typeof value === 'number' ? value : undefined;
  }
}

function clientError(code: ConcordClientErrorCode, message: string, status = 0, cause?: unknown): ConcordRequestError {
  return new ConcordRequestError([{ message, extensions: { code } }], status, undefined, null, { cause });
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A JWT or an API key (`ck_...`); omit for public access. */
  token?: string;
  /** A fetch implementation (defaults to the global fetch). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Fail with `TIMEOUT` when no answer arrives within this many milliseconds (default 30 000; 0 waits forever). */
  timeoutMs?: number;
  /**
   * Send each SDK document's registered hash (`documentId`) instead of its text, for servers that run only
   * trusted documents (TRUSTED_DOCUMENTS=api-keys or all). Documents without a hash are sent as text.
   */
  trustedDocuments?: boolean;
}

export interface ExecuteOptions {
  /** Makes a mutation safe to retry: a retry with the same key returns the first result. */
  idempotencyKey?: string;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this request. */
  timeoutMs?: number;
}

/**
 * A document the SDK can send: one of its generated documents (a string with its result and variable types).
 * GraphQL AST documents (`TypedDocumentNode`) do not compile here: print them to a string first.
 */
export type ConcordDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  kind?: never;
};

// The variables' type comes from the document alone (not inferred from the argument), so a wrong variable is a
// compile error. Written without `NoInfer` so that TypeScript 5.0 and later compile it.
type Exactly<T> = [T][T extends unknown ? 0 : never];

export interface ConcordClient {
  /**
   * Runs one operation from the SDK's documents and returns its data, fully typed.
   * Throws ConcordRequestError on every failure: Concord's codes, or NETWORK_ERROR, TIMEOUT, HTTP_ERROR.
   */
  execute<TResult, TVariables>(
    document: ConcordDocument<TResult, TVariables>,
    // `{} extends TVariables` holds exactly when every variable is optional: then the variables may be left out.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the test, not a value's type
    ...rest: {} extends TVariables
      ? [variables?: Exactly<TVariables>, options?: ExecuteOptions]
      : [variables: Exactly<TVariables>, options?: ExecuteOptions]
  ): Promise<TResult>;
  /** The same client with another token. */
  withToken(token: string | undefined): ConcordClient;
}

/** The registered hash of an SDK document (`sha256:...`), if it has one. */
export function documentId(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

function documentText(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document && typeof document === 'object' && 'kind' in document) {
    throw new TypeError('Concord SDK: pass a generated document (a string), not a GraphQL AST; print() it first.');
  }
  return String(document);
}

/** Creates a client for one Concord endpoint. */
export function createClient(options: ClientOptions): ConcordClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    async execute(document, ...rest) {
      const [variables, opts] = rest as [unknown, ExecuteOptions | undefined];
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
        ...options.headers,
        ...opts?.headers,
      };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (opts?.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
      const timeoutMs = opts?.timeoutMs ?? options.timeoutMs ?? 30_000;
      const signals = [opts?.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter(
        (s): s is AbortSignal => Boolean(s),
      );
      const signal = signals.length > 1 ? anySignal(signals) : signals[0];
      const text = documentText(document);
      const id = options.trustedDocuments ? documentId(document) : undefined;
      const body = JSON.stringify(
        id ? { documentId: id, variables: variables ?? {} } : { query: text, variables: variables ?? {} },
      );
      let response: Response;
      try {
        response = await doFetch(options.url, { method: 'POST', headers, body, signal });
      } catch (e) {
        if (signal?.aborted)
          throw clientError(
            'TIMEOUT',
            opts?.signal?.aborted ? 'The request was aborted.' : `No answer from Concord within ${timeoutMs} ms.`,
            0,
            e,
          );
        throw clientError(
          'NETWORK_ERROR',
          `Concord could not be reached at ${options.url}: ${(e as Error)?.message ?? e}`,
          0,
          e,
        );
      }
      const requestId = response.headers.get('x-request-id') ?? undefined;
      let parsed: { data?: unknown; errors?: ConcordGraphQLError[] };
      try {
        parsed = (await response.json()) as typeof parsed;
      } catch (e) {
        if (signal?.aborted)
          throw clientError('TIMEOUT', `No answer from Concord within ${timeoutMs} ms.`, response.status, e);
        throw new ConcordRequestError(
          [
            {
              message: `Concord answered HTTP ${response.status} without a GraphQL body.`,
              extensions: { code: 'HTTP_ERROR', requestId, status: response.status },
            },
          ],
          response.status,
          requestId,
          null,
          { cause: e },
        );
      }
      if (parsed.errors?.length)
        throw new ConcordRequestError(parsed.errors, response.status, requestId, parsed.data ?? null);
      if (!response.ok || parsed.data === undefined) {
        throw new ConcordRequestError(
          [
            {
              message: `Concord answered HTTP ${response.status} without data.`,
              extensions: { code: 'HTTP_ERROR', requestId, status: response.status },
            },
          ],
          response.status,
          requestId,
          null,
        );
      }
      return parsed.data as never;
    },
    withToken(token) {
      return createClient({ ...options, token });
    },
  };
}

/** AbortSignal.any where available (Node 20.3+, modern browsers), else a small equivalent. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any(signals);
  const controller = new AbortController();
  for (const s of signals) s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  return controller.signal;
}

export interface SubscriptionClientOptions {
  /** The GraphQL endpoint as ws:// or wss:// (the same path as HTTP, e.g. ws://localhost:4000/graphql). */
  url: string;
  /** A JWT or API key, sent in connectionParams. */
  token?: string;
  /** A WebSocket implementation outside browsers (e.g. `ws`). */
  webSocketImpl?: unknown;
  /** Reconnection attempts after the connection drops for reasons other than the credential (default 5). */
  retryAttempts?: number;
  /** Also send each document's registered hash (`extensions.documentId`), for servers that run trusted documents only. */
  trustedDocuments?: boolean;
  /**
   * Milliseconds between graphql-ws `ping` messages to the server (default 10 000; 0 = none), so an idle
   * subscription is never cut by a proxy, and a dead connection is noticed and retried.
   */
  keepAliveMs?: number;
}

export interface ConcordSubscriptionClient {
  /**
   * Subscribes with a typed document; yields each event's data until `return()` or dispose. Every failure is a
   * ConcordRequestError: a refused credential is UNAUTHENTICATED and final (never retried), too many sockets
   * is RATE_LIMITED, the server gone for good is SUBSCRIPTION_CLOSED.
   */
  subscribe<TResult, TVariables>(
    document: ConcordDocument<TResult, TVariables>,
    variables?: TVariables,
  ): AsyncIterableIterator<TResult>;
  dispose(): Promise<void>;
}

/** Close codes after which reconnecting cannot help. */
const FINAL_CLOSE: Record<number, ConcordErrorCode> = {
  4400: 'BAD_USER_INPUT',
  4401: 'UNAUTHENTICATED',
  4403: 'UNAUTHENTICATED',
  4420: 'RATE_LIMITED',
};

function closeCode(e: unknown): number | undefined {
  return e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'number'
    ? (e as { code: number }).code
    : undefined;
}

function subscriptionError(e: unknown): ConcordRequestError {
  if (e instanceof ConcordRequestError) return e;
  const code = closeCode(e);
  if (code !== undefined) {
    const reason = (e as { reason?: string }).reason || `closed with ${code}`;
    return new ConcordRequestError(
      [
        {
          message: `Subscription ended: ${reason}`,
          extensions: { code: FINAL_CLOSE[code] ?? 'SUBSCRIPTION_CLOSED', closeCode: code },
        },
      ],
      0,
      undefined,
      null,
      { cause: e },
    );
  }
  if (Array.isArray(e))
    return new ConcordRequestError(
      e as ConcordGraphQLError[],
      200,
      (e[0] as ConcordGraphQLError | undefined)?.extensions?.requestId,
      null,
    );
  return clientError('NETWORK_ERROR', `The subscription socket failed: ${(e as Error)?.message ?? e}`, 0, e);
}

/** Live updates over graphql-ws, filtered by what the token may see. */
export function createSubscriptionClient(options: SubscriptionClientOptions): ConcordSubscriptionClient {
  const client = createWsClient({
    url: options.url,
    webSocketImpl: options.webSocketImpl,
    connectionParams: options.token ? { Authorization: `Bearer ${options.token}` } : {},
    lazy: true,
    keepAlive: options.keepAliveMs ?? 10_000,
    retryAttempts: options.retryAttempts ?? 5,
    // A refused credential (or too many sockets) is final: reconnecting would only be refused again.
    shouldRetry: (e) => !(closeCode(e) !== undefined && closeCode(e)! in FINAL_CLOSE),
  });
  return {
    async *subscribe(document, variables) {
      try {
        const id = options.trustedDocuments ? documentId(document) : undefined;
        const payload = {
          query: documentText(document),
          variables: (variables ?? {}) as Record<string, unknown>,
          ...(id ? { extensions: { documentId: id } } : {}),
        };
        for await (const result of client.iterate(payload)) {
          if (result.errors?.length) {
            const errors = result.errors as unknown as ConcordGraphQLError[];
            throw new ConcordRequestError(errors, 200, errors[0]?.extensions?.requestId, result.data ?? null);
          }
          yield result.data as never;
        }
      } catch (e) {
        throw subscriptionError(e);
      }
    },
    async dispose() {
      await client.dispose();
    },
  };
}
