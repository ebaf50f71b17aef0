// The reconnect rule of the login policy, without sockets: which hang-ups earn a new session for the
// second user name, and that there are never more than two attempts. (The socket-level behaviour is
// in pop3.test.ts; this pins down the race where our command is written before the close is seen.)
import { describe, expect, it } from 'vitest';
import type { MailConnection } from '../../electron/probe/connection.js';
import { ProbeFailure } from '../../electron/probe/failure.js';
import { runLoginTest, type LoginSession } from '../../electron/probe/login.js';
import type { ProtocolDriver } from '../../electron/probe/protocol.js';
import type { AuthAttempt, Capabilities } from '../../electron/shared/probe-types.js';

const trusted = { trusted: true, hostnameMatches: true } as LoginSession['tls'];
const capabilities = {} as Capabilities;

/** The two things the policy reads from a connection. */
interface SessionState {
  isClosed: boolean;
  receivedBytes: number;
}

function fakeSession(state: SessionState): LoginSession {
  return { connection: state as unknown as MailConnection, capabilities, tls: trusted };
}

type Answer = (username: string) => AuthAttempt | ProbeFailure;

/** Runs the policy with a driver answering from `script` (one entry per login call; a failure throws). */
async function runScripted(first: SessionState, script: Answer[], reopened: LoginSession | null) {
  const calls: string[] = [];
  const driver = {
    login: async (_connection: MailConnection, { username }: { username: string }) => {
      calls.push(username);
      const answer = script[calls.length - 1]!(username);
      if (answer instanceof ProbeFailure) throw answer;
      return answer;
    },
  } as unknown as ProtocolDriver;
  let reopens = 0;
  const report = await runLoginTest(driver, fakeSession(first), {
    credentials: { usernames: ['a@example.test', 'a', 'third'], password: 'x' },
    allowPlaintextAuth: false,
    reopen: async () => {
      reopens += 1;
      return reopened;
    },
  });
  return { report, calls, reopens };
}

const rejected = (username: string): AuthAttempt => ({
  username,
  mechanism: 'USER',
  outcome: 'failed',
  reply: '-ERR',
});
const accepted = (username: string): AuthAttempt => ({
  username,
  mechanism: 'USER',
  outcome: 'ok',
  reply: '+OK',
});
const closed = () => new ProbeFailure('protocol-error', 'CONNECTION_CLOSED');

describe('login policy reconnect', () => {
  it('retries the second name once on a new session when our write met an unseen close', async () => {
    const fresh = fakeSession({ isClosed: false, receivedBytes: 0 });
    const { report, calls, reopens } = await runScripted(
      { isClosed: false, receivedBytes: 10 },
      [rejected, closed, accepted],
      fresh,
    );
    expect(calls).toEqual(['a@example.test', 'a', 'a']);
    expect(reopens).toBe(1);
    expect(report.attempts).toEqual([rejected('a@example.test'), accepted('a')]);
  });

  it('does not retry when the server had started answering before it closed', async () => {
    const first = { isClosed: false, receivedBytes: 10 };
    const answeredThenClosed = () => {
      first.receivedBytes += 5; // e.g. +OK to USER, then a close after PASS
      return closed();
    };
    const { report, calls, reopens } = await runScripted(first, [rejected, answeredThenClosed], null);
    expect(calls).toEqual(['a@example.test', 'a']);
    expect(reopens).toBe(0);
    expect(report.attempts[1]).toEqual({
      username: 'a',
      mechanism: 'UNKNOWN',
      outcome: 'error',
      reply: 'CONNECTION_CLOSED',
    });
  });

  it('sends no password over a reconnect whose certificate does not verify', async () => {
    const cleartext = { ...fakeSession({ isClosed: false, receivedBytes: 0 }), tls: null };
    const { report, calls, reopens } = await runScripted(
      { isClosed: true, receivedBytes: 0 },
      [rejected, accepted],
      cleartext,
    );
    // The closed first session is noticed before the second name; the reopened one is cleartext.
    expect(calls).toEqual(['a@example.test']);
    expect(reopens).toBe(1);
    expect(report).toEqual({ outcome: 'failed', username: null, attempts: [rejected('a@example.test')] });
  });
});
