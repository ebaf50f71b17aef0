// What each lane of the path diagram shows, decided from the live progress and the verdict (pure).
// Only what this PC measured can turn a lane green: the server-to-server hops are never tested here.
import type { Finding, IncomingSetting, OutgoingSetting } from '../../../electron/shared/diagnosis-types';
import type { MailProtocol } from '../../../electron/shared/probe-types';
import { smtpPortState, type LiveProgress, type PathState } from '../wizard/live-progress';

const SUBMISSION_PORTS = [465, 587] as const;

/** A lane's look: the measured states, plus the hops this PC cannot test (B → C → D). */
export type LaneState = PathState | 'untested';

export interface Submission {
  port: number | null;
  state: PathState;
}

/** The login lane follows the verdict when there is one, otherwise the best port seen so far. */
export function submissionPath(
  progress: Pick<LiveProgress, 'probes' | 'findings'>,
  outgoing: OutgoingSetting | null,
): Submission {
  if (outgoing && outgoing.port !== 25) return { port: outgoing.port, state: 'works' };
  const states = SUBMISSION_PORTS.map((port) => ({ port, state: smtpPortState(progress, port) }));
  const working = states.find((entry) => entry.state === 'works');
  if (working) return working;
  if (states.some((entry) => entry.state === 'checking')) return { port: null, state: 'checking' };
  if (states.every((entry) => entry.state === 'unknown')) return { port: null, state: 'unknown' };
  return { port: null, state: 'failed' };
}

/** The incoming lane (B → A): the verdict's port, or what the IMAP/POP3 probes have shown so far. */
export function incomingPath(
  progress: Pick<LiveProgress, 'probes'>,
  incoming: IncomingSetting | null,
): Submission {
  if (incoming) return { port: incoming.port, state: 'works' };
  const rows = progress.probes.filter(
    (row) => (row.protocol === 'imap' || row.protocol === 'pop3') && row.status !== 'cancelled',
  );
  const working = rows.find((row) => row.status === 'works' || row.status === 'certificate');
  if (working) return { port: working.port, state: 'works' };
  if (rows.some((row) => row.status === 'checking')) return { port: null, state: 'checking' };
  return { port: null, state: rows.length === 0 ? 'unknown' : 'failed' };
}

/**
 * 'failed' when the server refused the login (the setting's `login: 'failed'`, or while the check runs,
 * AUTH_FAILED for that direction), 'unverified' when a
 * password was given but the login was not proven, 'verified' when it was; 'none' with no password
 * (only the connection was checked) or no server.
 */
export type LoginState = 'verified' | 'unverified' | 'failed' | 'none';

export interface LoginHops {
  outgoing: LoginState;
  incoming: LoginState;
}

function loginState(
  setting: Pick<OutgoingSetting, 'verified' | 'login'> | null,
  refused: boolean,
  passwordGiven: boolean,
): LoginState {
  if (setting?.verified) return 'verified';
  if (refused || setting?.login === 'failed') return 'failed';
  return setting && passwordGiven ? 'unverified' : 'none';
}

export function loginHops(
  verdict: { outgoing: OutgoingSetting | null; incoming: IncomingSetting | null },
  findings: readonly Finding[],
  passwordGiven: boolean,
): LoginHops {
  const refused = (incoming: boolean) =>
    passwordGiven &&
    findings.some(
      (finding) =>
        finding.code === 'AUTH_FAILED' &&
        (finding.protocols ?? (finding.protocol ? [finding.protocol] : [])).some(
          (protocol) => (protocol !== 'smtp') === incoming,
        ),
    );
  return {
    outgoing: loginState(verdict.outgoing, refused(false), passwordGiven),
    incoming: loginState(verdict.incoming, refused(true), passwordGiven),
  };
}

/** A login lane drawn red when the login failed, and never green while it is unproven. */
export function withLogin(state: PathState, login: LoginState): PathState {
  if (login === 'failed') return 'blocked';
  if (login === 'unverified' && state === 'works') return 'unknown';
  return state;
}

/**
 * The words on the sending lane: what the login did (refused here, or not sent because the same server
 * refused the password for incoming mail); when the sending ports were tried and none answered, that
 * nothing got through; when none could be tried (no server found), that it is unchecked. Never "sent
 * with login" over a grey lane.
 */
export function submissionLabel(
  submission: Submission,
  login: LoginState,
  refusedOn?: MailProtocol,
):
  | 'diagram.loginFailed'
  | 'diagram.loginRefusedOn'
  | 'diagram.loginUnverified'
  | 'diagram.withLogin'
  | 'diagram.noPath'
  | 'diagram.notChecked' {
  if (login === 'failed') return refusedOn === undefined ? 'diagram.loginFailed' : 'diagram.loginRefusedOn';
  // Probed and nothing answered, or never probed at all (no server found): two different facts.
  if (submission.port === null && submission.state === 'failed') return 'diagram.noPath';
  if (submission.port === null && submission.state === 'unknown') return 'diagram.notChecked';
  return login === 'unverified' ? 'diagram.loginUnverified' : 'diagram.withLogin';
}
