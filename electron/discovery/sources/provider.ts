// Built-in provider knowledge (discovery/providers.ts): the servers a recognised hosting publishes.
import type { DiagnosisHints } from '../../shared/diagnosis-types.js';
import type { DnsClient } from '../dns-client.js';
import { recognizeHostingFromDns } from '../provider-clues.js';
import { hostingById, hostingCandidates } from '../providers.js';
import type { HostingRecognition } from '../recognize-provider.js';
import type { DiscoverySource, DnsFacts } from './source.js';

/**
 * The hosting the user named, else the one the DNS clues point to (domain, MX, the mail address's
 * reverse name, NS; a server the user typed). Made once per discovery.
 */
export async function recogniseHosting(
  dns: DnsClient,
  domain: string,
  hints: DiagnosisHints | undefined,
  facts: DnsFacts,
): Promise<HostingRecognition | null> {
  const named = hints?.hosting ? hostingById(hints.hosting) : undefined;
  if (named) return { hosting: named, by: 'user', confidence: 'strong' };
  const hosts = hints?.serverHost ? [hints.serverHost] : [];
  return (await recognizeHostingFromDns(dns, { domain, mx: facts.mx, ns: facts.ns, hosts })) ?? null;
}

export const providerSource: DiscoverySource = {
  name: 'provider',
  // Answers from the DNS step's MX and NS, already reported and bounded.
  tracked: false,
  async run({ hosting, domain, hints }) {
    const recognised = await hosting;
    if (!recognised) return [];
    const hostNumber = hints?.hostNumber ?? recognised.hostNumber;
    return hostingCandidates(recognised.hosting, domain, hostNumber);
  },
};
