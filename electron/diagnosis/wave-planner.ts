// Plans probes wave by wave as candidates arrive (the guesses at once, each discovery source when it
// answers). Every wave re-plans over all candidates seen so far, so hosts sharing an address still share
// probes, and only probes never planned before — by protocol, address, port and security — are returned.
// A later, stronger source naming an already planned server lends it its origin and hints instead of
// costing a second probe.
import type { DnsClient } from '../discovery/dns-client.js';
import { STANDARD_PORTS } from '../discovery/ports.js';
import { SOURCE_STRENGTH, type ServerCandidate } from '../discovery/candidate.js';
import { collectHosts, planProbes, type PlannedProbe, type UnresolvedHost } from './plan.js';

export interface Wave {
  probes: PlannedProbe[];
  /** Published hosts of this wave (or earlier ones) that do not resolve, not reported before. */
  unresolved: UnresolvedHost[];
}

export interface WavePlanner {
  plan(candidates: ServerCandidate[]): Promise<Wave>;
}

const PROTOCOL_ORDER: Record<string, number> = { smtp: 0, imap: 1, pop3: 2 };

function probeKey(probe: PlannedProbe): string {
  return `${probe.addressKey}|${probe.protocol}|${probe.port}|${probe.security}`;
}

/** What a later plan of the same probe adds: a stronger origin, another name, the provider's hints. */
function absorb(planned: PlannedProbe, later: PlannedProbe): void {
  if (SOURCE_STRENGTH[later.source] < SOURCE_STRENGTH[planned.source]) planned.source = later.source;
  const names = new Set([...planned.aliases, later.host, ...later.aliases]);
  names.delete(planned.host);
  planned.aliases = [...names];
  if (planned.usernameStyle === undefined && later.usernameStyle !== undefined) {
    planned.usernameStyle = later.usernameStyle;
    if (later.usernameTemplate !== undefined) planned.usernameTemplate = later.usernameTemplate;
  }
  if (planned.auth === undefined && later.auth !== undefined) planned.auth = later.auth;
}

export function createWavePlanner(dns: DnsClient): WavePlanner {
  const seen: ServerCandidate[] = [];
  const planned = new Map<string, PlannedProbe>();
  const reportedUnresolved = new Set<string>();
  let probeCount = 0;

  return {
    async plan(candidates) {
      seen.push(...candidates);
      const entries = collectHosts(seen);
      const addressesByHost = new Map<string, string[]>();
      const unresolved: UnresolvedHost[] = [];
      // The DNS client remembers answers, so hosts of earlier waves cost nothing here.
      await Promise.all(
        entries.map(async (entry) => {
          const started = Date.now();
          const answer = await dns.addresses(entry.host);
          addressesByHost.set(entry.host, answer.records);
          if (answer.records.length > 0 || entry.source === 'guess') return;
          for (const protocol of entry.protocols) {
            const key = `${entry.host}|${protocol}`;
            if (reportedUnresolved.has(key)) continue;
            reportedUnresolved.add(key);
            const published =
              entry.explicit.find((candidate) => candidate.protocol === protocol) ??
              STANDARD_PORTS[protocol][0]!;
            unresolved.push({
              host: entry.host,
              protocol,
              port: published.port,
              security: published.security,
              source: entry.source,
              outcome: answer.outcome,
              ms: Date.now() - started,
            });
          }
        }),
      );
      const fresh: PlannedProbe[] = [];
      for (const probe of planProbes(entries, addressesByHost)) {
        const earlier = planned.get(probeKey(probe));
        if (earlier !== undefined) {
          absorb(earlier, probe);
          continue;
        }
        probeCount += 1;
        const numbered = { ...probe, id: `${probe.protocol}-${probeCount}` };
        planned.set(probeKey(numbered), numbered);
        fresh.push(numbered);
      }
      // SMTP first: port 25 must start early to tell "dropped" from "queued".
      fresh.sort((a, b) => (PROTOCOL_ORDER[a.protocol] ?? 0) - (PROTOCOL_ORDER[b.protocol] ?? 0));
      return { probes: fresh, unresolved };
    },
  };
}
