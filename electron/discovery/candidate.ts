// A server some discovery source proposes, with its origin; probing proves or refutes it later.
import type { AuthKind } from '../shared/diagnosis-types.js';
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
