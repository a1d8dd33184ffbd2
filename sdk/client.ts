// The Concord SDK client: typed operations over plain fetch.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createWsClient } from 'graphql-ws';

/** The closed set of error codes Concord returns in `extensions.code`. */
export type ConcordErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** One GraphQL error as Concord sends it. */
export interface ConcordGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions: { code: ConcordErrorCode; requestId?: string; fields?: Record<string, string>; [key: string]: unknown };
}

/** Thrown by `execute` when Concord answers with errors; carries every error and its code. */
export class ConcordRequestError extends Error {
  readonly name = 'ConcordRequestError';

  constructor(
    readonly errors: ConcordGraphQLError[],
    readonly status: number,
    readonly requestId: string | undefined,
    /** Whatever data came back alongside the errors (partial results), if any. */
    readonly data: unknown,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }

  /** The code of the first error. */
  get code(): ConcordErrorCode {
    return this.errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  }

  /** Every distinct code. */
  get codes(): ConcordErrorCode[] {
    return [...new Set(this.errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))];
  }
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
}

export interface ExecuteOptions {
  /** Makes a mutation safe to retry: a retry with the same key returns the first result. */
  idempotencyKey?: string;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ConcordClient {
  /**
   * Runs one operation from the SDK's documents (or any typed document) and returns its data, fully typed.
   * Throws ConcordRequestError when Concord answers with errors.
   */
  execute<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
    // NoInfer: the variables' type comes from the document alone, so a wrong variable is a compile error.
    ...rest: {} extends TVariables ? [variables?: NoInfer<TVariables>, options?: ExecuteOptions] : [variables: NoInfer<TVariables>, options?: ExecuteOptions]
  ): Promise<TResult>;
  /** The same client with another token. */
  withToken(token: string | undefined): ConcordClient;
}

/** Creates a client for one Concord endpoint. */
export function createClient(options: ClientOptions): ConcordClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    async execute(document, ...rest) {
      const [variables, opts] = rest as [unknown, ExecuteOptions | undefined];
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers, ...opts?.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (opts?.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
      const response = await doFetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: opts?.signal,
      });
      const requestId = response.headers.get('x-request-id') ?? undefined;
      let body: { data?: unknown; errors?: ConcordGraphQLError[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new ConcordRequestError([{ message: `Concord answered HTTP ${response.status} without JSON.`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }], response.status, requestId, null);
      }
      if (body.errors?.length) throw new ConcordRequestError(body.errors, response.status, requestId, body.data ?? null);
      return body.data as never;
    },
    withToken(token) {
      return createClient({ ...options, token });
    },
  };
}

export interface SubscriptionClientOptions {
  /** The GraphQL endpoint as ws:// or wss:// (the same path as HTTP, e.g. ws://localhost:4000/graphql). */
  url: string;
  /** A JWT or API key, sent in connectionParams. */
  token?: string;
  /** A WebSocket implementation outside browsers (e.g. `ws`). */
  webSocketImpl?: unknown;
}

export interface ConcordSubscriptionClient {
  /** Subscribes with a typed document; each event's data, until `return()` or dispose. */
  subscribe<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string }, variables?: TVariables): AsyncIterableIterator<TResult>;
  dispose(): Promise<void>;
}

/** Live updates over graphql-ws, filtered by what the token may see. */
export function createSubscriptionClient(options: SubscriptionClientOptions): ConcordSubscriptionClient {
  const client = createWsClient({
    url: options.url,
    webSocketImpl: options.webSocketImpl,
    connectionParams: options.token ? { Authorization: `Bearer ${options.token}` } : {},
    lazy: true,
  });
  return {
    async *subscribe(document, variables) {
      for await (const result of client.iterate({ query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> })) {
        if (result.errors?.length) throw new ConcordRequestError(result.errors as unknown as ConcordGraphQLError[], 200, undefined, result.data ?? null);
        yield result.data as never;
      }
    },
    async dispose() {
      await client.dispose();
    },
  };
}
