// A failed repair call as the codes the UI translates: the API code and, for CLIENT_FAILED, the reason
// the engine gave (one of its client error codes). Never the message text.
import { ApiCallError } from '../../api/client';
import type { jaRepair } from '../../i18n/ja-repair';
import { errorCodeOf, type UiErrorCode } from '../../lib/errors';

export type ClientReason = keyof (typeof jaRepair)['repair']['clientErrors'];

export interface RepairError {
  code: UiErrorCode;
  reason: ClientReason | null;
}

const CLIENT_REASONS: ReadonlySet<string> = new Set<ClientReason>([
  'PROFILE_NOT_FOUND',
  'PREFS_SYNTAX',
  'PROFILE_LOCKED',
  'PROFILE_LOCK_UNKNOWN',
  'ACCOUNT_NOT_FOUND',
  'NOTHING_TO_FIX',
  'PREFS_CHANGED',
  'BACKUP_NOT_FOUND',
  'REGISTRY_UNAVAILABLE',
]);

export function repairErrorOf(error: unknown): RepairError {
  if (error instanceof ApiCallError && error.apiError.code === 'CLIENT_FAILED') {
    const reason = error.apiError.params?.['reason'];
    return {
      code: 'CLIENT_FAILED',
      reason: typeof reason === 'string' && CLIENT_REASONS.has(reason) ? (reason as ClientReason) : null,
    };
  }
  return { code: errorCodeOf(error), reason: null };
}
