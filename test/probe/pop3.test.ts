import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPop3Server, type Pop3ServerOptions } from '../helpers/mail-servers/pop3-server.js';
import type { RunningServer } from '../helpers/mail-servers/tcp-server.js';
import { createCertSet, probeLocal, type CertSet } from './fixtures.js';

const PASSWORD = 'pop-Secret-77';
const USER = 'carol@example.test';
let certs: CertSet;
const servers: RunningServer[] = [];

async function pop3(options: Pop3ServerOptions) {
  const server = await startPop3Server({ users: { [USER]: PASSWORD, carol: 'local' }, ...options });
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

describe('POP3 probe', () => {
  it('upgrades with STLS, re-reads CAPA and logs in with USER/PASS', async () => {
    const server = await pop3({ cert: certs.good });
    const { result } = await probeLocal(certs, {
      protocol: 'pop3',
      port: server.port,
      security: 'starttls',
      credentials: { usernames: [USER], password: PASSWORD },
    });
    expect(result.outcome).toBe('ok');
    expect(result.capabilities?.starttls).toBe(true);
    expect(result.capabilities?.names).toContain('USER');
    expect(result.capabilities?.authMechanisms).toEqual(['PLAIN']);
    expect(result.capabilities?.pipelining).toBe(true);
    expect(result.auth?.attempts).toEqual([
      { username: USER, mechanism: 'USER', outcome: 'ok', reply: '+OK' },
    ]);
    expect(server.allReceived()).toContain('QUIT');
  });

  it('connects with implicit TLS (995-style)', async () => {
    const server = await pop3({ cert: certs.good, implicitTls: true });
    const { result } = await probeLocal(certs, { protocol: 'pop3', port: server.port, security: 'tls' });
    expect(result.outcome).toBe('ok');
    expect(result.tls?.hostnameMatches).toBe(true);
  });

  it('classifies -ERR [AUTH] as failed and -ERR [SYS/TEMP] as temporary', async () => {
    const failing = await pop3({ cert: certs.good, implicitTls: true, failureCode: 'AUTH' });
    const failed = await probeLocal(certs, {
      protocol: 'pop3',
      port: failing.port,
      security: 'tls',
      credentials: { usernames: [USER, 'carol'], password: 'nope' },
    });
    expect(failed.result.auth?.outcome).toBe('failed');
    expect(failed.result.auth?.attempts.map((attempt) => attempt.reply)).toEqual([
      '-ERR [AUTH]',
      '-ERR [AUTH]',
    ]);

    const busy = await pop3({ cert: certs.good, implicitTls: true, failureCode: 'SYS/TEMP' });
    const temporary = await probeLocal(certs, {
      protocol: 'pop3',
      port: busy.port,
      security: 'tls',
      credentials: { usernames: [USER, 'carol'], password: 'nope' },
    });
    expect(temporary.result.auth?.outcome).toBe('temporary-failure');
    expect(busy.loginAttempts).toBe(1);
  });

  it('treats a server without CAPA as an old server that still takes USER/PASS', async () => {
    const server = await pop3({ cert: certs.good, implicitTls: true, noCapa: true });
    const { result } = await probeLocal(certs, {
      protocol: 'pop3',
      port: server.port,
      security: 'tls',
      credentials: { usernames: ['carol'], password: 'local' },
    });
    expect(result.capabilities?.names).toEqual([]);
    expect(result.capabilities?.loginDisabled).toBe(false);
    expect(result.auth?.outcome).toBe('ok');
  });

  it('reports a -ERR greeting as rejected', async () => {
    const server = await pop3({ greeting: '-ERR [SYS/TEMP] maintenance\r\n' });
    const { result } = await probeLocal(null, { protocol: 'pop3', port: server.port, security: 'none' });
    expect(result.errorCode).toBe('GREETING_REJECTED');
  });
});
