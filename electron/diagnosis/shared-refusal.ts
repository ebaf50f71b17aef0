// The attempt budget (attempt-budget.ts) lets one server see at most two failed logins per run, across
// SMTP, IMAP and POP3. With a wrong password the sending side often spends both, and the receiving
// login on the same server is then never sent. The server has still answered the question the person
// asked (it refused this password for this account), so that setting reads `failed` too, naming the
// protocol that was refused (`loginRefusedOn`), while AUTH_FAILED names only the protocols that were
// really refused.
import type { MailProtocol, ProbeResult } from '../shared/probe-types.js';
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

/**
 * For each direction whose login was not sent while the same server refused the other direction's:
 * the protocol that was refused. Null otherwise.
 */
export function refusedByServer(
  chosen: { outgoing: WorkingPath | null; incoming: WorkingPath | null },
  logins: { outgoing: Login; incoming: Login },
): { outgoing: MailProtocol | null; incoming: MailProtocol | null } {
  const { outgoing, incoming } = chosen;
  const untried = (login: Login) => login?.auth === undefined || login.auth === null;
  const both = outgoing !== null && incoming !== null && sameServer(outgoing, incoming);
  const inherits = (own: Login, other: Login) =>
    both && untried(own) && refused(other) ? (other?.protocol ?? null) : null;
  return {
    outgoing: inherits(logins.outgoing, logins.incoming),
    incoming: inherits(logins.incoming, logins.outgoing),
  };
}
