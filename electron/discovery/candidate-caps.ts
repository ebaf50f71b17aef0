// What one discovery source may make the engine do. A document or DNS answer is written by whoever
// answers the query (on a rogue network: anyone), so it may name only a few hosts, only on mail ports,
// and only with names the probe would accept; everything past that is dropped before a single look-up.
// Without this a 2,000-host autoconfig file cost thousands of DNS queries and hundreds of connections.
import { normalizeHost } from '../probe/index.js';
import type { ServerCandidate } from './candidate.js';

/** Distinct hosts one source may name; real providers publish one to three. */
export const MAX_HOSTS_PER_SOURCE = 8;

/** SMTP 25/465/587, IMAP 143/993, POP3 110/995: no source may point the probe anywhere else. */
export const MAIL_PORTS: ReadonlySet<number> = new Set([25, 465, 587, 143, 993, 110, 995]);

function validName(host: string): string | null {
  try {
    return normalizeHost(host).name;
  } catch {
    return null;
  }
}

/**
 * The candidates one source may contribute, in its own order (its preference): mail ports only, valid
 * host names in A-label form, no duplicates, and at most MAX_HOSTS_PER_SOURCE distinct hosts.
 */
export function capSourceCandidates(candidates: ServerCandidate[]): ServerCandidate[] {
  const hosts = new Set<string>();
  const seen = new Set<string>();
  const kept: ServerCandidate[] = [];
  for (const candidate of candidates) {
    if (!MAIL_PORTS.has(candidate.port)) continue;
    const host = validName(candidate.host);
    if (host === null) continue;
    if (!hosts.has(host)) {
      if (hosts.size >= MAX_HOSTS_PER_SOURCE) continue;
      hosts.add(host);
    }
    const key = `${candidate.protocol}|${host}|${candidate.port}|${candidate.security}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...candidate, host });
  }
  return kept;
}
