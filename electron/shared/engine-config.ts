// Engine settings that the app leaves at their defaults and that tests and the lab override. Plain JSON
// (no functions) so the web bridge and the CLI can load it from a file (`--engine-config`).

export interface StageTimeouts {
  /** One DNS query. */
  dnsMs: number;
  /** One HTTP request (autoconfig, ISPDB, Autodiscover). */
  httpMs: number;
  /** The whole discovery stage; sources still running after it are abandoned. */
  discoveryMs: number;
  /** Public-IP request plus its reverse look-up. */
  publicIpMs: number;
  /** Grace for unanswered port-25 probes once 587/465 on the same server have answered. */
  port25GraceMs: number;
  /** Looking for the test message in the inbox after the outgoing server accepted it. */
  testMessageMs: number;
  /** The run ends (SERVERS_UNRESPONSIVE) when no server greeted or spoke TLS by then (progress-watch.ts). */
  noProgressMs: number;
}

export interface DiagnosisConfig {
  /** DNS servers (`ip`, `ip:port`, `[ip6]:port`); omitted = the system resolver. */
  dnsServers?: string[];
  /**
   * Connect to another TCP port than the logical one, for loopback tests without root. Keys are
   * `host:port` (most specific) or `*:port`; results still report the logical port.
   */
  portOverrides?: Record<string, number>;
  /** Ports used for autoconfig/Autodiscover URLs that name no port. */
  httpPorts?: { http?: number; https?: number };
  /** ISPDB base; the domain is appended. Empty string disables it. */
  ispdbBaseUrl?: string;
  /** Returns the caller's public IPv4 as text or JSON `{ "ip": ... }`. Empty string disables it. */
  publicIpUrl?: string;
  /** PEM certificates trusted in addition to the system store (a test CA). */
  extraCaPem?: string[];
  timeouts?: Partial<StageTimeouts>;
  /** Parallel probes per server address. */
  perHostLimit?: number;
  /** Probe bounds handed to the probe engine (see electron/probe/limits.ts), e.g. connectTimeoutMs. */
  probeLimits?: Record<string, number>;
}

export const DEFAULT_TIMEOUTS: Readonly<StageTimeouts> = Object.freeze({
  dnsMs: 3_000,
  httpMs: 4_000,
  discoveryMs: 6_000,
  publicIpMs: 3_000,
  port25GraceMs: 1_500,
  testMessageMs: 20_000,
  // Beyond a deliberate 6 s banner delay plus a few round trips, well under the 10 s connect timeout.
  noProgressMs: 7_000,
});

export const DEFAULT_ISPDB_BASE_URL = 'https://autoconfig.thunderbird.net/v1.1/';
export const DEFAULT_PUBLIC_IP_URL = 'https://api.ipify.org';
/** Whole diagnosis when the request names no timeout. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;

export function stageTimeouts(config: DiagnosisConfig | undefined): StageTimeouts {
  return { ...DEFAULT_TIMEOUTS, ...config?.timeouts };
}

/** The real port to connect to for a logical host:port. */
export function physicalPort(config: DiagnosisConfig | undefined, host: string, port: number): number {
  const overrides = config?.portOverrides;
  if (overrides === undefined) return port;
  return overrides[`${host}:${port}`] ?? overrides[`*:${port}`] ?? port;
}
