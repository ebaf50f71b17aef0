// What discovery hands to the diagnosis: server candidates with their origin, and the context it learnt.
import type { AuthKind, NamedSource } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';

/** Origins, strongest first: a published record beats a guess. */
export type CandidateSource =
  'hint' | 'srv' | 'autoconfig' | 'autodiscover' | 'ispdb' | 'autoconfig-mx' | 'provider' | 'guess';

export const SOURCE_STRENGTH: Record<CandidateSource, number> = {
  hint: 0,
  srv: 1,
  autoconfig: 2,
  autodiscover: 3,
  ispdb: 4,
  'autoconfig-mx': 5,
  provider: 6,
  guess: 7,
};

/** How the provider says to form the user name. */
export type UsernameStyle = 'address' | 'localpart' | 'other';

export interface ServerCandidate {
  protocol: MailProtocol;
  /** Lower-case A-label host name. */
  host: string;
  port: number;
  security: Security;
  source: CandidateSource;
  usernameStyle?: UsernameStyle;
  /** Authentication the published config declares (OAuth2 matters: a password will not work). */
  auth?: AuthKind[];
}

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
  /** Provider ids recognised (for notes such as OAuth2 or OP25B). */
  providerIds: string[];
  sources: DiscoverySourceReport[];
}
