// Every bound the probe enforces, in one place, with units in the names. Deadlines are absolute per
// phase (the whole phase must finish in time), not idle timers: a server dribbling one byte a second
// still hits them (docs/probe-safety.md).

export interface ProbeLimits {
  /** A and AAAA look-ups together. */
  dnsTimeoutMs: number;
  /** TCP connect across all addresses (Happy Eyeballs race included). */
  connectTimeoutMs: number;
  /** RFC 8305 "connection attempt delay": head start of one address before the next one is tried. */
  happyEyeballsDelayMs: number;
  /** TLS handshake, implicit or after STARTTLS. */
  tlsHandshakeTimeoutMs: number;
  /** From connect (or TLS) to the complete greeting. */
  greetingTimeoutMs: number;
  /** From sending one command to its complete reply. */
  commandTimeoutMs: number;
  /** Polite QUIT/LOGOUT: we do not wait longer than this for the goodbye. */
  quitTimeoutMs: number;
  /** Hard cap on one probe, whatever the phases add up to. */
  probeTimeoutMs: number;
  /** One reply line, CRLF included (RFC 5321 says 512; real servers exceed it, so generous but finite). */
  maxLineBytes: number;
  /** Lines in one reply (EHLO, CAPA, untagged IMAP responses before the tagged one). */
  maxLinesPerReply: number;
  /** Everything received in one session. */
  maxSessionBytes: number;
  /** Largest IMAP literal ({n}) we accept inside a reply. */
  maxLiteralBytes: number;
  /** Certificates walked in a chain. */
  maxChainLength: number;
}

export const DEFAULT_LIMITS: Readonly<ProbeLimits> = Object.freeze({
  dnsTimeoutMs: 5_000,
  connectTimeoutMs: 10_000,
  happyEyeballsDelayMs: 250,
  tlsHandshakeTimeoutMs: 10_000,
  greetingTimeoutMs: 15_000,
  commandTimeoutMs: 10_000,
  quitTimeoutMs: 2_000,
  probeTimeoutMs: 60_000,
  maxLineBytes: 8 * 1024,
  maxLinesPerReply: 256,
  maxSessionBytes: 256 * 1024,
  maxLiteralBytes: 8 * 1024,
  maxChainLength: 10,
});

/** At most this many login attempts per server per run (full address, then local part): no lockout. */
export const MAX_LOGIN_ATTEMPTS = 2;

/** Concurrent probes to one host by default in the scheduler. */
export const DEFAULT_PER_HOST_LIMIT = 4;

/** Neutral EHLO name: an address literal that reveals nothing about the user's machine (RFC 5321 §4.1.3). */
export const DEFAULT_CLIENT_NAME = '[127.0.0.1]';

export function resolveLimits(overrides: Partial<ProbeLimits> | undefined): ProbeLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
