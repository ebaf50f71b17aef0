// The user-name race inside the two-attempt budget. A successful login answers within about one round
// trip, while most servers hold a failure back for a second or two (Dovecot's auth_failure_delay): so
// the more likely form goes first, and when it has no answer within a short window (derived from the
// connection's measured RTT), the other form goes out on a second session, opened in advance so it is
// ready by then. The first success wins; the other session is closed politely (QUIT/LOGOUT) without
// waiting for it. Never more than two attempts per server per run: the race has two names at most, and
// the run granted them before the login began (login-claim.ts).
import type { AuthAttempt, AuthReport } from '../shared/probe-types.js';
import { ProbeFailure } from './failure.js';
import {
  channelProtectsPassword,
  loginUsernames,
  report,
  type LoginPolicyInput,
  type LoginSession,
} from './login.js';
import type { ProtocolDriver } from './protocol.js';

/**
 * What one run learned about a server's answers: a first form left unanswered for a whole window on
 * one service (IMAP, say) will be on the next (SMTP on the same address, same auth back end), so the
 * other form goes out there as soon as its session is ready instead of after another window.
 */
export interface RaceMemory {
  firstFormWasSlow(serverKey: string, username: string): boolean;
  noteFirstFormSlow(serverKey: string, username: string): void;
}

export function createRaceMemory(): RaceMemory {
  const slow = new Set<string>();
  return {
    firstFormWasSlow: (serverKey, username) => slow.has(`${serverKey}\n${username}`),
    noteFirstFormSlow: (serverKey, username) => void slow.add(`${serverKey}\n${username}`),
  };
}

export interface RaceInput extends LoginPolicyInput {
  /** The second session, opened in advance (null when it could not be opened). */
  spare: Promise<LoginSession | null>;
  /** TCP handshake time of the first session: one round trip. */
  rttMs: number;
  /** The run's memory of this server (keyed by its address). */
  memory?: { memory: RaceMemory; serverKey: string };
}

export interface RaceOutcome {
  report: AuthReport;
  /** The session the probe carries on with (its goodbye is the probe's own). */
  session: LoginSession;
  /** The other session (the spare may still be opening): to be closed politely in the background. */
  other: Promise<LoginSession | null>;
  /** The login still pending on the other session, if any: its goodbye waits for the answer. */
  otherPending: Promise<unknown>;
}

/** A success takes one round trip plus the server's own check; the floor covers a fast loopback. */
export const RACE_WINDOW_FLOOR_MS = 100;
export const RACE_WINDOW_RTT_FACTOR = 1.5;

export function raceWindowMs(rttMs: number): number {
  return Math.max(RACE_WINDOW_FLOOR_MS, Math.round(RACE_WINDOW_RTT_FACTOR * rttMs));
}

/** An attempt left unanswered because the other form already won. */
function abandoned(username: string): AuthAttempt {
  return { username, mechanism: 'UNKNOWN', outcome: 'error', reply: null };
}

async function attempt(
  driver: ProtocolDriver,
  session: LoginSession,
  username: string,
  password: string,
): Promise<AuthAttempt> {
  try {
    return await driver.login(session.connection, {
      username,
      password,
      capabilities: session.capabilities,
      encrypted: session.tls !== null,
    });
  } catch (error) {
    if (error instanceof ProbeFailure && error.outcome === 'cancelled') throw error;
    const reply = error instanceof ProbeFailure ? error.code : null;
    return { username, mechanism: 'UNKNOWN', outcome: 'error', reply };
  }
}

const sleep = (ms: number) =>
  new Promise<'window'>((resolve) => {
    const timer = setTimeout(() => resolve('window'), ms);
    timer.unref?.();
  });

/**
 * Logs in with the first user name on `first` and, when it has no answer within the window (or was
 * plainly rejected), with the second on the spare session. `runLoginTest` semantics otherwise: no
 * password over a channel that does not protect it, a second name only after a plain rejection.
 */
export async function raceLogin(
  driver: ProtocolDriver,
  first: LoginSession,
  input: RaceInput,
): Promise<RaceOutcome> {
  const spare = input.spare.catch(() => null);
  const mayLogin = (session: LoginSession | null): session is LoginSession =>
    session !== null &&
    !session.connection.isClosed &&
    (channelProtectsPassword(session.tls) || input.allowPlaintextAuth);
  let firstTry: Promise<AuthAttempt> = Promise.resolve(abandoned(''));
  let secondTry: Promise<AuthAttempt> = Promise.resolve(abandoned(''));
  const done = (attempts: AuthAttempt[], winner: LoginSession = first): RaceOutcome => ({
    report: report(attempts),
    session: winner,
    other: winner === first ? spare : Promise.resolve(first),
    otherPending: winner === first ? secondTry : firstTry,
  });
  const [firstName, secondName] = loginUsernames(input.credentials);
  const password = input.credentials.password;
  if (!mayLogin(first) || firstName === undefined)
    return { ...done([]), report: { outcome: 'refused-plaintext', username: null, attempts: [] } };

  /** The first name answered before the second went out: the sequential rules apply. */
  const afterFirst = async (result: AuthAttempt): Promise<RaceOutcome> => {
    if (result.outcome !== 'failed' || secondName === undefined) return done([result]);
    // No spare (it could not be opened): a fresh session, as for a server that hangs up after a no.
    const session = (await spare) ?? (await input.reopen?.().catch(() => null)) ?? null;
    if (!mayLogin(session)) return done([result]);
    const second = await attempt(driver, session, secondName, password);
    return done([result, second], second.outcome === 'ok' ? session : first);
  };

  firstTry = attempt(driver, first, firstName, password);
  // Raced, and maybe left behind when the other form wins: a late cancellation must not go unhandled.
  firstTry.catch(() => undefined);
  if (secondName === undefined) return afterFirst(await firstTry);
  const memory = input.memory;
  const knownSlow = memory?.memory.firstFormWasSlow(memory.serverKey, firstName) === true;
  const early = await Promise.race([firstTry, sleep(knownSlow ? 0 : raceWindowMs(input.rttMs))]);
  if (early !== 'window') return afterFirst(early);
  memory?.memory.noteFirstFormSlow(memory.serverKey, firstName);

  // No answer within the window: the other form on the spare session, as soon as it is ready.
  const next = await Promise.race([
    spare.then((session) => ({ session })),
    firstTry.then((result) => ({ result })),
  ]);
  if ('result' in next) return afterFirst(next.result);
  const session = next.session;
  if (!mayLogin(session)) return afterFirst(await firstTry);
  secondTry = attempt(driver, session, secondName, password);
  secondTry.catch(() => undefined);
  const winner = await Promise.race([
    firstTry.then((result) => ({ which: 'first' as const, result })),
    secondTry.then((result) => ({ which: 'second' as const, result })),
  ]);
  if (winner.result.outcome === 'ok')
    return winner.which === 'first'
      ? done([winner.result, abandoned(secondName)])
      : done([abandoned(firstName), winner.result], session);
  // No success first: the other answer decides.
  const [firstResult, secondResult] = await Promise.all([firstTry, secondTry]);
  return done([firstResult, secondResult], secondResult.outcome === 'ok' ? session : first);
}
