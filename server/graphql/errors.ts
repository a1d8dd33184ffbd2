// The one mapper from anything thrown to a GraphQL error with a code from Concord's closed set.
// Unknown errors are masked: the client gets INTERNAL_SERVER_ERROR and the request id, the log gets the rest.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ConcordError, ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';
import { requestScope } from '../core/request-scope';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);
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

/** SQLSTATEs that mean the client sent something PostgreSQL cannot take (bad text, bad number, bad date). */
const CLIENT_SQLSTATES = new Set(['22021', '22P02', '22P05', '22003', '22007', '22008', '22001', '54000']);
/** SQLSTATEs and pool failures that mean "try again shortly": a deadline passed, or the database is busy. */
const RETRYABLE_SQLSTATES = new Set(['57014', '55P03', '40001', '40P01', '53300', '57P03']);

/** Seconds a client should wait before retrying a request that hit a deadline. */
export const RETRY_AFTER_SECONDS = 1;

/** Classifies database failures: a client mistake, a deadline or busy database (retryable), or neither. */
export function classifyDatabaseError(e: unknown): 'client' | 'retryable' | undefined {
  if (!(e instanceof Error)) return undefined;
  const code =
    (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
  if (code && CLIENT_SQLSTATES.has(code)) return 'client';
  if (code && RETRYABLE_SQLSTATES.has(code)) return 'retryable';
  if (/timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|connection timeout/i.test(e.message))
    return 'retryable';
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'].includes(code)) return 'retryable';
  return undefined;
}

/** An error for the log: name, message, stack and SQLSTATE, never the SQL parameters (they may hold secrets). */
function loggable(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const code =
    (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
  return { type: e.name, message: e.message.slice(0, 500), stack: e.stack, ...(code ? { code } : {}) };
}

export function statusFor(code: string): number | undefined {
  if (code === ErrorCode.UNAUTHENTICATED) return 401;
  if (code === ErrorCode.RATE_LIMITED) return 429;
  return undefined;
}

export function createErrorFormatter(log: Logger, opts: { fieldSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const requestId = (formatted.extensions?.requestId as string | undefined) ?? requestScope.getStore()?.requestId;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof ConcordError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as unknown as ValidationError[]);
      return {
        ...base,
        message:
          'Invalid input: ' +
          Object.entries(fields)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; '),
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    const db = classifyDatabaseError(original);
    if (db === 'client') {
      // The client's mistake: a clear code, no SQL, and not an error-level log line.
      log.debug(
        {
          requestId,
          path: formatted.path,
          sqlstate: (original as { driverError?: { code?: string } }).driverError?.code,
        },
        'database rejected client input',
      );
      return {
        ...base,
        message: 'An argument holds a value the database cannot store (bad text, number or date).',
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (db === 'retryable') {
      log.warn(
        { requestId, path: formatted.path, reason: (original as Error).message.slice(0, 200) },
        'request hit a database deadline',
      );
      return {
        message: 'The request ran out of time waiting for the database; retry shortly.',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, retryable: true, retryAfter: RETRY_AFTER_SECONDS },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    // Keep what helps the client (limit, max, fields, ...), drop transport and debugging details.
    const {
      stacktrace: _s,
      exception: _e,
      http: _h,
      ...rest
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (CLIENT_CODES.has(code)) {
      const message = opts.fieldSuggestions ? formatted.message : formatted.message.replace(/ ?Did you mean .+\?$/, '');
      return { ...base, message, extensions: { ...rest, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (CLOSED_SET.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, extensions: { ...rest, code } };
    }
    if (code === ErrorCode.INTERNAL_SERVER_ERROR && rest.retryable === true) {
      // Already worded for the client by Concord (a deadline before the request ran): keep the retry hint.
      return { ...base, extensions: { code, retryable: true, retryAfter: rest.retryAfter ?? RETRY_AFTER_SECONDS } };
    }
    log.error({ err: loggable(original), requestId, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error. Quote the request id when reporting it.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A GraphQL error with a closed-set code, for the HTTP layer and plugins. */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  status?: number,
) {
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}
