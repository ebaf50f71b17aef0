// Runs the planned probes in parallel and stops as soon as the verdict cannot change: once no probe still
// running could beat the best proven path, the rest get a short grace (scaled to the measured connect
// time) and are then cancelled. A port-25 probe still unanswered at
// that point is the OP25B "silently dropped" signature.
import type { DiagnosisEvent, ProbeSummary } from '../shared/diagnosis-types.js';
import type { ProbeErrorCode, ProbeEvent, ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { physicalPort, type DiagnosisConfig } from './config.js';
import type { PlannedProbe, UnresolvedHost } from './plan.js';
import { isDecided, type ObservedProbe } from './ranking.js';

export type ProbeFn = (
  request: ProbeRequest,
  options: { signal: AbortSignal; onEvent: (event: ProbeEvent) => void; probeId: string },
) => Promise<ProbeResult>;

export interface RunProbesDeps {
  probe: ProbeFn;
  config?: DiagnosisConfig | undefined;
  signal: AbortSignal;
  startedAt: number;
  maxGraceMs: number;
  emit: (event: DiagnosisEvent) => void;
  clientName?: string;
}

// Port-25 probes start with the others, so by the time a TLS path is proven (3+ round trips) a refusal
// would long have arrived; the grace only covers jitter and late starters.
const MIN_GRACE_MS = 50;
const GRACE_RTT_FACTOR = 2;

export function summarize(
  id: string,
  plan: Pick<PlannedProbe, 'protocol' | 'host' | 'port' | 'security'>,
  result: ProbeResult,
): ProbeSummary {
  return {
    id,
    protocol: plan.protocol,
    host: plan.host,
    address: result.address,
    port: plan.port,
    security: plan.security,
    result: result.outcome,
    errorCode: result.errorCode,
    ms: Math.round(result.ms.total),
  };
}

const DNS_ERROR_CODES: Record<string, ProbeErrorCode> = { nxdomain: 'DNS_NXDOMAIN', nodata: 'DNS_NODATA' };

/** Published hosts that do not resolve never get a probe; they are still reported as dns-error rows. */
export function unresolvedSummaries(hosts: UnresolvedHost[]): ProbeSummary[] {
  return hosts.map((entry, index) => ({
    id: `${entry.protocol}-dns-${index + 1}`,
    protocol: entry.protocol,
    host: entry.host,
    address: null,
    port: entry.port,
    security: entry.security,
    result: 'dns-error',
    errorCode: DNS_ERROR_CODES[entry.outcome] ?? 'DNS_FAILED',
    ms: entry.ms,
  }));
}

/** One probe with the logical port mapped to the physical one and back; events forwarded. */
export async function runOne(
  plan: PlannedProbe,
  request: Omit<ProbeRequest, 'port'>,
  deps: RunProbesDeps,
  signal: AbortSignal,
): Promise<ProbeResult> {
  const elapsed = () => Date.now() - deps.startedAt;
  const result = await deps.probe(
    { ...request, port: physicalPort(deps.config, plan.host, plan.port) },
    {
      signal,
      probeId: plan.id,
      onEvent: (event) => {
        if (event.type !== 'probe-start') return;
        deps.emit({
          type: 'probe-start',
          id: plan.id,
          protocol: plan.protocol,
          host: plan.host,
          port: plan.port,
          security: plan.security,
          elapsedMs: elapsed(),
        });
      },
    },
  );
  const logical = { ...result, port: plan.port };
  deps.emit({ type: 'probe-done', probe: summarize(plan.id, plan, logical), elapsedMs: elapsed() });
  return logical;
}

export async function runProbes(plans: PlannedProbe[], deps: RunProbesDeps): Promise<ObservedProbe[]> {
  const observed: ObservedProbe[] = [];
  const pending = new Map<string, { plan: PlannedProbe; controller: AbortController }>();
  let graceTimer: NodeJS.Timeout | undefined;
  let decidedAt: number | null = null;

  const cancelPending = (markUnanswered: boolean) => {
    for (const entry of pending.values()) {
      if (markUnanswered) cancelledByGrace.add(entry.plan.id);
      entry.controller.abort();
    }
  };
  const cancelledByGrace = new Set<string>();
  const onAbort = () => cancelPending(false);
  deps.signal.addEventListener('abort', onAbort, { once: true });

  const checkDecided = () => {
    if (decidedAt !== null || pending.size === 0) return;
    const waiting = [...pending.values()].map((entry) => entry.plan);
    if (!isDecided(observed, waiting, 'outgoing') || !isDecided(observed, waiting, 'incoming')) return;
    decidedAt = Date.now();
    const slowestConnect = Math.max(
      0,
      ...observed
        .filter((entry) => entry.result.outcome === 'ok')
        .map((entry) => entry.result.ms.connect ?? 0),
    );
    const grace = Math.min(deps.maxGraceMs, Math.max(MIN_GRACE_MS, GRACE_RTT_FACTOR * slowestConnect));
    graceTimer = setTimeout(() => cancelPending(true), grace);
  };

  await Promise.all(
    plans.map(async (plan) => {
      const controller = new AbortController();
      const entry = { plan, controller };
      pending.set(plan.id, entry);
      if (deps.signal.aborted) controller.abort();
      const request: Omit<ProbeRequest, 'port'> = {
        protocol: plan.protocol,
        host: plan.host,
        security: plan.security,
      };
      if (deps.clientName !== undefined) request.clientName = deps.clientName;
      const result = await runOne(plan, request, deps, controller.signal);
      pending.delete(plan.id);
      const item: ObservedProbe = { plan, result };
      // Cancelled while still waiting for the TCP handshake: no SYN-ACK in several round trips.
      if (cancelledByGrace.has(plan.id) && result.outcome === 'cancelled' && result.failedPhase === 'connect')
        item.unanswered = true;
      observed.push(item);
      checkDecided();
    }),
  );
  clearTimeout(graceTimer);
  deps.signal.removeEventListener('abort', onAbort);
  // Keep the plan's order: stable output whatever the timing.
  const order = new Map(plans.map((plan, index) => [plan.id, index]));
  return observed.sort((a, b) => (order.get(a.plan.id) ?? 0) - (order.get(b.plan.id) ?? 0));
}
