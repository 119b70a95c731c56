/**
 * The error catalogue: every kind of error Kinga answers with, its HTTP status and its stable
 * problem type. docs/errors.md documents each one; a test keeps the two in step.
 */
export const errorKinds = {
  validation: 400,
  'malformed-request': 400,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'account-locked': 401,
  'token-invalid': 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'payload-too-large': 413,
  'precondition-failed': 412,
  'precondition-required': 428,
  unprocessable: 422,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorKind = keyof typeof errorKinds;

export const problemTypePrefix = 'urn:kinga:problem:';

/** One wrong field: `field` is a dotted path into the request body or query (e.g. `lines.2.quantity`). */
export interface FieldError {
  field: string;
  /** A stable code, translated under `errors:field.<code>`. */
  code: string;
  params?: Record<string, string | number>;
  /** Filled in by the error handler in the caller's language. */
  message?: string;
}

/**
 * An error a client can act on. `messageKey` names the translated detail (`errors:detail.<key>`);
 * without one, the kind's generic detail is used.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly messageKey: string | undefined;
  readonly params: Record<string, string | number>;
  readonly errors: FieldError[];

  constructor(kind: ErrorKind, messageKey?: string, params: Record<string, string | number> = {}, errors: FieldError[] = []) {
    super(messageKey ?? kind);
    this.kind = kind;
    this.messageKey = messageKey;
    this.params = params;
    this.errors = errors;
  }

  get status(): number {
    return errorKinds[this.kind];
  }
}

export const notFound = (entity: string) => new AppError('not-found', 'not-found', { entity });
export const forbidden = (right?: number) => new AppError('forbidden', right ? 'missing-right' : undefined, right ? { right } : {});
export const invalidField = (field: string, code: string, params?: Record<string, string | number>) =>
  new AppError('validation', undefined, {}, [{ field, code, ...(params ? { params } : {}) }]);
export const conflictOnField = (field: string, code = 'duplicate', params?: Record<string, string | number>) =>
  new AppError('conflict', 'duplicate', { field }, [{ field, code, ...(params ? { params } : {}) }]);
export const staleVersion = (current: number) => new AppError('precondition-failed', 'stale', { current });
