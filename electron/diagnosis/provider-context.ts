// The provider context after probing: a certificate or a server name can recognise a host that the
// DNS clues left unknown or only guessed (NS only), and some recognitions are worth a finding of their
// own (a line type that hides the ISP, a domain still on its registrar's initial name servers).
import type { HostingEntry } from '../discovery/providers.js';
import { hostingNamedSource, recognizeHosting } from '../discovery/recognize-provider.js';
import type { DiscoveryReport } from '../discovery/types.js';
import type { Finding, NamedSource } from '../shared/diagnosis-types.js';
import { certificateNames } from './cert-fix.js';
import { makeFinding } from './findings.js';
import type { ObservedProbe } from './ranking.js';

export interface HostingContext {
  entry: HostingEntry | undefined;
  named: NamedSource | null;
}

type ReportClues = Pick<DiscoveryReport, 'domain' | 'mx' | 'ns' | 'hosting' | 'hostingMatch'>;

export function hostingAfterProbes(report: ReportClues, observed: ObservedProbe[]): HostingContext {
  const current: HostingContext = {
    entry: report.hostingMatch?.hosting,
    named: report.hosting,
  };
  if (report.hosting !== null && report.hosting.confidence !== 'weak') return current;
  // The recognised host's own candidates would only confirm the guess that produced them.
  const independent = observed.filter((entry) => entry.plan.source !== 'provider');
  const better = recognizeHosting({
    domain: report.domain,
    mx: report.mx,
    ns: report.ns,
    hosts: independent.map((entry) => entry.plan.host),
    certificateNames: observed.flatMap((entry) => certificateNames(entry.result.tls?.chain[0])),
  });
  if (better?.confidence !== 'strong') return current;
  return { entry: better.hosting, named: hostingNamedSource(better) };
}

/**
 * Whether a recognition may be stated as fact: named as the network blocking port 25, or given the
 * host's notes. A guess (NS only, an unconfirmed rule) or a line operator may not; the wizard shows it
 * as a guess, and the user can confirm it by choosing the provider.
 */
export function isCertain(named: NamedSource | null): boolean {
  return named !== null && named.confidence !== 'weak' && named.lineType === undefined;
}

export interface ProviderFindingFacts {
  isp: NamedSource | null;
  /** Reverse names of this PC's public address. */
  publicPtr: string[];
  registrarDefault?: string | null | undefined;
  ns: string[];
}

export function providerFindings(facts: ProviderFindingFacts): Finding[] {
  const findings: Finding[] = [];
  if (facts.isp?.lineType !== undefined)
    findings.push(makeFinding('ISP_HIDDEN_BY_LINE', { isp: facts.isp.name, host: facts.publicPtr[0] }));
  if (facts.registrarDefault)
    findings.push(makeFinding('DOMAIN_REGISTRAR_DEFAULT_NS', { host: facts.ns[0] }));
  return findings;
}
