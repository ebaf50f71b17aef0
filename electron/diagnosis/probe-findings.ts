// Findings read off individual probes, independent of which path wins: OP25B, STARTTLS problems and
// PREAUTH. Advice to use another port names only encrypted ports seen working on that server. Pure.
import type { Finding } from '../shared/diagnosis-types.js';
import { makeFinding } from './findings.js';
import { workingPath, type ObservedProbe, type WorkingPath } from './ranking.js';
import type { VerdictContext } from './verdict-context.js';

const SUBMISSION_PORTS = [465, 587];

/**
 * OP25B: port 25 silently dropped (timeout, or still unanswered when the verdict was decided) or refused,
 * while 465/587 on the same server answer. A refusal alone could be a server that simply does not listen
 * on 25, so it counts only where 25 must be open: the server is the domain's MX.
 */
export function port25Findings(observed: ObservedProbe[], context: VerdictContext): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const entry of observed) {
    const { plan, result } = entry;
    if (plan.protocol !== 'smtp' || plan.port !== 25 || reported.has(plan.addressKey)) continue;
    const working = observed
      .filter(
        (other) =>
          other.plan.protocol === 'smtp' &&
          other.plan.addressKey === plan.addressKey &&
          SUBMISSION_PORTS.includes(other.plan.port),
      )
      .filter((other) => workingPath(other) !== null || other.result.greeted)
      .map((other) => other.plan.port);
    if (working.length === 0) continue;
    const dropped =
      result.outcome === 'timeout' || (result.outcome === 'not-needed' && entry.unanswered === true);
    const refused = result.outcome === 'refused';
    const isMx = plan.addresses.some((address) => context.mxAddresses.includes(address));
    if (!dropped && !(refused && isMx)) continue;
    reported.add(plan.addressKey);
    findings.push(
      makeFinding('PORT25_BLOCKED', {
        protocol: 'smtp',
        host: plan.host,
        port: 25,
        isp: context.isp?.name,
        ispJa: context.isp?.nameJa,
        workingPorts: [...new Set(working)].sort((a, b) => a - b),
        blockedBy: dropped ? 'drop' : 'reject',
      }),
    );
  }
  return findings;
}

/** Ports of this server and protocol proven to work with TLS; undefined when there are none. */
function encryptedPorts(observed: ObservedProbe[], plan: ObservedProbe['plan']): number[] | undefined {
  const ports = observed
    .filter(
      (other) =>
        other.plan.addressKey === plan.addressKey &&
        other.plan.protocol === plan.protocol &&
        (workingPath(other)?.tier ?? 2) < 2,
    )
    .map((other) => other.plan.port);
  return ports.length > 0 ? [...new Set(ports)].sort((a, b) => a - b) : undefined;
}

export function probeFindings(
  observed: ObservedProbe[],
  context: VerdictContext,
  chosen: Array<WorkingPath | null>,
): Finding[] {
  const findings = port25Findings(observed, context);
  const chosenPaths = chosen.filter((path) => path !== null);
  const chosenAddresses = new Set(chosenPaths.map((path) => path.observed.plan.addressKey));
  // A server recommended without encryption gets one PLAINTEXT_ONLY, not a STARTTLS warning per port.
  const plaintextChosen = new Set(
    chosenPaths.filter((path) => path.tier === 2).map((path) => path.observed.plan.addressKey),
  );
  for (const { plan, result } of observed) {
    const where = {
      protocol: plan.protocol,
      host: plan.host,
      port: plan.port,
      workingPorts: encryptedPorts(observed, plan),
    };
    if (result.errorCode === 'STARTTLS_INJECTION') findings.push(makeFinding('STARTTLS_INJECTION', where));
    if (result.capabilities?.tampered) findings.push(makeFinding('STARTTLS_TAMPERED', where));
    if (result.preauth) findings.push(makeFinding('PREAUTH_CLEARTEXT', where));
    // A missing STARTTLS matters on the server we recommend (or when nothing better exists); one that
    // was stripped on the way is STARTTLS_TAMPERED alone (one fact, one finding).
    if (
      result.errorCode === 'STARTTLS_UNAVAILABLE' &&
      result.greeted &&
      result.capabilities?.tampered !== true &&
      (chosenAddresses.has(plan.addressKey) || chosenAddresses.size === 0) &&
      !plaintextChosen.has(plan.addressKey)
    ) {
      if (!(plan.protocol === 'smtp' && plan.port === 25))
        findings.push(makeFinding('STARTTLS_UNAVAILABLE', where));
    }
  }
  return findings;
}
