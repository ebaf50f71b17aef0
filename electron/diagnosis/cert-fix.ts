// The shared-hosting fix: a certificate that is trusted but names another host. When one of its names
// resolves to the same address as the host we tried (or is an alias we already know), that name is the
// server's own: re-probe it, and recommend it if the certificate then matches (what FairEmail does).
// The whole follow-up lives here; the pipeline runs it once the probes are done.
import type { DnsClient } from '../discovery/dns-client.js';
import type { CertificateInfo } from '../shared/probe-types.js';
import type { EngineDeps } from './engine-deps.js';
import type { PlannedProbe } from './plan.js';
import { rankPaths, workingPath, type ObservedProbe } from './ranking.js';
import { runOne, type RunProbesDeps } from './run-probes.js';

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

/** A trusted certificate naming another host at the same address: re-probe under that name. */
export async function followCertificateNames(
  observed: ObservedProbe[],
  deps: RunProbesDeps,
  engine: EngineDeps,
): Promise<ObservedProbe[]> {
  const extra: ObservedProbe[] = [];
  const tried = new Set<string>();
  for (const direction of ['outgoing', 'incoming'] as const) {
    const best = rankPaths(observed, direction)[0];
    if (best?.certProblem !== 'name') continue;
    const suggested = await suggestHostForCertificate(best.observed, engine.dns);
    if (suggested === null) continue;
    // Re-probe every working path on that server under its own name.
    const sameServer = observed.filter(
      (entry) =>
        entry.plan.addressKey === best.observed.plan.addressKey && workingPath(entry)?.certProblem === 'name',
    );
    for (const entry of sameServer) {
      const key = `${entry.plan.protocol}|${entry.plan.port}|${entry.plan.security}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const plan: PlannedProbe = {
        ...entry.plan,
        id: `${entry.plan.id}-cert`,
        host: suggested,
        aliases: [entry.plan.host, ...entry.plan.aliases],
      };
      const result = await runOne(
        plan,
        { protocol: plan.protocol, host: plan.host, security: plan.security },
        deps,
        deps.signal,
      );
      extra.push({ plan, result, fixedFrom: entry.plan.host });
    }
  }
  return [...observed, ...extra];
}
