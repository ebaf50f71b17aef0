// A server some discovery source proposes, with its origin; probing proves or refutes it later.
import type { AuthKind } from '../shared/diagnosis-types.js';
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
