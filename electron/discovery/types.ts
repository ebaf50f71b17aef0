// What discovery hands to the diagnosis: server candidates with their origin, and the context it learnt.
import type { NamedSource } from '../shared/diagnosis-types.js';
import type { ServerCandidate } from './candidate.js';
import type { HostingRecognition } from './recognize-provider.js';

/** A hosting recognised from the DNS clues, or the one the user named. */
export type RecognisedHosting = HostingRecognition;

export interface DiscoverySourceReport {
  source: string;
  /** Found candidates. */
  ok: boolean;
  /** Could not give a full answer: a look-up timed out or failed, or the stage deadline cut it off. */
  failed: boolean;
  found: number;
  elapsedMs: number;
}

export interface DiscoveryReport {
  domain: string;
  candidates: ServerCandidate[];
  mx: string[];
  ns: string[];
  /** The domain has no DNS presence at all (NXDOMAIN on MX and A/AAAA). */
  domainMissing: boolean;
  /** The domain's MX and A/AAAA look-ups both timed out or failed (SERVFAIL, REFUSED): DNS gave no answer. */
  dnsUnreachable: boolean;
  /** SRV targets that lie outside the email domain (RFC 7817: not automatically trusted). */
  srvOutsideDomain: string[];
  isp: NamedSource | null;
  hosting: NamedSource | null;
  /** The hosting recognised (or named by the user), matched once here; the diagnosis reads its notes. */
  hostingMatch: RecognisedHosting | null;
  /** The domain still has a registrar's initial name servers (hostings.json registrarDefaults id). */
  registrarDefault?: string | null;
  sources: DiscoverySourceReport[];
}
