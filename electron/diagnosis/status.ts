// The contract's two verdict words: each setting's `login` (what happened to the password there) and
// the run's `status` (which decides the headline in the wizard, the CLI and the exports). Pure.
import type { DiagnosisStatus, Finding, LoginState, OutgoingSetting } from '../shared/diagnosis-types.js';
import type { AuthOutcome, ProbeResult } from '../shared/probe-types.js';
import { NETWORK_CODES } from './network-findings.js';

/** Outcomes in which the server itself turned the password (or password login) down. */
const REFUSALS: ReadonlySet<AuthOutcome> = new Set([
  'failed',
  'basic-auth-disabled',
  'auth-required',
  'mechanism-too-weak',
  'encryption-required',
]);

export function isLoginRefusal(outcome: AuthOutcome): boolean {
  return REFUSALS.has(outcome);
}

/**
 * ok only after the server accepted the password; failed only when it refused it. A login that never
 * reached a verdict (no mechanism, a temporary failure, a broken connection) is not-tried: it says
 * nothing about the password.
 */
export function loginStateOf(login: ProbeResult | null | undefined, withheld = false): LoginState {
  const outcome = login?.auth?.outcome;
  if (outcome === 'ok') return 'ok';
  if (outcome !== undefined && isLoginRefusal(outcome)) return 'failed';
  return withheld ? 'withheld' : 'not-tried';
}

export interface StatusInput {
  outgoing: Pick<OutgoingSetting, 'login'> | null;
  incoming: Pick<OutgoingSetting, 'login'> | null;
  findings: ReadonlyArray<Pick<Finding, 'code'>>;
  cancelled: boolean;
  passwordGiven: boolean;
}

export function diagnosisStatus(input: StatusInput): DiagnosisStatus {
  if (input.cancelled) return 'cancelled';
  const settings = [input.outgoing, input.incoming].filter((setting) => setting !== null);
  if (settings.some((setting) => setting.login === 'failed')) return 'login-failed';
  if (settings.length === 0)
    return input.findings.some((finding) => NETWORK_CODES.has(finding.code)) ? 'network' : 'not-found';
  const loggedIn = !input.passwordGiven || settings.every((setting) => setting.login === 'ok');
  return settings.length === 2 && loggedIn ? 'ok' : 'partial';
}
