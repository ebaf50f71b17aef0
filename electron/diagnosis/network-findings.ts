// Why nothing (or one direction) was found, named for what the probes saw, never guessed: the domain
// has no mail server (NO_MAIL_HOST, only on a DNS answer saying so), DNS did not answer
// (DNS_UNREACHABLE), servers took the connection and then said nothing (SERVERS_UNRESPONSIVE), every mail
// port was silent or refused while the host answered on the web (MAIL_PORTS_BLOCKED), or the host answered
// on nothing (SERVER_UNREACHABLE). A cancelled run claims none of these. Pure.
import type { Finding } from '../shared/diagnosis-types.js';
import type { ProbeResult } from '../shared/probe-types.js';
import { makeFinding } from './findings.js';
import type { ObservedProbe, WorkingPath } from './ranking.js';

/** The one control connection to the web ports of the first candidate (see control-connection.ts). */
export interface ControlAnswer {
  host: string;
  /** The port that completed a TCP handshake, or null when neither 443 nor 80 did. */
  answeredPort: 443 | 80 | null;
}

export interface AbsenceContext {
  email: { domain: string };
  cancelled: boolean;
  /** MX and A/AAAA of the domain timed out or failed (SERVFAIL, REFUSED): no answer, not "no domain". */
  dnsUnreachable?: boolean;
  control?: ControlAnswer | null;
}

const SILENT_PHASES = new Set(['tls', 'greeting', 'capabilities', 'starttls']);

/** TCP connected, then no greeting or TLS within the deadlines (or before the run's own deadline). */
export function connectedButSilent(result: ProbeResult): boolean {
  const stopped = result.outcome === 'timeout' || result.outcome === 'cancelled';
  return stopped && result.failedPhase !== null && SILENT_PHASES.has(result.failedPhase);
}

/** Nothing answered the TCP handshake (dropped, refused, no route). */
function noHandshake(result: ProbeResult): boolean {
  if (result.failedPhase !== 'connect' && result.failedPhase !== null) return false;
  return ['timeout', 'refused', 'unreachable', 'not-needed'].includes(result.outcome);
}

/** Whether the control connection can decide anything: probes ran and none got past the handshake. */
export function needsControlConnection(observed: ObservedProbe[], cancelled: boolean): boolean {
  return !cancelled && observed.length > 0 && observed.every((entry) => noHandshake(entry.result));
}

const sortedUnique = <T>(values: T[]): T[] => [...new Set(values)].sort();

function nothingFound(observed: ObservedProbe[], context: AbsenceContext): Finding[] {
  const domain = context.email.domain;
  if (observed.length === 0)
    return [makeFinding(context.dnsUnreachable === true ? 'DNS_UNREACHABLE' : 'NO_MAIL_HOST', { domain })];
  const silent = observed.filter((entry) => connectedButSilent(entry.result));
  if (silent.length > 0 && !observed.some((entry) => entry.result.greeted))
    return [
      makeFinding('SERVERS_UNRESPONSIVE', {
        host: silent[0]!.plan.host,
        endpoints: sortedUnique(silent.map(({ plan }) => `${plan.host}:${plan.port}`)),
      }),
    ];
  const control = context.control;
  if (control && observed.every((entry) => noHandshake(entry.result))) {
    const ports = [...new Set(observed.map((entry) => entry.plan.port))].sort((a, b) => a - b);
    return control.answeredPort === null
      ? [makeFinding('SERVER_UNREACHABLE', { host: control.host, ports })]
      : [makeFinding('MAIL_PORTS_BLOCKED', { host: control.host, ports, controlPort: control.answeredPort })];
  }
  return [makeFinding('NO_OUTGOING_FOUND'), makeFinding('NO_INCOMING_FOUND')];
}

export function absenceFindings(
  observed: ObservedProbe[],
  context: AbsenceContext,
  best: { outgoing: WorkingPath | null; incoming: WorkingPath | null },
): Finding[] {
  // What a cancelled run did not reach is unknown, not absent.
  if (context.cancelled) return [];
  if (best.outgoing === null && best.incoming === null) return nothingFound(observed, context);
  return [
    ...(best.outgoing === null ? [makeFinding('NO_OUTGOING_FOUND')] : []),
    ...(best.incoming === null ? [makeFinding('NO_INCOMING_FOUND')] : []),
  ];
}

/** Codes that say the network or the servers, not the domain or the password, stopped the check. */
export const NETWORK_CODES: ReadonlySet<Finding['code']> = new Set([
  'DNS_UNREACHABLE',
  'MAIL_PORTS_BLOCKED',
  'SERVER_UNREACHABLE',
  'SERVERS_UNRESPONSIVE',
]);
