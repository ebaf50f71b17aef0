// Errors cross the process boundary as a stable code plus parameters; the renderer translates them.
export const API_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_EMAIL',
  'INVALID_IDN',
  'INVALID_HOST',
  'UNKNOWN_SENDER',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'SAVE_FAILED',
  'NO_OUTGOING_SERVER',
  'NO_INCOMING_SERVER',
  /** Reading or fixing a mail program's settings failed; params.reason is a ClientErrorCode. */
  'CLIENT_FAILED',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

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
