// The login a probe may make is decided when its session is ready to authenticate, not when it starts:
// by then another protocol's login on the same server may have found the user name that works (then
// only that one goes out) or spent the run's attempts there (then none does). The wait for that answer
// is bounded by the command deadline; a login that has to give up sends no password.
import type { LoginClaim, ProbeCredentials } from '../shared/probe-types.js';
import { loginUsernames } from './login.js';

const UNCOUNTED: Pick<LoginClaim, 'settle'> = { settle: () => undefined };

export async function claimLogin(
  credentials: ProbeCredentials,
  signal: AbortSignal,
  waitMs: number,
): Promise<LoginClaim> {
  const requested = loginUsernames(credentials);
  if (credentials.arbiter === undefined) return { ...UNCOUNTED, usernames: requested };
  const waiting = new AbortController();
  const giveUp = () => waiting.abort();
  const timer = setTimeout(giveUp, waitMs);
  signal.addEventListener('abort', giveUp, { once: true });
  try {
    const claim = await credentials.arbiter(waiting.signal);
    if (waiting.signal.aborted) {
      claim.settle(null, false);
      return { ...UNCOUNTED, usernames: [] };
    }
    // Never a name the request did not carry, and never more than the probe's own cap.
    const allowed = claim.usernames.filter((name) => requested.includes(name));
    return { usernames: allowed.slice(0, requested.length), settle: (...args) => claim.settle(...args) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', giveUp);
  }
}
