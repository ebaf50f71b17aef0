// Failures of reading or fixing a mail program's settings, as stable codes with parameters (the CLI and
// the renderer translate them; no prose, no paths in messages beyond the parameters).
export type ClientErrorCode =
  | 'PROFILE_NOT_FOUND'
  | 'PREFS_SYNTAX'
  | 'PROFILE_LOCKED'
  | 'PROFILE_LOCK_UNKNOWN'
  | 'ACCOUNT_NOT_FOUND'
  | 'NOTHING_TO_FIX'
  | 'PREFS_CHANGED'
  | 'BACKUP_NOT_FOUND'
  | 'REGISTRY_UNAVAILABLE';

export class ClientError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'ClientError';
  }
}
