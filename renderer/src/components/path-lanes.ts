// Which submission port the diagram's lower lane shows, decided from the live progress (pure).
import type { OutgoingSetting } from '../../../electron/shared/diagnosis-types';
import { smtpPortState, type LiveProgress, type PathState } from '../wizard/live-progress';

const SUBMISSION_PORTS = [465, 587] as const;

export interface Submission {
  port: number | null;
  state: PathState;
}

/** The lower lane follows the verdict when there is one, otherwise the best port seen so far. */
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
