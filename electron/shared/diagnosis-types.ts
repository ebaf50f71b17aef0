// The diagnosis contract: request, streamed events and the verdict. The JSON printed by
// `mailwiz diagnose --json` is exactly DiagnosisResult, so the CLI, the wizard and the exports agree.
import type { MailProtocol, ProbeErrorCode, ProbeOutcome, Security } from './probe-types.js';

export type AuthKind = 'password' | 'oauth2' | 'none';

/**
 * What happened to the password on this server: ok = it logged in (the only state that makes a setting
 * `verified`), failed = the server refused it, not-tried = no password given or no safe way to send it,
 * withheld = the password was kept from a host outside the trust rule (CREDENTIALS_WITHHELD says why).
 */
export type LoginState = 'ok' | 'failed' | 'not-tried' | 'withheld';

/**
 * One word for the whole run, which decides the headline everywhere: ok = both directions found and
 * (with a password) logged in; partial = something usable, but not everything; login-failed = the
 * servers were found and refused the password; not-found = no mail server for the domain; network = this
 * network or the servers did not answer (DNS, blocked ports, silent servers); cancelled = stopped early.
 */
export type DiagnosisStatus = 'ok' | 'partial' | 'login-failed' | 'not-found' | 'network' | 'cancelled';
export type IncomingProtocol = 'imap' | 'pop3';

export interface OutgoingSetting {
  host: string;
  port: number;
  security: Security;
  auth: AuthKind;
  username: string | null;
  /** Logged in over TLS with a trusted certificate for this name: `login === 'ok'`. */
  verified: boolean;
  login: LoginState;
}

export interface IncomingSetting extends OutgoingSetting {
  protocol: IncomingProtocol;
}

export type ServerSetting = OutgoingSetting & { protocol: MailProtocol };

export type FindingCode =
  | 'PORT25_BLOCKED'
  | 'CERT_UNTRUSTED'
  | 'CERT_EXPIRED'
  | 'CERT_SELF_SIGNED'
  | 'CERT_NAME_MISMATCH'
  | 'STARTTLS_UNAVAILABLE'
  | 'STARTTLS_TAMPERED'
  | 'STARTTLS_INJECTION'
  | 'PLAINTEXT_ONLY'
  | 'PREAUTH_CLEARTEXT'
  | 'AUTH_OK'
  | 'AUTH_FAILED'
  | 'AUTH_USERNAME_LOCALPART'
  | 'AUTH_BASIC_DISABLED'
  | 'OAUTH_REQUIRED'
  | 'APP_PASSWORD_POSSIBLE'
  | 'NO_MAIL_HOST'
  | 'NO_INCOMING_FOUND'
  | 'NO_OUTGOING_FOUND'
  | 'TLS_OUTDATED'
  | 'PROVIDER_NOTE'
  | 'HOST_HINT_NEEDED'
  | 'SRV_TARGET_OUTSIDE_DOMAIN'
  | 'DISCOVERY_PARTIAL'
  | 'CANCELLED'
  | 'DNS_UNREACHABLE'
  | 'MAIL_PORTS_BLOCKED'
  | 'SERVER_UNREACHABLE'
  | 'SERVERS_UNRESPONSIVE'
  | 'CREDENTIALS_WITHHELD'
  | 'TEST_MESSAGE_DELIVERED'
  | 'TEST_MESSAGE_FAILED';

export type Severity = 'info' | 'warning' | 'error';

/** Parameters a finding may carry; the renderer interpolates them into translated text. */
export interface FindingParams {
  protocol?: MailProtocol;
  /** Every protocol the fact holds for (one finding per fact, not per protocol). */
  protocols?: MailProtocol[];
  host?: string;
  port?: number;
  security?: Security;
  suggestedHost?: string;
  isp?: string;
  /** The ISP's and provider's Japanese names, for the Japanese texts. */
  ispJa?: string;
  provider?: string;
  providerJa?: string;
  username?: string;
  /** The email domain the check was about. */
  domain?: string;
  /** Ports a network fact is about, e.g. the mail ports that timed out. */
  ports?: number[];
  /** host:port of servers that connected but never answered. */
  endpoints?: string[];
  /** TCP port (443 or 80) that answered on the same host while the mail ports did not. */
  controlPort?: number;
  /** How a host came to be a candidate (CREDENTIALS_WITHHELD), e.g. 'srv' or 'autoconfig'. */
  source?: string;
  tlsVersion?: string;
  certNames?: string[];
  validTo?: string;
  noteKey?: string;
  workingPorts?: number[];
  blockedBy?: 'drop' | 'reject';
}

export type Finding = { code: FindingCode; severity: Severity; message: string } & FindingParams;

export interface ProbeSummary {
  id: string;
  protocol: MailProtocol;
  host: string;
  address: string | null;
  port: number;
  security: Security;
  result: ProbeOutcome;
  errorCode: ProbeErrorCode | null;
  ms: number;
}

export interface NamedSource {
  /** Display name, e.g. "OCN" or "Xserver"; a provider id when known. */
  name: string;
  id?: string;
  /** How we know: 'ptr' | 'mx' | 'ns' | 'user' | 'autoconfig' | 'provider-db' | ... */
  source: string;
}

export interface DiagnosisHints {
  /** Provider id from the built-in list, or null for "don't know". */
  isp?: string | null;
  hosting?: string | null;
  /** A server name the provider gave to the user. */
  serverHost?: string;
  /** For hosts that need it, e.g. Xserver's sv1234 number. */
  hostNumber?: string;
}

export interface DiagnosisRequest {
  email: string;
  password?: string;
  username?: string;
  timeoutMs?: number;
  /** Learn the public IPv4 and its reverse DNS to name the access ISP. */
  publicIpLookup?: boolean;
  hints?: DiagnosisHints;
  /** Hosts (lower-case) the user explicitly allowed to receive a password without TLS. */
  allowPlaintextAuthHosts?: string[];
  /** Only when the user asks: send a message to themselves and look for it. */
  sendTestMessage?: boolean;
  lang?: 'ja' | 'en';
}

export interface DiagnosisResult {
  email: string;
  status: DiagnosisStatus;
  outgoing: OutgoingSetting | null;
  incoming: IncomingSetting | null;
  alternatives: ServerSetting[];
  findings: Finding[];
  probes: ProbeSummary[];
  isp: NamedSource | null;
  hosting: NamedSource | null;
  elapsedMs: number;
}

export type DiagnosisStage = 'validating' | 'discovery' | 'probing' | 'verifying' | 'done';

export type DiagnosisEvent =
  | { type: 'stage'; stage: DiagnosisStage; elapsedMs: number }
  | { type: 'discovery'; source: string; ok: boolean; found: number; elapsedMs: number }
  | { type: 'context'; isp: NamedSource | null; hosting: NamedSource | null }
  | {
      type: 'probe-start';
      id: string;
      protocol: MailProtocol;
      host: string;
      port: number;
      security: Security;
      elapsedMs: number;
    }
  | { type: 'probe-done'; probe: ProbeSummary; elapsedMs: number }
  | { type: 'finding'; finding: Finding }
  | { type: 'verdict'; outgoing: OutgoingSetting | null; incoming: IncomingSetting | null };

/** What step 3 of the wizard shows before the diagnosis: who we think the ISP and host are. */
export interface ContextGuess {
  domain: string;
  isp: NamedSource | null;
  hosting: NamedSource | null;
  /** Hosting ids that need an extra answer (e.g. 'xserver' needs the sv number). */
  needs: Array<'hostNumber'>;
}

export interface ProviderOption {
  id: string;
  name: string;
  nameJa: string;
  /** Outside Japan: listed after the Japanese providers, under 海外. */
  overseas: boolean;
}
