// What discovery hands to the diagnosis: server candidates with their origin, and the context it learnt.
import type { AuthKind, NamedSource } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';

/**
 * Origins, strongest first: a published record beats a guess. 'autoconfig' is a document fetched over
 * HTTPS from the email domain itself; 'autoconfig-http' the same file over plain HTTP, which anyone on
 * the path can write: it ranks with the guesses and confers no trust (diagnosis/trust.ts).
 */
export type CandidateSource =
  | 'hint'
  | 'srv'
  | 'autoconfig'
  | 'autodiscover'
  | 'ispdb'
  | 'autoconfig-mx'
  | 'provider'
  | 'autoconfig-http'
  | 'guess';

export const SOURCE_STRENGTH: Record<CandidateSource, number> = {
  hint: 0,
  srv: 1,
  autoconfig: 2,
  autodiscover: 3,
  ispdb: 4,
  'autoconfig-mx': 5,
  provider: 6,
  'autoconfig-http': 7,
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
  /** SRV targets that lie outside the email domain (RFC 7817: not automatically trusted). */
  srvOutsideDomain: string[];
  isp: NamedSource | null;
  hosting: NamedSource | null;
  /** Provider ids recognised (for notes such as OAuth2 or OP25B). */
  providerIds: string[];
  sources: DiscoverySourceReport[];
}
