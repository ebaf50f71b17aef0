// Any failure from an API call becomes a code the UI translates; raw messages are never shown.
import type { ApiErrorCode } from '../../../electron/shared/api-errors';
import { ApiCallError } from '../api/client';

export type UiErrorCode = ApiErrorCode | 'NETWORK';

const KNOWN: ReadonlySet<string> = new Set<UiErrorCode>([
  'INVALID_INPUT',
  'INVALID_EMAIL',
  'INVALID_IDN',
  'UNKNOWN_SENDER',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'CANCELLED',
  'NOT_FOUND',
  'SAVE_FAILED',
  'NO_OUTGOING_SERVER',
  'NO_INCOMING_SERVER',
  'INTERNAL',
  'NETWORK',
]);

export function errorCodeOf(error: unknown): UiErrorCode {
  if (error instanceof ApiCallError) {
    return KNOWN.has(error.apiError.code) ? error.apiError.code : 'INTERNAL';
  }
  // fetch() rejects with a TypeError when the bridge is gone.
  if (error instanceof TypeError) return 'NETWORK';
  return 'INTERNAL';
}
