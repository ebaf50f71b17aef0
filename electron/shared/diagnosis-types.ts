// The diagnosis contract: request, streamed events and the verdict. The JSON printed by
// `mailwiz diagnose --json` is exactly DiagnosisResult, so the CLI, the wizard and the exports agree.
import type { Lang } from './languages.js';
import type { MailProtocol, ProbeErrorCode, ProbeOutcome, Security } from './probe-types.js';

/** 'password-encrypted': a challenge mechanism such as CRAM-MD5, distinct from a cleartext password. */
export type AuthKind = 'password' | 'password-encrypted' | 'oauth2' | 'none';

/**
 * What happened to the password on this server: ok = it logged in (the only state that makes a setting
 * `verified`), failed = the server refused it, not-tried = no password given or no safe way to send it,
 * withheld = the password was kept from a host outside the trust rule (CREDENTIALS_WITHHELD says why).
 */
export const LOGIN_STATES = ['ok', 'failed', 'not-tried', 'withheld'] as const;
export type LoginState = (typeof LOGIN_STATES)[number];

/**
 * One word for the whole run, which decides the headline everywhere: ok = both directions found and
 * (with a password) logged in; partial = something usable, but not everything; login-failed = the
 * servers were found and refused the password; not-found = no mail server for the domain; network = this
 * network or the servers did not answer (DNS, blocked ports, silent servers); cancelled = stopped early.
 */
export const DIAGNOSIS_STATUSES = [
  'ok',
  'partial',
  'login-failed',
  'not-found',
  'network',
  'cancelled',
] as const;
export type DiagnosisStatus = (typeof DIAGNOSIS_STATUSES)[number];
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
  /**
   * Only with `login: 'failed'` when this login was never sent: the same server (same addresses)
   * refused this password on that protocol and the run's attempts there were spent.
   */
  loginRefusedOn?: MailProtocol;
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
  | 'ISP_HIDDEN_BY_LINE'
  | 'DOMAIN_REGISTRAR_DEFAULT_NS'
  | 'CANCELLED'
  | 'DNS_UNREACHABLE'
  | 'MAIL_PORTS_BLOCKED'
  | 'SERVER_UNREACHABLE'
  | 'SERVERS_UNRESPONSIVE'
  | 'CREDENTIALS_WITHHELD'
  | 'TEST_MESSAGE_DELIVERED'
  | 'TEST_MESSAGE_FAILED'
  | 'CREDENTIALS_WITHHELD';

/**
 * Why a host whose name the trust rule does not cover is a candidate (diagnosis/trust.ts): an SRV
 * record, a plain-HTTP autoconfig file, the autoconfig of the MX's domain, or the name in a server's
 * certificate.
 */
export type UntrustedSource = 'srv' | 'autoconfig-http' | 'autoconfig-mx' | 'certificate' | 'guess';

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
  tlsVersion?: string;
  certNames?: string[];
  validTo?: string;
  noteKey?: string;
  workingPorts?: number[];
  blockedBy?: 'drop' | 'reject';
  /** CREDENTIALS_WITHHELD: why the host is a candidate. */
  source?: UntrustedSource;
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

/** How a provider was recognised: the mailbox domain, the MX, the name servers, the reverse name of the
 * mail address, a certificate's name, a server name, or the user's own choice. */
export type RecognitionMethod = 'domain' | 'mx' | 'ns' | 'ptr' | 'certificate' | 'host' | 'user';

/** weak: the clue also fits other cases (name servers only, a rule no source confirmed): a guess. */
export type Confidence = 'strong' | 'weak';

export interface NamedSource {
  /** Display name, e.g. "OCN" or "Xserver"; a provider id when known. */
  name: string;
  id?: string;
  /** How we know. */
  source: NamedSourceKind;
  /** Set when the built-in knowledge recognised it. */
  recognisedBy?: RecognitionMethod;
  /** Absent means strong (older results). The wizard words a weak match as a guess. */
  confidence?: Confidence;
  /** The reverse name is an IPv4-over-IPv6 line operator's: the ISP itself cannot be told. */
  lineType?: 'ipv4-over-ipv6';
}

/**
 * How a provider was recognised: the reverse DNS of the public address (ISP); for a hosting the mailbox
 * domain, its MX, the reverse name of the MX's address ('mx-ptr'), a server certificate, a server name
 * or its NS; or the user's own choice.
 */
export const NAMED_SOURCE_KINDS = [
  'ptr',
  'domain',
  'mx',
  'mx-ptr',
  'certificate',
  'host',
  'ns',
  'user',
] as const;

export type NamedSourceKind = (typeof NAMED_SOURCE_KINDS)[number];

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
  /**
   * Host names (lower-case) the person consented to give the password although the trust rule does not
   * cover them (diagnosis/trust.ts); without consent such a login is withheld (CREDENTIALS_WITHHELD).
   */
  trustedHosts?: string[];
  /** Only when the user asks: send a message to themselves and look for it. */
  sendTestMessage?: boolean;
  lang?: Lang;
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

/** A result with nothing found: the base of the CLI's error output and of test fixtures. */
export function emptyDiagnosisResult(email: string): DiagnosisResult {
  return {
    email,
    status: 'not-found',
    outgoing: null,
    incoming: null,
    alternatives: [],
    findings: [],
    probes: [],
    isp: null,
    hosting: null,
    elapsedMs: 0,
  };
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
  /** Extra answers the detected hosting needs (e.g. Xserver needs the sv number). */
  needs: HostingNeed[];
}

/** Extra answers a hosting needs before its server names are known (Xserver: the sv number). */
export const HOSTING_NEEDS = ['hostNumber'] as const;

export type HostingNeed = (typeof HOSTING_NEEDS)[number];

export interface ProviderOption {
  id: string;
  name: string;
  nameJa: string;
  /** What the wizard must ask before this provider's servers are known (empty for most). */
  needs: HostingNeed[];
  /** The login is a name the provider issued (not the address): the provider note key saying where. */
  loginNameHint?: string;
  /** Outside Japan: listed after the Japanese providers, under 海外. */
  overseas: boolean;
}
