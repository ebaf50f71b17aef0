import { describe, expect, it } from 'vitest';
import { startSmtpServer, type SmtpServerOptions } from '../helpers/mail-servers/smtp-server.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const PASSWORD = 'Pa55-w0rd!xyz';
const USER = 'alice@example.test';
const world = useProbeTestWorld();
const smtp = (options: SmtpServerOptions) =>
  world.track(startSmtpServer({ users: { [USER]: PASSWORD, alice: 'local-pass' }, ...options }));

describe('SMTP probe', () => {
  it('reads a plain port-25 style server without TLS', async () => {
    const server = await smtp({ authMethods: [] });
    const { result, events } = await world.probe('smtp', server, 'none');
    expect(result.outcome).toBe('ok');
    expect(result.greeted).toBe(true);
    expect(result.address).toBe('127.0.0.1');
    expect(result.family).toBe(4);
    expect(result.tls).toBeNull();
    expect(result.capabilities?.starttls).toBe(false);
    expect(result.capabilities?.size).toBe(10 * 1024 * 1024);
    expect(result.capabilities?.pipelining).toBe(true);
    expect(result.ms.total).toBeGreaterThan(0);
    expect(result.ms.greeting).toBeDefined();
    expect(events[0]?.type).toBe('probe-start');
    expect(events.at(-1)?.type).toBe('probe-done');
    expect(events.filter((event) => event.type === 'probe-phase').map((event) => event.phase)).toEqual([
      'dns',
      'connect',
      'greeting',
      'capabilities',
      'quit',
    ]);
  });

  it('upgrades with STARTTLS on a 587-style server and logs in only after TLS', async () => {
    const server = await smtp({ cert: world.certs.good });
    const { result } = await world.probe('smtp', server, 'starttls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.tls).toMatchObject({
      trusted: true,
      hostnameMatches: true,
      expired: false,
      trustError: null,
    });
    expect(result.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(result.tls?.chain[0]?.subjectAltNames).toContain('mail.test');
    expect(result.tls?.chain[0]?.issuerCN).toBe('MailWiz Test CA');
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.capabilities?.authMechanisms).toEqual(['PLAIN', 'LOGIN', 'CRAM-MD5']);
    expect(result.auth).toEqual({
      outcome: 'ok',
      username: USER,
      attempts: [{ username: USER, mechanism: 'PLAIN', outcome: 'ok', reply: '235' }],
    });
  });

  it('connects with implicit TLS on a 465-style server', async () => {
    const server = await smtp({ cert: world.certs.good, implicitTls: true });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.tls?.trusted).toBe(true);
    expect(result.auth?.outcome).toBe('ok');
    expect(result.ms.tls).toBeGreaterThan(0);
  });

  it.each(['LOGIN', 'CRAM-MD5'])('logs in with AUTH %s', async (mechanism) => {
    const server = await smtp({ cert: world.certs.good, implicitTls: true, authMethods: [mechanism] });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([USER], PASSWORD));
    expect(result.auth?.attempts).toEqual([{ username: USER, mechanism, outcome: 'ok', reply: '235' }]);
  });

  it('falls back to the local part after a 535, and stops at two attempts', async () => {
    const server = await smtp({ cert: world.certs.good, implicitTls: true });
    const { result } = await world.probe(
      'smtp',
      server,
      'tls',
      withLogin([USER, 'alice', 'third'], 'local-pass'),
    );
    expect(result.auth?.outcome).toBe('ok');
    expect(result.auth?.username).toBe('alice');
    expect(
      result.auth?.attempts.map((attempt) => [attempt.username, attempt.outcome, attempt.reply]),
    ).toEqual([
      [USER, 'failed', '535'],
      ['alice', 'ok', '235'],
    ]);
    expect(server.authAttempts).toBe(2);
  });

  it('never makes more than two attempts with a wrong password', async () => {
    const server = await smtp({ cert: world.certs.good, implicitTls: true });
    const { result } = await world.probe(
      'smtp',
      server,
      'tls',
      withLogin(['a@x.test', 'b', 'c', 'd'], 'wrong'),
    );
    expect(result.auth?.outcome).toBe('failed');
    expect(result.auth?.attempts).toHaveLength(2);
    expect(server.authAttempts).toBe(2);
  });

  it('classifies Microsoft 550 5.7.30 as basic auth disabled, without a second attempt', async () => {
    const server = await smtp({
      cert: world.certs.good,
      implicitTls: true,
      authFailure: {
        code: 550,
        message: '5.7.30 Basic authentication is not supported for Client Submission.',
      },
    });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([USER, 'alice'], 'x'));
    expect(result.auth?.outcome).toBe('basic-auth-disabled');
    expect(result.auth?.attempts).toEqual([
      { username: USER, mechanism: 'PLAIN', outcome: 'basic-auth-disabled', reply: '550 5.7.30' },
    ]);
  });

  it('refuses to send credentials over cleartext without consent', async () => {
    const server = await smtp({ allowInsecureAuth: true });
    const { result } = await world.probe('smtp', server, 'none', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.auth).toEqual({ outcome: 'refused-plaintext', username: null, attempts: [] });
    expect(server.authAttempts).toBe(0);
  });

  it('with explicit consent, logs in over cleartext preferring CRAM-MD5', async () => {
    const server = await smtp({ allowInsecureAuth: true });
    const { result } = await world.probe('smtp', server, 'none', {
      allowPlaintextAuth: true,
      ...withLogin([USER], PASSWORD),
    });
    expect(result.auth?.outcome).toBe('ok');
    expect(result.auth?.attempts[0]?.mechanism).toBe('CRAM-MD5');
  });

  it('reports 538 when the server wants TLS first (consent given, STARTTLS not used)', async () => {
    const server = await smtp({ cert: world.certs.good });
    const { result } = await world.probe('smtp', server, 'none', {
      allowPlaintextAuth: true,
      ...withLogin([USER, 'alice'], PASSWORD),
    });
    expect(result.auth?.outcome).toBe('encryption-required');
    expect(result.auth?.attempts).toHaveLength(1);
  });

  it('reports a missing STARTTLS as STARTTLS_UNAVAILABLE and sends no credentials', async () => {
    const server = await smtp({ allowInsecureAuth: true });
    const { result } = await world.probe('smtp', server, 'starttls', withLogin([USER], PASSWORD));
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_UNAVAILABLE');
    expect(result.failedPhase).toBe('capabilities');
    expect(result.auth).toBeNull();
    expect(server.authAttempts).toBe(0);
  });
});
