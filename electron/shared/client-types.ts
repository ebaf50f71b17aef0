// The accounts a mail program already holds, read from its own files (Thunderbird's prefs.js, classic
// Outlook's registry), the difference to the verified settings and the fix. Plain data, safe for IPC
// and JSON; every reason is a stable code with parameters the renderer and the CLI translate.
import type { IncomingProtocol } from './diagnosis-types.js';
import type { ProbeErrorCode, ProbeOutcome, Security } from './probe-types.js';

export type ClientKind = 'thunderbird' | 'outlook';

/** How the program authenticates, in its own terms (Thunderbird's authMethod, Outlook's flags). */
export type ConfiguredAuth =
  'none' | 'password' | 'password-encrypted' | 'oauth2' | 'gssapi' | 'ntlm' | 'tls-certificate' | 'other';

export interface ConfiguredServer {
  host: string;
  port: number;
  security: Security;
  auth: ConfiguredAuth;
  /** Empty or null when the program has none set. */
  username: string | null;
}

export interface ConfiguredIncoming extends ConfiguredServer {
  protocol: IncomingProtocol;
}

export interface ClientAccount {
  client: ClientKind;
  /** Where it was read: the Thunderbird profile directory or the Outlook profile name. */
  source: string;
  /** Stable within the source: Thunderbird's account key (account2), Outlook's account subkey. */
  accountKey: string;
  email: string;
  displayName: string;
  incoming: ConfiguredIncoming | null;
  outgoing: ConfiguredServer | null;
  /** Thunderbird only: the keys behind the account, and the other identities sharing its SMTP server. */
  thunderbird?: {
    serverKey: string;
    identityKey: string;
    smtpKey: string | null;
    /** The outgoing server came from mail.smtp.defaultserver, not from the identity. */
    smtpFromDefault: boolean;
    sharedWith: string[];
  };
}

export type ClientField = 'host' | 'port' | 'security' | 'auth' | 'username';
export type ClientSide = 'incoming' | 'outgoing';

/** Why a field changes: a code and its parameters, never prose. */
export type ChangeReason =
  | { code: 'PORT25_BLOCKED'; isp: string | null }
  | { code: 'CERT_NAME_MISMATCH'; host: string; certName: string | null }
  | { code: 'CERT_UNTRUSTED' | 'CERT_EXPIRED'; host: string }
  | { code: 'HOST_NOT_FOUND'; host: string }
  | { code: 'CONNECT_FAILED'; port: number; outcome: ProbeOutcome; errorCode: ProbeErrorCode | null }
  | { code: 'SECURITY_MISMATCH'; port: number; security: Security }
  | { code: 'NOT_ENCRYPTED' }
  | { code: 'SUBMISSION_NEEDS_AUTH'; port: number }
  | { code: 'LOGIN_FAILED'; username: string | null }
  | { code: 'AUTH_METHOD_NOT_OFFERED'; auth: ConfiguredAuth }
  | { code: 'VERIFIED_SETTING' };

export interface FieldChange {
  side: ClientSide;
  field: ClientField;
  /** The program's own label for the field. */
  label: { ja: string; en: string };
  from: string | number | null;
  to: string | number | null;
  reason: ChangeReason;
}

/** What probing the settings exactly as configured showed, per server. */
export type ConfiguredStatus = 'works' | 'connects' | 'fails' | 'missing';

export interface ConfiguredCheck {
  side: ClientSide;
  status: ConfiguredStatus;
  /** Why it fails (status 'fails'), or why it should change although it works (e.g. NOT_ENCRYPTED). */
  reason: ChangeReason | null;
  outcome: ProbeOutcome | null;
  errorCode: ProbeErrorCode | null;
  /** A login was tried with the password given. */
  loginTried: boolean;
}

export type AccountVerdictCode =
  | 'CURRENT_SETTINGS_WORK'
  | 'CHANGES_NEEDED'
  /** Today's settings fail, but they already are what MailWiz verified (look at the password, …). */
  | 'SETTINGS_MATCH_BUT_FAIL'
  | 'NO_VERIFIED_SETTINGS';

export interface ClientDiagnosis {
  account: ClientAccount;
  verdict: AccountVerdictCode;
  checks: ConfiguredCheck[];
  changes: FieldChange[];
  /** When no setting needs to change: where to look next (stable codes). */
  lookElsewhere: Array<'PASSWORD' | 'MAILBOX_FULL' | 'OFFLINE_MODE'>;
}

export interface ClientFixPreview {
  profileDir: string;
  accountKey: string;
  /** Pref name → new value, exactly what would be written. */
  prefs: Array<{ name: string; from: string | number | boolean | null; to: string | number | boolean }>;
  /** The new outgoing server key when the shared one is cloned for this identity. */
  clonedSmtpKey: string | null;
  /** Changes MailWiz leaves to the program's own dialog (Thunderbird's incoming host and user name). */
  manual: FieldChange[];
}

export interface ClientFixResult extends ClientFixPreview {
  backupPath: string;
}

export type ProfileLockState = 'unlocked' | 'locked' | 'unknown';

export interface ThunderbirdProfileInfo {
  name: string;
  path: string;
  isDefault: boolean;
  lock: ProfileLockState;
}
