import { describe, expect, it, vi } from 'vitest';
import { startLineServer } from '../helpers/mail-servers/line-channel.js';
import { startPop3Server, type Pop3ServerOptions } from '../helpers/mail-servers/pop3-server.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const PASSWORD = 'pop-Secret-77';
const USER = 'carol@example.test';
const world = useProbeTestWorld();
const pop3 = (options: Pop3ServerOptions) =>
  world.track(startPop3Server({ users: { [USER]: PASSWORD, carol: 'local' }, ...options }));

describe('POP3 probe', () => {
  it('upgrades with STLS, re-reads CAPA and logs in with USER/PASS', async () => {
    const server = await pop3({ cert: world.certs.good });
    const { result } = await world.probe('pop3', server, 'starttls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.capabilities?.names).toContain('USER');
    expect(result.capabilities?.authMechanisms).toEqual(['PLAIN']);
    expect(result.capabilities?.pipelining).toBe(true);
    expect(result.auth?.attempts).toEqual([
      { username: USER, mechanism: 'USER', outcome: 'ok', reply: '+OK' },
    ]);
    // The goodbye is sent before the result and answered in the background.
    await vi.waitFor(() => expect(server.allReceived()).toContain('QUIT'));
  });

  it('connects with implicit TLS (995-style)', async () => {
    const server = await pop3({ cert: world.certs.good, implicitTls: true });
    const { result } = await world.probe('pop3', server, 'tls');
    expect(result.outcome).toBe('ok');
    expect(result.tls?.hostnameMatches).toBe(true);
  });

  it('treats a server without CAPA as an old server that still takes USER/PASS', async () => {
    const server = await pop3({ cert: world.certs.good, implicitTls: true, noCapa: true });
    const { result } = await world.probe('pop3', server, 'tls', withLogin(['carol'], 'local'));
    expect(result.capabilities?.names).toEqual([]);
    expect(result.capabilities?.loginDisabled).toBe(false);
    expect(result.auth?.outcome).toBe('ok');
  });

  describe('a server that hangs up after a failed login', () => {
    const rejected = { username: USER, mechanism: 'USER', outcome: 'failed', reply: '-ERR' };
    const localPartAccepted = {
      outcome: 'ok',
      username: 'carol',
      attempts: [rejected, { ...rejected, username: 'carol', outcome: 'ok', reply: '+OK' }],
    };
    const bothRejected = {
      outcome: 'failed',
      username: null,
      attempts: [rejected, { ...rejected, username: 'carol' }],
    };
    it.each([
      ['tls', 'local', localPartAccepted],
      ['starttls', 'local', localPartAccepted],
      ['tls', 'nope', bothRejected],
    ] as const)(
      'gets the second name on a new %s connection (password %s), two attempts in all',
      async (security, password, auth) => {
        const server = await pop3({
          cert: world.certs.good,
          implicitTls: security === 'tls',
          closeAfterFailedLogin: true,
        });
        const { result } = await world.probe(
          'pop3',
          server,
          security,
          withLogin([USER, 'carol', 'third'], password),
        );
        expect(result.outcome).toBe('ok');
        expect(result.auth).toEqual(auth);
        expect(server.loginAttempts).toBe(2);
        expect(server.sessions).toHaveLength(2);
        // The second session is protected like the first: STLS again before any password.
        expect(server.sessions[1]?.received).toMatch(
          security === 'starttls' ? /^CAPA\r\nSTLS\r\n/ : /^CAPA\r\nUSER /,
        );
      },
    );

    it('keeps the first failure when the reconnect is turned away', async () => {
      let connections = 0;
      const server = await world.track(
        startLineServer({
          newSession: () => null,
          greeting: () => (++connections === 1 ? '+OK ready\r\n' : '-ERR [IN-USE] busy\r\n'),
          onLine: (line, { channel }) => {
            if (line === 'CAPA') channel.write('+OK\r\nUSER\r\n.\r\n');
            else if (line.startsWith('USER ')) channel.write('+OK\r\n');
            else channel.end('-ERR [AUTH] no\r\n');
          },
        }),
      );
      const { result } = await world.probe('pop3', server, 'none', {
        allowPlaintextAuth: true,
        ...withLogin([USER, 'carol'], PASSWORD),
      });
      expect(result.outcome).toBe('ok');
      expect(result.auth).toEqual({
        outcome: 'failed',
        username: null,
        attempts: [{ username: USER, mechanism: 'USER', outcome: 'failed', reply: '-ERR [AUTH]' }],
      });
      expect(server.sessions).toHaveLength(2);
    });
  });

  it('reports a -ERR greeting as rejected', async () => {
    const server = await pop3({ greeting: '-ERR [SYS/TEMP] maintenance\r\n' });
    const { result } = await world.probe('pop3', server, 'none');
    expect(result.errorCode).toBe('GREETING_REJECTED');
  });
});
