// The control connection behind MAIL_PORTS_BLOCKED: when every mail port of every candidate went
// unanswered, one bounded TCP handshake to 443 and 80 (in parallel, closed at once) of the first
// candidate tells a network that filters mail from a host that is not there.
import { tcpReachable } from '../probe/index.js';
import { physicalPort, type DiagnosisConfig } from '../shared/engine-config.js';
import { needsControlConnection, type ControlAnswer } from './network-findings.js';
import type { ObservedProbe } from './ranking.js';

const CONTROL_PORTS = [443, 80] as const;

export async function controlConnection(
  observed: ObservedProbe[],
  config: DiagnosisConfig | undefined,
  signal: AbortSignal,
): Promise<ControlAnswer | null> {
  if (!needsControlConnection(observed, signal.aborted)) return null;
  const target = observed[0]!.plan;
  const addresses = target.addresses.map((address) => ({
    address,
    family: address.includes(':') ? (6 as const) : (4 as const),
  }));
  const outcomes = await Promise.all(
    CONTROL_PORTS.map((port) =>
      tcpReachable(addresses, physicalPort(config, target.host, port), {
        limits: config?.probeLimits,
        signal,
      }),
    ),
  );
  const answered = CONTROL_PORTS.find((_, index) => outcomes[index] === 'ok') ?? null;
  return { host: target.host, answeredPort: answered };
}
