// How IMAP and POP3 login refusals are classified (RFC 5530, RFC 2449/3206), and that only a plain
// rejection earns the second user name.
import { describe, expect, it } from 'vitest';
import type { AuthOutcome } from '../../electron/shared/probe-types.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import type { ServerCert } from '../helpers/mail-servers/tcp-server.js';
import { useProbeTestWorld } from './fixtures.js';

const world = useProbeTestWorld();
const USERNAMES = ['erin@example.test', 'erin', 'third'];

const refusalReply = { imap: (code: string) => `NO [${code}]`, pop3: (code: string) => `-ERR [${code}]` };
const startRefusing = {
  imap: (cert: ServerCert, failureCode: string) => startImapServer({ cert, implicitTls: true, failureCode }),
  pop3: (cert: ServerCert, failureCode: string) => startPop3Server({ cert, implicitTls: true, failureCode }),
};

const cases: { protocol: 'imap' | 'pop3'; code: string; outcome: AuthOutcome; attempts: number }[] = [
  { protocol: 'imap', code: 'AUTHENTICATIONFAILED', outcome: 'failed', attempts: 2 },
  { protocol: 'imap', code: 'UNAVAILABLE', outcome: 'temporary-failure', attempts: 1 },
  { protocol: 'pop3', code: 'AUTH', outcome: 'failed', attempts: 2 },
  { protocol: 'pop3', code: 'SYS/TEMP', outcome: 'temporary-failure', attempts: 1 },
];

describe('login refusals', () => {
  it.each(cases)('$protocol [$code] is $outcome after $attempts attempt(s)', async (row) => {
    const { protocol, code, outcome, attempts } = row;
    const server = await world.track(startRefusing[protocol](world.certs.good, code));
    const { result } = await world.probe(protocol, server, 'tls', {
      credentials: { usernames: USERNAMES, password: 'wrong' },
    });
    expect(result.auth?.outcome).toBe(outcome);
    expect(result.auth?.attempts.map((attempt) => attempt.reply)).toEqual(
      Array(attempts).fill(refusalReply[protocol](code)),
    );
    expect(server.loginAttempts).toBe(attempts);
  });
});
