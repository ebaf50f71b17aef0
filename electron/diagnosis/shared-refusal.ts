// The attempt budget (attempt-budget.ts) lets one server see at most two failed logins per run, across
// SMTP, IMAP and POP3. With a wrong password the sending side often spends both, and the receiving
// login on the same server is then never sent. The server has still answered the question the person
// asked (it refused this password for this account), so that setting reads `failed` too, while
// AUTH_FAILED names only the protocols that were really refused.
import type { ProbeResult } from '../shared/probe-types.js';
import type { WorkingPath } from './ranking.js';
import { isLoginRefusal } from './status.js';

type Login = ProbeResult | null | undefined;

function refused(login: Login): boolean {
  const outcome = login?.auth?.outcome;
  return outcome !== undefined && isLoginRefusal(outcome);
}

function sameServer(a: WorkingPath, b: WorkingPath): boolean {
  const theirs = new Set(b.observed.plan.addresses);
  return a.observed.plan.addresses.some((address) => theirs.has(address));
}

/** For each direction: its login was not sent, but the same server refused the other direction's. */
export function refusedByServer(
  chosen: { outgoing: WorkingPath | null; incoming: WorkingPath | null },
  logins: { outgoing: Login; incoming: Login },
): { outgoing: boolean; incoming: boolean } {
  const { outgoing, incoming } = chosen;
  const untried = (login: Login) => login?.auth === undefined || login.auth === null;
  const both = outgoing !== null && incoming !== null && sameServer(outgoing, incoming);
  return {
    outgoing: both && untried(logins.outgoing) && refused(logins.incoming),
    incoming: both && untried(logins.incoming) && refused(logins.outgoing),
  };
}
