// The login test policy: at most MAX_LOGIN_ATTEMPTS attempts per server per run, only over a channel
// that protects the password unless the caller consented for this server, and a second user name only
// when the first was plainly rejected (other refusals would not change with another name).
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

export interface LoginPolicyInput {
  credentials: ProbeCredentials;
  capabilities: Capabilities;
  tls: TlsFacts | null;
  allowPlaintextAuth: boolean;
}

/** TLS with a certificate that proves who we talk to; anything less could hand the password to a MITM. */
export function channelProtectsPassword(tls: TlsFacts | null): boolean {
  return tls !== null && tls.trusted && tls.hostnameMatches;
}

export function loginUsernames(credentials: ProbeCredentials): string[] {
  return [...new Set(credentials.usernames.filter((name) => name.length > 0))].slice(0, MAX_LOGIN_ATTEMPTS);
}

function report(attempts: AuthAttempt[]): AuthReport {
  const success = attempts.find((attempt) => attempt.outcome === 'ok');
  const last = attempts[attempts.length - 1];
  return {
    outcome: success ? 'ok' : (last?.outcome ?? 'no-mechanism'),
    username: success?.username ?? null,
    attempts,
  };
}

export async function runLoginTest(
  driver: ProtocolDriver,
  connection: MailConnection,
  input: LoginPolicyInput,
): Promise<AuthReport> {
  if (!channelProtectsPassword(input.tls) && !input.allowPlaintextAuth) {
    return { outcome: 'refused-plaintext', username: null, attempts: [] };
  }
  const attempts: AuthAttempt[] = [];
  for (const username of loginUsernames(input.credentials)) {
    try {
      const attempt = await driver.login(connection, {
        username,
        password: input.credentials.password,
        capabilities: input.capabilities,
        encrypted: input.tls !== null,
      });
      attempts.push(attempt);
      if (attempt.outcome !== 'failed') break;
    } catch (error) {
      if (error instanceof ProbeFailure && error.outcome === 'cancelled') throw error;
      // A reset or timeout mid-login: record it; the probe result itself stays about connectivity.
      const reply = error instanceof ProbeFailure ? error.code : null;
      attempts.push({ username, mechanism: 'UNKNOWN', outcome: 'error', reply });
      break;
    }
    if (connection.isClosed) break;
  }
  return report(attempts);
}
