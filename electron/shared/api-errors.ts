// Errors cross the process boundary as a stable code plus parameters; the renderer translates them.
export type ApiErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_EMAIL'
  | 'INVALID_IDN'
  | 'UNKNOWN_SENDER'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  | 'CANCELLED'
  | 'NOT_FOUND'
  | 'SAVE_FAILED'
  | 'NO_OUTGOING_SERVER'
  | 'NO_INCOMING_SERVER'
  | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  params?: Record<string, string | number | boolean>;
}

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly params: Record<string, string | number | boolean> = {},
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).code === 'string';
}
