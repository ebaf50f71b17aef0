// One probe of the diagnosis (logical port mapped to the physical one, events forwarded) and the rows the
// result reports for probes and for published hosts that never got one. The waves and the early finish
// live in live-probes.ts.
import type { DiagnosisEvent, ProbeSummary } from '../shared/diagnosis-types.js';
import type { ProbeErrorCode, ProbeEvent, ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { physicalPort, type DiagnosisConfig } from '../shared/engine-config.js';
import type { PlannedProbe, UnresolvedHost } from './plan.js';

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
export function unresolvedSummaries(hosts: UnresolvedHost[], reportedBefore = 0): ProbeSummary[] {
  return hosts.map((entry, index) => ({
    id: `${entry.protocol}-dns-${reportedBefore + index + 1}`,
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

export interface RunOneHooks {
  /** Every event of the probe engine for this probe (phases included). */
  onProbeEvent?: (event: ProbeEvent) => void;
  /** Rewrites the result before it is reported (a probe the engine stopped is `not-needed`). */
  relabel?: (result: ProbeResult) => ProbeResult;
}

/** One probe with the logical port mapped to the physical one and back; events forwarded. */
export async function runOne(
  plan: PlannedProbe,
  request: Omit<ProbeRequest, 'port'>,
  deps: RunProbesDeps,
  signal: AbortSignal,
  hooks: RunOneHooks = {},
): Promise<ProbeResult> {
  const elapsed = () => Date.now() - deps.startedAt;
  const result = await deps.probe(
    { ...request, port: physicalPort(deps.config, plan.host, plan.port) },
    {
      signal,
      probeId: plan.id,
      onEvent: (event) => {
        hooks.onProbeEvent?.(event);
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
  const logical = (hooks.relabel ?? ((same: ProbeResult) => same))({ ...result, port: plan.port });
  deps.emit({ type: 'probe-done', probe: summarize(plan.id, plan, logical), elapsedMs: elapsed() });
  return logical;
}
