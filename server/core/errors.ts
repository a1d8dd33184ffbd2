// Domain errors carry one code from Concord's closed set; graphql/errors.ts maps them to GraphQL errors.
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class ConcordError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ConcordError';
  }
}

/** One or more input fields are wrong; `fields` maps the input path to what is wrong with it. */
export class BadInputError extends ConcordError {
  constructor(message: string, fields: Record<string, string>) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}

/**
 * Hidden is the same as missing: every "cannot see it" and every "does not exist" throws exactly this,
 * with the same message, so the two cannot be told apart.
 */
export class NotFoundError extends ConcordError {
  constructor() {
    super(ErrorCode.NOT_FOUND, 'No object with that id exists, or you may not see it.');
  }
}

export class UnauthenticatedError extends ConcordError {
  constructor(message = 'Sign in to do that: send Authorization: Bearer <token>.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends ConcordError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}

export class ConflictError extends ConcordError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class StaleVersionError extends ConflictError {
  constructor(expected: number, actual?: number) {
    super(
      `The object was changed since version ${expected}${actual !== undefined ? `; it is now at version ${actual}` : ''}. Reload and retry.`,
      { expectedVersion: expected, ...(actual !== undefined ? { actualVersion: actual } : {}) },
    );
  }
}

export class InvalidTransitionError extends ConcordError {
  constructor(from: string, action: string, message?: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.INVALID_TRANSITION, message ?? `Cannot ${action} from ${from}.`, { from, action, ...details });
  }
}
