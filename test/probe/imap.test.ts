import { describe, expect, it, vi } from 'vitest';
import { startImapServer, type ImapServerOptions } from '../helpers/mail-servers/imap-server.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const PASSWORD = 'imap-Secret-42';
const USER = 'bob@example.test';
const world = useProbeTestWorld();
const imap = (options: ImapServerOptions) =>
  world.track(startImapServer({ users: { [USER]: PASSWORD, bob: 'local' }, ...options }));

describe('IMAP probe', () => {
  it('upgrades with STARTTLS, re-reads capabilities after TLS and logs in', async () => {
    const server = await imap({ cert: world.certs.good });
    const { result } = await world.probe('imap', server, 'starttls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.tls?.trusted).toBe(true);
    // Before TLS the server said LOGINDISABLED; after TLS it offers AUTH=PLAIN: only the latter counts.
    expect(result.capabilities?.loginDisabled).toBe(false);
    expect(result.capabilities?.authMechanisms).toEqual(['PLAIN']);
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.auth?.attempts).toEqual([
      { username: USER, mechanism: 'AUTHENTICATE PLAIN', outcome: 'ok', reply: 'OK' },
    ]);
    // The goodbye is sent before the result and answered in the background.
    await vi.waitFor(() => expect(server.allReceived()).toContain('LOGOUT'));
  });

  it('connects with implicit TLS and uses LOGIN when AUTH=PLAIN is absent', async () => {
    const server = await imap({
      cert: world.certs.good,
      implicitTls: true,
      capabilities: () => ['IMAP4rev1'],
    });
    const { result } = await world.probe('imap', server, 'tls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.auth?.attempts[0]).toMatchObject({ mechanism: 'LOGIN', outcome: 'ok' });
  });

  it('reports PREAUTH over cleartext as insecure and does not pretend STARTTLS worked', async () => {
    const server = await imap({ cert: world.certs.good, preauth: true });
    const { result } = await world.probe('imap', server, 'starttls', withLogin([USER], PASSWORD));
    expect(result.preauth).toBe(true);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_UNAVAILABLE');
    expect(server.loginAttempts).toBe(0);
    expect(server.allReceived()).not.toContain(PASSWORD);
  });

  it('reports PREAUTH on a cleartext probe (security none)', async () => {
    const server = await imap({ preauth: true });
    const { result } = await world.probe('imap', server, 'none');
    expect(result.outcome).toBe('ok');
    expect(result.preauth).toBe(true);
  });

  it('sees LOGINDISABLED over cleartext and never sends LOGIN there', async () => {
    const server = await imap({ cert: world.certs.good });
    const { result } = await world.probe('imap', server, 'none', {
      allowPlaintextAuth: true,
      ...withLogin([USER], PASSWORD),
    });
    expect(result.capabilities?.loginDisabled).toBe(true);
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.auth?.outcome).toBe('no-mechanism');
    expect(server.allReceived()).not.toContain(PASSWORD);
  });

  it('rejects a BYE greeting', async () => {
    const server = await imap({ greeting: '* BYE Too many connections\r\n' });
    const { result } = await world.probe('imap', server, 'none');
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('GREETING_REJECTED');
    expect(result.greeted).toBe(false);
  });
});
