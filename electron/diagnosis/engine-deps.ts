// Builds the engine's collaborators from a DiagnosisConfig: DNS client, HTTP client and the probe
// scheduler wired to the same resolver, CA list and limits.
import { memoizeDns } from '../discovery/dns-cache.js';
import { createDnsClient, type DnsClient } from '../discovery/dns-client.js';
import { createHttpClient, type HttpClient } from '../discovery/http-get.js';
import {
  createProbeScheduler,
  createRaceMemory,
  DEFAULT_LIMITS,
  defaultResolver,
  type ProbeLimits,
  type ProbeSchedulerOptions,
  type Resolver,
} from '../probe/index.js';
import type { ProbeFn } from './run-probes.js';
import { stageTimeouts, type DiagnosisConfig } from '../shared/engine-config.js';

export interface EngineDeps {
  dns: DnsClient;
  http: HttpClient;
  probe: ProbeFn;
  cancelAll: () => void;
  /** What sessions outside the scheduler (the test message) use: the same bounds and CAs as probes. */
  sessions: { limits: ProbeLimits; trustedCa: string[] | undefined };
}

const DNS_CODES: Record<string, string> = {
  nxdomain: 'ENOTFOUND',
  nodata: 'ENODATA',
  timeout: 'ETIMEOUT',
  error: 'ESERVFAIL',
};

/**
 * The probe's resolver over our DNS client, so tests' DNS servers apply to probes too and a probe reuses
 * the answer planning already got (no extra round trip). With the system's servers, a name DNS does not
 * know still gets the probe's own resolution (hosts file) as before.
 */
export function probeResolver(dns: DnsClient, fallback?: Resolver): Resolver {
  return async (host) => {
    const answer = await dns.addresses(host);
    if (answer.records.length === 0) {
      if (fallback !== undefined) return fallback(host);
      throw Object.assign(new Error('resolve failed'), { code: DNS_CODES[answer.outcome] ?? 'ESERVFAIL' });
    }
    return answer.records.map((address) => ({
      address,
      family: address.includes(':') ? (6 as const) : (4 as const),
    }));
  };
}

export function createEngineDeps(config: DiagnosisConfig | undefined): EngineDeps {
  const timeouts = stageTimeouts(config);
  const dns = memoizeDns(createDnsClient({ servers: config?.dnsServers, timeoutMs: timeouts.dnsMs }));
  const http = createHttpClient({ dns, extraCaPem: config?.extraCaPem, portOverrides: config?.httpPorts });
  const probeDefaults: NonNullable<ProbeSchedulerOptions['defaults']> = {};
  probeDefaults.resolve = probeResolver(dns, config?.dnsServers === undefined ? defaultResolver : undefined);
  if (config?.extraCaPem !== undefined) probeDefaults.trustedCa = config.extraCaPem;
  // One run's probes share what the user-name race learned about each server.
  probeDefaults.raceMemory = createRaceMemory();
  if (config?.probeLimits !== undefined) probeDefaults.limits = config.probeLimits as Partial<ProbeLimits>;
  const scheduler = createProbeScheduler({
    ...(config?.perHostLimit ? { perHostLimit: config.perHostLimit } : {}),
    defaults: probeDefaults,
  });
  return {
    dns,
    http,
    probe: (request, options) => scheduler.run(request, options),
    cancelAll: () => scheduler.cancelAll(),
    sessions: {
      limits: { ...DEFAULT_LIMITS, ...probeDefaults.limits },
      trustedCa: probeDefaults.trustedCa,
    },
  };
}
