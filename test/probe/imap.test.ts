import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImapServer, type ImapServerOptions } from '../helpers/mail-servers/imap-server.js';
import type { RunningServer } from '../helpers/mail-servers/tcp-server.js';
import { createCertSet, probeLocal, type CertSet } from './fixtures.js';

const PASSWORD = 'imap-Secret-42';
const USER = 'bob@example.test';
let certs: CertSet;
const servers: RunningServer[] = [];

async function imap(options: ImapServerOptions) {
  const server = await startImapServer({ users: { [USER]: PASSWORD, bob: 'local' }, ...options });
  servers.push(server);
  return server;
}

beforeAll(() => {
  certs = createCertSet();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  certs.ca.cleanup();
});

describe('IMAP probe', () => {
  it('upgrades with STARTTLS, re-reads capabilities after TLS and logs in', async () => {
    const server = await imap({ cert: certs.good });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'starttls',
      credentials: { usernames: [USER], password: PASSWORD },
    });
    expect(result.outcome).toBe('ok');
    expect(result.tls?.trusted).toBe(true);
    // Before TLS the server said LOGINDISABLED; after TLS it offers AUTH=PLAIN: only the latter counts.
    expect(result.capabilities?.loginDisabled).toBe(false);
    expect(result.capabilities?.authMechanisms).toEqual(['PLAIN']);
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.auth?.attempts).toEqual([
      { username: USER, mechanism: 'AUTHENTICATE PLAIN', outcome: 'ok', reply: 'OK' },
    ]);
    expect(server.allReceived()).toContain('LOGOUT');
  });

  it('connects with implicit TLS and uses LOGIN when AUTH=PLAIN is absent', async () => {
    const server = await imap({ cert: certs.good, implicitTls: true, capabilities: () => ['IMAP4rev1'] });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'tls',
      credentials: { usernames: [USER], password: PASSWORD },
    });
    expect(result.outcome).toBe('ok');
    expect(result.auth?.attempts[0]).toMatchObject({ mechanism: 'LOGIN', outcome: 'ok' });
  });

  it('classifies NO [AUTHENTICATIONFAILED] and tries the local part once', async () => {
    const server = await imap({ cert: certs.good, implicitTls: true });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'tls',
      credentials: { usernames: [USER, 'bob', 'third'], password: 'wrong' },
    });
    expect(result.auth?.outcome).toBe('failed');
    expect(result.auth?.attempts.map((attempt) => attempt.reply)).toEqual([
      'NO [AUTHENTICATIONFAILED]',
      'NO [AUTHENTICATIONFAILED]',
    ]);
    expect(server.loginAttempts).toBe(2);
  });

  it('reports NO [UNAVAILABLE] as a temporary failure without a second attempt', async () => {
    const server = await imap({ cert: certs.good, implicitTls: true, failureCode: 'UNAVAILABLE' });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'tls',
      credentials: { usernames: [USER, 'bob'], password: 'wrong' },
    });
    expect(result.auth?.outcome).toBe('temporary-failure');
    expect(server.loginAttempts).toBe(1);
  });

  it('reports PREAUTH over cleartext as insecure and does not pretend STARTTLS worked', async () => {
    const server = await imap({ cert: certs.good, preauth: true });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'starttls',
      credentials: { usernames: [USER], password: PASSWORD },
    });
    expect(result.preauth).toBe(true);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_UNAVAILABLE');
    expect(server.loginAttempts).toBe(0);
    expect(server.allReceived()).not.toContain(PASSWORD);
  });

  it('reports PREAUTH on a cleartext probe (security none)', async () => {
    const server = await imap({ preauth: true });
    const { result } = await probeLocal(null, { protocol: 'imap', port: server.port, security: 'none' });
    expect(result.outcome).toBe('ok');
    expect(result.preauth).toBe(true);
  });

  it('sees LOGINDISABLED over cleartext and never sends LOGIN there', async () => {
    const server = await imap({ cert: certs.good });
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'none',
      allowPlaintextAuth: true,
      credentials: { usernames: [USER], password: PASSWORD },
    });
    expect(result.capabilities?.loginDisabled).toBe(true);
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.auth?.outcome).toBe('no-mechanism');
    expect(server.allReceived()).not.toContain(PASSWORD);
  });

  it('rejects a BYE greeting', async () => {
    const server = await imap({ greeting: '* BYE Too many connections\r\n' });
    const { result } = await probeLocal(null, { protocol: 'imap', port: server.port, security: 'none' });
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('GREETING_REJECTED');
    expect(result.greeted).toBe(false);
  });
});
