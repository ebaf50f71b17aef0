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

/**
 * How the provider says to form the user name: the address, its local part, a template
 * (ServerCandidate.usernameTemplate), or a login name it issued that cannot be derived from the address.
 */
export type UsernameStyle = 'address' | 'localpart' | 'template' | 'account-name';

export interface ServerCandidate {
  protocol: MailProtocol;
  /** Lower-case A-label host name. */
  host: string;
  port: number;
  security: Security;
  source: CandidateSource;
  usernameStyle?: UsernameStyle;
  /** With usernameStyle 'template': Thunderbird placeholders, e.g. %EMAILLOCALPART%.%EMAILDOMAIN%. */
  usernameTemplate?: string;
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
  /** The domain still has a registrar's initial name servers (hostings.json registrarDefaults id). */
  registrarDefault?: string | null;
  sources: DiscoverySourceReport[];
}
