// The one mapper from anything thrown to a GraphQL error with a code from Concord's closed set.
// Unknown errors are masked: the client gets INTERNAL_SERVER_ERROR and the request id, the log gets the rest.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ConcordError, ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);
const CLOSED_SET = new Set(Object.values(ErrorCode) as string[]);

function flatten(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out[path] = Object.values(e.constraints).join('; ');
    if (e.children?.length) Object.assign(out, flatten(e.children, path));
  }
  return out;
}

function unwrap(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

export function statusFor(code: string): number | undefined {
  if (code === ErrorCode.UNAUTHENTICATED) return 401;
  if (code === ErrorCode.RATE_LIMITED) return 429;
  return undefined;
}

export function createErrorFormatter(log: Logger, opts: { fieldSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const requestId = (formatted.extensions?.requestId as string | undefined) ?? undefined;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof ConcordError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as unknown as ValidationError[]);
      return { ...base, message: 'Invalid input: ' + Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('; '), extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
    }
    const code = String(formatted.extensions?.code ?? '');
    // Keep what helps the client (limit, max, fields, ...), drop transport and debugging details.
    const { stacktrace: _s, exception: _e, http: _h, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (CLIENT_CODES.has(code)) {
      const message = opts.fieldSuggestions ? formatted.message : formatted.message.replace(/ ?Did you mean .+\?$/, '');
      return { ...base, message, extensions: { ...rest, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (CLOSED_SET.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, extensions: { ...rest, code } };
    }
    log.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error. Quote the request id when reporting it.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/** A GraphQL error with a closed-set code, for the HTTP layer and plugins. */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status?: number) {
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}
