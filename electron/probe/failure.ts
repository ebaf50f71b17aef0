// The one error type the probe throws internally. It carries stable codes only: it is turned into a
// ProbeResult at the top, so no server text, host text or password ever travels in an exception.
import type { ProbeErrorCode, ProbeOutcome, ProbePhase } from '../shared/probe-types.js';

export interface FailureDetails {
  replyCode?: number | null;
  systemCode?: string | null;
  /** Phase override; by default the phase that was running when it was thrown. */
  phase?: ProbePhase;
}

export class ProbeFailure extends Error {
  readonly outcome: ProbeOutcome;
  readonly code: ProbeErrorCode;
  readonly replyCode: number | null;
  readonly systemCode: string | null;
  readonly phase: ProbePhase | undefined;

  constructor(outcome: ProbeOutcome, code: ProbeErrorCode, details: FailureDetails = {}) {
    super(code);
    this.name = 'ProbeFailure';
    this.outcome = outcome;
    this.code = code;
    this.replyCode = details.replyCode ?? null;
    this.systemCode = details.systemCode ?? null;
    this.phase = details.phase;
  }
}

export function protocolError(code: ProbeErrorCode, replyCode: number | null = null): ProbeFailure {
  return new ProbeFailure('protocol-error', code, { replyCode });
}

/** Node system error code (ECONNRESET, ERR_SSL_...), if the value looks like one; never the message. */
export function systemCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code) ? code : null;
}

/** Maps a socket-level error (outside TLS handshake) to an outcome. */
export function socketFailure(error: unknown): ProbeFailure {
  if (error instanceof ProbeFailure) return error;
  const systemCode = systemCodeOf(error);
  switch (systemCode) {
    case 'ECONNRESET':
    case 'EPIPE':
      return new ProbeFailure('reset', 'CONNECTION_RESET', { systemCode });
    case 'ECONNREFUSED':
      return new ProbeFailure('refused', 'CONNECT_REFUSED', { systemCode });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENETDOWN':
    case 'EADDRNOTAVAIL':
      return new ProbeFailure('unreachable', 'HOST_UNREACHABLE', { systemCode });
    case 'ETIMEDOUT':
      return new ProbeFailure('timeout', 'CONNECT_TIMEOUT', { systemCode });
    default:
      return new ProbeFailure('reset', 'CONNECTION_RESET', { systemCode });
  }
}
