// Built-in provider knowledge (discovery/providers.ts): the servers a recognised hosting publishes.
import type { DiagnosisHints } from '../../shared/diagnosis-types.js';
import { hostingById, hostingCandidates, matchHosting } from '../providers.js';
import type { RecognisedHosting } from '../types.js';
import type { DiscoverySource, DnsFacts } from './source.js';

/** The hosting the user named, else the one the domain, MX or NS point to. Made once per discovery. */
export function recogniseHosting(
  domain: string,
  hints: DiagnosisHints | undefined,
  facts: DnsFacts,
): RecognisedHosting | null {
  const named = hints?.hosting ? hostingById(hints.hosting) : undefined;
  if (named) return { hosting: named, source: 'user' };
  return matchHosting(domain, facts.mx, facts.ns) ?? null;
}

export const providerSource: DiscoverySource = {
  name: 'provider',
  // Answers from the DNS step's MX and NS, already reported and bounded.
  tracked: false,
  async run({ hosting, domain, hints }) {
    const recognised = await hosting;
    return recognised ? hostingCandidates(recognised.hosting, domain, hints?.hostNumber) : [];
  },
};
