// From discovery candidates (plus hints and the usual guesses) to the list of probes: hosts are resolved
// and deduplicated by address, so mail.example.jp and smtp.example.jp on one server cost one set of
// probes; the name kept is the one from the strongest source.
import { STANDARD_PORTS } from '../discovery/ports.js';
import {
  SOURCE_STRENGTH,
  type CandidateSource,
  type ServerCandidate,
  type UsernameStyle,
} from '../discovery/candidate.js';
import type { AuthKind } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';

export interface PlannedProbe {
  id: string;
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  source: CandidateSource;
  /** Sorted addresses of the host: probes sharing it talk to the same server. */
  addressKey: string;
  addresses: string[];
  /** Other names for the same addresses. */
  aliases: string[];
  usernameStyle?: UsernameStyle;
  usernameTemplate?: string;
  auth?: AuthKind[];
}

export interface UnresolvedHost {
  host: string;
  protocol: MailProtocol;
  /** The port and security it was published with (else the protocol's first standard one). */
  port: number;
  security: Security;
  source: CandidateSource;
  /** DnsOutcome of the A/AAAA look-up. */
  outcome: string;
  ms: number;
}

interface HostEntry {
  host: string;
  source: CandidateSource;
  protocols: Set<MailProtocol>;
  explicit: ServerCandidate[];
  usernameStyle?: UsernameStyle;
  usernameTemplate?: string;
  auth?: AuthKind[];
}

const PREFERRED_PREFIX: Record<MailProtocol, string[]> = {
  smtp: ['smtp.', 'mail.'],
  imap: ['imap.', 'mail.'],
  pop3: ['pop.', 'pop3.', 'mail.'],
};

export function guessCandidates(domain: string): ServerCandidate[] {
  const guess = (protocol: MailProtocol, host: string): ServerCandidate => ({
    protocol,
    host,
    port: 0,
    security: 'tls',
    source: 'guess',
  });
  return [
    ...['smtp.', 'mail.', ''].map((prefix) => guess('smtp', prefix + domain)),
    ...['imap.', 'mail.', ''].map((prefix) => guess('imap', prefix + domain)),
    ...['pop.', 'mail.', ''].map((prefix) => guess('pop3', prefix + domain)),
  ];
}

export function collectHosts(candidates: ServerCandidate[]): HostEntry[] {
  const byHost = new Map<string, HostEntry>();
  for (const candidate of candidates) {
    const host = candidate.host.toLowerCase().replace(/\.$/, '');
    let entry = byHost.get(host);
    if (entry === undefined) {
      entry = { host, source: candidate.source, protocols: new Set(), explicit: [] };
      byHost.set(host, entry);
    }
    if (SOURCE_STRENGTH[candidate.source] < SOURCE_STRENGTH[entry.source]) entry.source = candidate.source;
    entry.protocols.add(candidate.protocol);
    if (candidate.port > 0) entry.explicit.push({ ...candidate, host });
    if (candidate.usernameStyle !== undefined && entry.usernameStyle === undefined) {
      entry.usernameStyle = candidate.usernameStyle;
      if (candidate.usernameTemplate !== undefined) entry.usernameTemplate = candidate.usernameTemplate;
    }
    if (candidate.auth !== undefined && entry.auth === undefined) entry.auth = candidate.auth;
  }
  return [...byHost.values()];
}

function preference(entry: HostEntry, protocol: MailProtocol): number[] {
  const prefixIndex = PREFERRED_PREFIX[protocol].findIndex((prefix) => entry.host.startsWith(prefix));
  return [SOURCE_STRENGTH[entry.source], prefixIndex === -1 ? 9 : prefixIndex];
}

function compareLists(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Pure part: hosts with their addresses → probes. */
export function planProbes(entries: HostEntry[], addressesByHost: Map<string, string[]>): PlannedProbe[] {
  const groups = new Map<string, HostEntry[]>();
  for (const entry of entries) {
    const addresses = addressesByHost.get(entry.host) ?? [];
    if (addresses.length === 0) continue;
    const key = [...addresses].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const probes: PlannedProbe[] = [];
  const seen = new Set<string>();
  for (const [addressKey, members] of groups) {
    const protocols = new Set(members.flatMap((member) => [...member.protocols]));
    for (const protocol of (['smtp', 'imap', 'pop3'] as const).filter((p) => protocols.has(p))) {
      const offering = members.filter((member) => member.protocols.has(protocol));
      const best = [...offering].sort((a, b) =>
        compareLists(preference(a, protocol), preference(b, protocol)),
      )[0]!;
      const explicit = members.flatMap((member) =>
        member.explicit.filter((candidate) => candidate.protocol === protocol),
      );
      const plans = [
        ...explicit.map((c) => ({ port: c.port, security: c.security })),
        ...STANDARD_PORTS[protocol],
      ];
      for (const plan of plans) {
        const key = `${addressKey}|${protocol}|${plan.port}|${plan.security}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const probe: PlannedProbe = {
          id: `${protocol}-${probes.length + 1}`,
          protocol,
          host: best.host,
          port: plan.port,
          security: plan.security,
          source: best.source,
          addressKey,
          addresses: addressesByHost.get(best.host) ?? [],
          aliases: members.map((member) => member.host).filter((host) => host !== best.host),
        };
        const styled =
          best.usernameStyle !== undefined ? best : offering.find((member) => member.usernameStyle);
        if (styled?.usernameStyle !== undefined) probe.usernameStyle = styled.usernameStyle;
        if (styled?.usernameTemplate !== undefined) probe.usernameTemplate = styled.usernameTemplate;
        const auth = best.auth ?? offering.find((member) => member.auth)?.auth;
        if (auth !== undefined) probe.auth = auth;
        probes.push(probe);
      }
    }
  }
  return probes;
}
