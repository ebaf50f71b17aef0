// Types of one probe: what to try, what came back. Plain data, safe to send over IPC and into JSON.
// No prose here: every outcome is a stable code the renderer and the CLI translate.

export type MailProtocol = 'smtp' | 'imap' | 'pop3';

/** tls = implicit TLS from the first byte (465/993/995), starttls = upgrade after greeting, none = cleartext. */
export type Security = 'tls' | 'starttls' | 'none';

export type ProbeOutcome =
  | 'ok'
  | 'timeout'
  | 'refused'
  | 'unreachable'
  | 'reset'
  | 'tls-error'
  | 'protocol-error'
  | 'dns-error'
  | 'cancelled'
  /** Stopped because the verdict was already decided; never an alternative. */
  | 'not-needed';

/** Finer-grained reason behind a non-ok outcome (or a notable ok). */
export type ProbeErrorCode =
  | 'DNS_NXDOMAIN'
  | 'DNS_NODATA'
  | 'DNS_FAILED'
  | 'INVALID_HOST'
  | 'CONNECT_REFUSED'
  | 'CONNECT_TIMEOUT'
  | 'HOST_UNREACHABLE'
  | 'CONNECTION_RESET'
  | 'CONNECTION_CLOSED'
  | 'GREETING_TIMEOUT'
  | 'COMMAND_TIMEOUT'
  | 'TLS_TIMEOUT'
  | 'TLS_HANDSHAKE_FAILED'
  | 'TLS_PROTOCOL_UNSUPPORTED'
  | 'STARTTLS_INJECTION'
  | 'STARTTLS_UNAVAILABLE'
  | 'STARTTLS_REFUSED'
  | 'GREETING_REJECTED'
  | 'NOT_A_MAIL_SERVER'
  | 'BAD_REPLY'
  | 'LINE_TOO_LONG'
  | 'REPLY_TOO_LONG'
  | 'SESSION_TOO_LARGE'
  | 'CANCELLED'
  /** Stopped (not-needed) while still waiting for the TCP handshake: no answer within `ms`. */
  | 'NO_ANSWER';

export type ProbePhase =
  'dns' | 'connect' | 'tls' | 'greeting' | 'capabilities' | 'starttls' | 'auth' | 'quit';

export interface ProbeCredentials {
  /** Tried in order, at most two (full address, then local part): never more, so no lockout. */
  usernames: string[];
  password: string;
  /**
   * In-process only (never crosses IPC): the run's say on this login, asked when the session is ready
   * to authenticate. Without it every name above may be tried.
   */
  arbiter?: LoginArbiter;
}

/** What a run allows one login, decided when the login is due (not when the probe starts). */
export interface LoginClaim {
  /** The names this login may try now, in order; none: the password is not sent. */
  readonly usernames: readonly string[];
  /** What the server answered; null with diedInAuth when the login broke off (it may have seen them). */
  settle(report: AuthReport | null, diedInAuth: boolean): void;
}

/** The part of AbortSignal an arbiter needs (this file is also compiled without Node's or DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** May wait (another login on the same server in flight); resolves with no names on abort. */
export type LoginArbiter = (signal: AbortSignalLike) => Promise<LoginClaim>;

export interface ProbeRequest {
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  credentials?: ProbeCredentials;
  /** Explicit per-server consent to send credentials without TLS. Default false. */
  allowPlaintextAuth?: boolean;
  /** Name sent in EHLO; defaults to a neutral literal. */
  clientName?: string;
}

export interface CertificateInfo {
  subjectCN: string | null;
  subjectAltNames: string[];
  issuerCN: string | null;
  issuerO: string | null;
  validFrom: string;
  validTo: string;
  selfSigned: boolean;
  fingerprint256: string;
}

export interface TlsFacts {
  protocol: string | null;
  cipher: string | null;
  /** Chain verifies against the system store plus NODE_EXTRA_CA_CERTS (host name not considered). */
  trusted: boolean;
  /** Node/OpenSSL code when not trusted, e.g. CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT. */
  trustError: string | null;
  /** RFC 6125 name check against the host we connected to. */
  hostnameMatches: boolean;
  expired: boolean;
  notYetValid: boolean;
  /** Leaf first. */
  chain: CertificateInfo[];
}

export interface Capabilities {
  /** Capability / EHLO keywords as the server sent them after TLS (if TLS was used). Uppercased. */
  names: string[];
  starttls: boolean;
  authMechanisms: string[];
  /** STARTTLS replaced by junk such as XXXXXXXA (middlebox) seen before TLS. */
  tampered: boolean;
  /** IMAP LOGINDISABLED, or no way to log in offered. */
  loginDisabled: boolean;
  size: number | null;
  eightBitMime: boolean;
  pipelining: boolean;
}

export type AuthOutcome =
  | 'ok'
  | 'failed'
  | 'basic-auth-disabled'
  | 'mechanism-too-weak'
  | 'encryption-required'
  | 'auth-required'
  | 'temporary-failure'
  | 'no-mechanism'
  | 'refused-plaintext'
  | 'error';

export interface AuthAttempt {
  username: string;
  mechanism: string;
  outcome: AuthOutcome;
  /** Reply code (SMTP) or status (IMAP NO/BAD, POP3 -ERR) without server text. */
  reply: string | null;
}

export interface AuthReport {
  outcome: AuthOutcome;
  /** The user name that worked, if any. */
  username: string | null;
  attempts: AuthAttempt[];
}

export type PhaseTimings = Partial<Record<ProbePhase, number>> & { total: number };

export interface ProbeResult {
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  outcome: ProbeOutcome;
  errorCode: ProbeErrorCode | null;
  /** Phase in which the probe stopped on failure. */
  failedPhase: ProbePhase | null;
  /** Numeric reply code that caused a protocol failure, e.g. 454 to STARTTLS. */
  replyCode: number | null;
  /** TLS/system error name (e.g. ERR_SSL_WRONG_VERSION_NUMBER, ECONNREFUSED), never free text. */
  systemCode: string | null;
  address: string | null;
  family: 4 | 6 | null;
  /** IMAP PREAUTH greeting over cleartext, STARTTLS skipped. */
  preauth: boolean;
  /** The server said hello as a mail server of this protocol. */
  greeted: boolean;
  capabilities: Capabilities | null;
  tls: TlsFacts | null;
  auth: AuthReport | null;
  ms: PhaseTimings;
}

export type ProbeEvent =
  | { type: 'probe-start'; probeId: string; request: Omit<ProbeRequest, 'credentials'> }
  | { type: 'probe-phase'; probeId: string; phase: ProbePhase; elapsedMs: number }
  | { type: 'probe-done'; probeId: string; result: ProbeResult };
