// The login test policy: at most MAX_LOGIN_ATTEMPTS attempts per server per run, only over a channel
// that protects the password unless the caller consented for this server, and a second user name only
// when the first was plainly rejected (other refusals would not change with another name). A server
// that hangs up after the rejection gets the second name on a new connection, once.
import type {
  AuthAttempt,
  AuthReport,
  Capabilities,
  ProbeCredentials,
  TlsFacts,
} from '../shared/probe-types.js';
import type { MailConnection } from './connection.js';
import { ProbeFailure } from './failure.js';
import { MAX_LOGIN_ATTEMPTS } from './limits.js';
import type { ProtocolDriver } from './protocol.js';

/** A session ready for a login: what the server offered and how the channel is protected. */
export interface LoginSession {
  connection: MailConnection;
  capabilities: Capabilities;
  tls: TlsFacts | null;
}

export interface LoginPolicyInput {
  credentials: ProbeCredentials;
  allowPlaintextAuth: boolean;
  /**
   * A new session to the same server in the same security mode, for a server that hung up after a
   * rejected login (common for POP3); null when it cannot offer one. May throw a ProbeFailure.
   */
  reopen?: () => Promise<LoginSession | null>;
}

/** TLS with a certificate that proves who we talk to; anything less could hand the password to a MITM. */
export function channelProtectsPassword(tls: TlsFacts | null): boolean {
  return tls !== null && tls.trusted && tls.hostnameMatches;
}

export function loginUsernames(credentials: ProbeCredentials): string[] {
  return [...new Set(credentials.usernames.filter((name) => name.length > 0))].slice(0, MAX_LOGIN_ATTEMPTS);
}

/** The outcome of a login test: the success if any, else the last attempt's outcome. */
export function report(attempts: AuthAttempt[]): AuthReport {
  const success = attempts.find((attempt) => attempt.outcome === 'ok');
  const last = attempts[attempts.length - 1];
  return {
    outcome: success ? 'ok' : (last?.outcome ?? 'no-mechanism'),
    username: success?.username ?? null,
    attempts,
  };
}

async function reopenOrNull(input: LoginPolicyInput): Promise<LoginSession | null> {
  if (!input.reopen) return null;
  try {
    return await input.reopen();
  } catch (error) {
    if (error instanceof ProbeFailure && error.outcome === 'cancelled') throw error;
    // The first session already answered for connectivity; a failed reconnect only ends the test.
    return null;
  }
}

interface TriedLogin {
  attempt: AuthAttempt;
  /** The connection closed before the server said a word about this attempt: it never judged it. */
  unanswered: boolean;
}

async function tryLogin(
  driver: ProtocolDriver,
  session: LoginSession,
  username: string,
  password: string,
): Promise<TriedLogin> {
  const { connection } = session;
  const receivedBefore = connection.receivedBytes;
  try {
    const attempt = await driver.login(connection, {
      username,
      password,
      capabilities: session.capabilities,
      encrypted: session.tls !== null,
    });
    return { attempt, unanswered: false };
  } catch (error) {
    if (error instanceof ProbeFailure && error.outcome === 'cancelled') throw error;
    // A reset or timeout mid-login: record it; the probe result itself stays about connectivity.
    const reply = error instanceof ProbeFailure ? error.code : null;
    const unanswered =
      (reply === 'CONNECTION_CLOSED' || reply === 'CONNECTION_RESET') &&
      connection.receivedBytes === receivedBefore;
    return { attempt: { username, mechanism: 'UNKNOWN', outcome: 'error', reply }, unanswered };
  }
}

export async function runLoginTest(
  driver: ProtocolDriver,
  first: LoginSession,
  input: LoginPolicyInput,
): Promise<AuthReport> {
  // A reconnect may land on a certificate that no longer proves the server: no password there either.
  const mayLogin = (session: LoginSession | null): session is LoginSession =>
    session !== null && (channelProtectsPassword(session.tls) || input.allowPlaintextAuth);
  if (!mayLogin(first)) return { outcome: 'refused-plaintext', username: null, attempts: [] };
  const attempts: AuthAttempt[] = [];
  let session: LoginSession | null = first;
  for (const username of loginUsernames(input.credentials)) {
    const retrying = attempts.length > 0;
    let reopened = false;
    if (retrying && session.connection.isClosed) {
      session = await reopenOrNull(input);
      reopened = true;
    }
    if (!mayLogin(session)) break;
    let tried = await tryLogin(driver, session, username, input.credentials.password);
    // The server hung up after rejecting the last name, and we wrote before seeing the close.
    if (retrying && !reopened && tried.unanswered) {
      session = await reopenOrNull(input);
      if (!mayLogin(session)) break;
      tried = await tryLogin(driver, session, username, input.credentials.password);
    }
    attempts.push(tried.attempt);
    if (tried.attempt.outcome !== 'failed') break;
  }
  return report(attempts);
}
