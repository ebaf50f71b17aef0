// The shared-hosting fix: a certificate that is trusted but names another host. When one of its names
// resolves to the same address as the host we tried (or is an alias we already know), that name is the
// server's own: re-probe it, and recommend it if the certificate then matches (what FairEmail does).
import type { DnsClient } from '../discovery/dns-client.js';
import type { CertificateInfo } from '../shared/probe-types.js';
import type { ObservedProbe } from './ranking.js';
import { workingPath } from './ranking.js';

export function certificateNames(leaf: CertificateInfo | undefined): string[] {
  if (leaf === undefined) return [];
  const names =
    leaf.subjectAltNames.length > 0 ? leaf.subjectAltNames : leaf.subjectCN ? [leaf.subjectCN] : [];
  return [...new Set(names.map((name) => name.replace(/^DNS:/i, '').toLowerCase()))];
}

/** RFC 6125 style: exact, or a wildcard covering exactly one left-most label. */
export function nameMatches(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === pattern.slice(2);
}

/** Pure part: a known alias the certificate covers. */
export function aliasCoveredByCertificate(observed: ObservedProbe): string | null {
  const names = certificateNames(observed.result.tls?.chain[0]);
  return observed.plan.aliases.find((alias) => names.some((name) => nameMatches(name, alias))) ?? null;
}

/** Finds the host name to use instead of `observed.plan.host`, or null. */
export async function suggestHostForCertificate(
  observed: ObservedProbe,
  dns: DnsClient,
): Promise<string | null> {
  const path = workingPath(observed);
  if (path === null || path.certProblem !== 'name') return null;
  const alias = aliasCoveredByCertificate(observed);
  if (alias !== null) return alias;
  const candidates = certificateNames(observed.result.tls?.chain[0])
    .filter((name) => !name.includes('*') && /^[a-z0-9.-]+$/.test(name) && name !== observed.plan.host)
    .slice(0, 8);
  const own = new Set(observed.plan.addresses);
  for (const name of candidates) {
    const answer = await dns.addresses(name);
    if (answer.records.some((address) => own.has(address))) return name;
  }
  return null;
}
