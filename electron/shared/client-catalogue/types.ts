// The shape of the mail-program texts shared by the wizard's repair path and `mailwiz check-client` /
// `fix-client`: why a setting must change (one sentence from a ChangeReason) and the program's own words
// for a setting's value.
import type { ChangeReason, ConfiguredAuth } from '../client-types.js';
import type { Security } from '../probe-types.js';

/** A reason's code, or the variant used when an optional parameter is missing. */
export type ReasonKey =
  ChangeReason['code'] | 'PORT25_BLOCKED_NO_ISP' | 'CERT_NAME_MISMATCH_NO_NAME' | 'LOGIN_FAILED_NO_USER';

export interface ClientCatalogue {
  reasons: Record<ReasonKey, string>;
  /** Thunderbird's names for its authentication methods (Outlook shows a tick box instead). */
  auth: Record<ConfiguredAuth, string>;
  /** 接続の保護 / Connection security, as the programs label it. */
  security: Record<Security, string>;
}
