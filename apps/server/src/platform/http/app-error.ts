// One error type with a stable code (STYLE.md "Errors"): an internal message for logs, a user-safe
// message for the response, and the fields it concerns. One map turns codes into HTTP statuses.

export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_request: 400,
  not_signed_in: 401,
  mfa_required: 401,
  session_expired: 401,
  invalid_credentials: 401,
  invalid_mfa_code: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  /** JSON pointer of the field in the request ('/patient/birthDate'), or a query/param name. */
  field: string;
  /** Stable code for the web app to translate ('required', 'format', 'npi_check_digit', ...). */
  code: string;
  message: string;
}

export interface AppErrorOptions {
  /** Safe to show to the user. Defaults to the internal message for 4xx. */
  detail?: string;
  fields?: FieldProblem[];
  /** Extra machine-readable members of the problem document (missing preconditions, retryAfter). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly fields: FieldProblem[];
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.status = ERROR_STATUS[code];
    this.detail = options.detail ?? message;
    this.fields = options.fields ?? [];
    this.extensions = options.extensions ?? {};
  }
}

export function notFound(what: string): AppError {
  // Same answer whether the record does not exist or is not the caller's to know of.
  return new AppError('not_found', `${what} was not found.`);
}

export function validationFailed(
  fields: FieldProblem[],
  message = 'Some fields are not valid.',
): AppError {
  return new AppError('validation_failed', message, { fields });
}
