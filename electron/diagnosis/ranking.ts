// Which proven path is best, as a pure ordering (RFC 8314): TLS with a good certificate, then TLS with a
// certificate problem, then cleartext — never cleartext while a TLS path works. Within a tier, implicit
// TLS beats STARTTLS, IMAP beats POP3, and a published source beats a guess.
import { SOURCE_STRENGTH, type CandidateSource } from '../discovery/candidate.js';
import type { ProbeResult, Security } from '../shared/probe-types.js';
import type { PlannedProbe } from './plan.js';

export interface ObservedProbe {
  plan: PlannedProbe;
  result: ProbeResult;
  /** Still unanswered (connect pending) when the verdict was decided, then cancelled. */
  unanswered?: boolean;
  /** The host this probe replaced because the certificate named this one (same address). */
  fixedFrom?: string;
}

export type CertProblem = 'expired' | 'self-signed' | 'untrusted' | 'name';

export interface WorkingPath {
  observed: ObservedProbe;
  /** Effective security: 'none' when STARTTLS was planned but the server does not offer it. */
  security: Security;
  /** 0 = TLS, good certificate; 1 = TLS, certificate problem; 2 = cleartext. */
  tier: 0 | 1 | 2;
  certProblem: CertProblem | null;
}

export function certProblemOf(result: ProbeResult): CertProblem | null {
  const tls = result.tls;
  if (tls === null) return 'untrusted';
  if (tls.expired || tls.trustError === 'CERT_HAS_EXPIRED') return 'expired';
  if (!tls.trusted) {
    const selfSigned = tls.chain[0]?.selfSigned === true || /SELF_SIGNED/.test(tls.trustError ?? '');
    return selfSigned ? 'self-signed' : 'untrusted';
  }
  return tls.hostnameMatches ? null : 'name';
}

export function workingPath(observed: ObservedProbe): WorkingPath | null {
  const { result, plan } = observed;
  // STARTTLS replaced by junk means something on the way rewrites the dialogue: a cleartext path
  // through it is an attack surface, never a setting to recommend (STARTTLS_TAMPERED says why).
  const tampered = result.capabilities?.tampered === true;
  if (result.outcome === 'ok' && result.greeted) {
    if (plan.security === 'none')
      return tampered ? null : { observed, security: 'none', tier: 2, certProblem: null };
    const certProblem = certProblemOf(result);
    return { observed, security: plan.security, tier: certProblem === null ? 0 : 1, certProblem };
  }
  // The server answered but offers no STARTTLS: a cleartext path exists (and is reported as such).
  if (result.errorCode === 'STARTTLS_UNAVAILABLE' && result.greeted && !result.preauth && !tampered) {
    return { observed, security: 'none', tier: 2, certProblem: null };
  }
  return null;
}

const SECURITY_RANK: Record<Security, number> = { tls: 0, starttls: 1, none: 2 };
const SMTP_PORT_RANK: Record<number, number> = { 465: 0, 587: 1, 25: 3 };

/** Sort key, lower is better; also used optimistically for probes still running. */
export function pathKey(
  plan: Pick<PlannedProbe, 'protocol' | 'port' | 'source'>,
  tier: number,
  security: Security,
): number[] {
  const protocolRank = plan.protocol === 'pop3' ? 1 : 0;
  const portRank = plan.protocol === 'smtp' ? (SMTP_PORT_RANK[plan.port] ?? 2) : 0;
  return [tier, protocolRank, SECURITY_RANK[security], portRank, SOURCE_STRENGTH[plan.source]];
}

export function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export type Direction = 'outgoing' | 'incoming';

export function directionOf(plan: { protocol: string }): Direction {
  return plan.protocol === 'smtp' ? 'outgoing' : 'incoming';
}

export function rankPaths(observed: ObservedProbe[], direction: Direction): WorkingPath[] {
  return observed
    .filter((entry) => directionOf(entry.plan) === direction)
    .map(workingPath)
    .filter((path): path is WorkingPath => path !== null)
    .sort((a, b) =>
      compareKeys(pathKey(a.observed.plan, a.tier, a.security), pathKey(b.observed.plan, b.tier, b.security)),
    );
}

/**
 * True when nothing still open could beat the best proven path of this direction, even if it succeeded
 * perfectly: the engine can stop waiting for it (a dropped port 25 no longer holds the verdict). Open
 * things are probes still running and discovery sources still due (or still being planned): their best
 * case is implicit TLS with a good certificate from that source. `order` breaks ties
 * the way the final ranking does (earlier planned first), so the best seen now stays the one chosen.
 */
export function isSettled(
  observed: ObservedProbe[],
  pending: PlannedProbe[],
  dueSources: CandidateSource[],
  direction: Direction,
  order: (plan: PlannedProbe) => number = () => 0,
): boolean {
  const best = rankPaths(observed, direction)[0];
  const waiting = pending.filter((plan) => directionOf(plan) === direction);
  if (best === undefined) return waiting.length === 0 && dueSources.length === 0;
  const bestKey = pathKey(best.observed.plan, best.tier, best.security);
  const bestOrder = order(best.observed.plan);
  const probesCannotBeat = waiting.every((plan) => {
    const diff = compareKeys(pathKey(plan, 0, plan.security), bestKey);
    return diff > 0 || (diff === 0 && order(plan) >= bestOrder);
  });
  return (
    probesCannotBeat &&
    dueSources.every((source) => compareKeys(pathKey(bestCase(direction, source), 0, 'tls'), bestKey) >= 0)
  );
}

function bestCase(direction: Direction, source: CandidateSource) {
  return direction === 'outgoing'
    ? { protocol: 'smtp' as const, port: 465, source }
    : { protocol: 'imap' as const, port: 993, source };
}

/** isSettled with no discovery source still due. */
export function isDecided(observed: ObservedProbe[], pending: PlannedProbe[], direction: Direction): boolean {
  return isSettled(observed, pending, [], direction);
}
