// security.md bar points 1–7: STARTTLS response injection, stripping, tampering, PREAUTH, cleartext
// credentials, pre-TLS text, referrals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startScriptedSmtp, type ScriptedSmtpOptions } from '../helpers/mail-servers/scripted-smtp.js';
import type { RunningServer } from '../helpers/mail-servers/tcp-server.js';
import { createCertSet, probeLocal, type CertSet } from './fixtures.js';

const PASSWORD = 'never-Leak-This-9';
const credentials = { usernames: ['dave@example.test'], password: PASSWORD };
let certs: CertSet;
const servers: RunningServer[] = [];

async function track<T extends RunningServer>(server: Promise<T>): Promise<T> {
  const running = await server;
  servers.push(running);
  return running;
}
const scripted = (options: Omit<ScriptedSmtpOptions, 'cert'>) =>
  track(startScriptedSmtp({ cert: certs.good, ...options }));

beforeAll(() => {
  certs = createCertSet();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  certs.ca.cleanup();
});

describe('STARTTLS response injection (bar 1)', () => {
  it.each([
    ['whole lines', '220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n'],
    ['a fragment without CRLF', '220 Ready to start TLS\r\n250-inj'],
  ])('SMTP: aborts on %s after the go-ahead', async (_name, reply) => {
    const server = await scripted({ starttlsReply: reply, ehloAfterTls: ['AUTH XOAUTH2'] });
    const { result } = await probeLocal(certs, {
      protocol: 'smtp',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_INJECTION');
    expect(result.failedPhase).toBe('starttls');
    expect(result.tls).toBeNull();
    expect(result.capabilities?.authMechanisms ?? []).not.toContain('LOGIN');
    expect(result.auth).toBeNull();
    expect(server.allReceived()).not.toContain(PASSWORD);
  });

  it('IMAP: aborts when untagged data follows the tagged OK to STARTTLS', async () => {
    const server = await track(
      startImapServer({
        cert: certs.good,
        starttlsReply: '{tag} OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n',
      }),
    );
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.errorCode).toBe('STARTTLS_INJECTION');
    expect(server.loginAttempts).toBe(0);
  });

  it('POP3: aborts when bytes follow +OK to STLS', async () => {
    const server = await track(
      startPop3Server({ cert: certs.good, stlsReply: '+OK Begin TLS\r\n+OK injected' }),
    );
    const { result } = await probeLocal(certs, {
      protocol: 'pop3',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.errorCode).toBe('STARTTLS_INJECTION');
  });
});

describe('capabilities after TLS (bar 2) and tampering', () => {
  it('takes AUTH mechanisms only from the post-TLS EHLO', async () => {
    const server = await scripted({
      ehloBeforeTls: ['STARTTLS', 'AUTH PLAIN LOGIN CRAM-MD5', 'SIZE 1'],
      ehloAfterTls: ['AUTH XOAUTH2', 'SIZE 2000'],
    });
    const { result } = await probeLocal(certs, { protocol: 'smtp', port: server.port, security: 'starttls' });
    expect(result.outcome).toBe('ok');
    expect(result.capabilities?.authMechanisms).toEqual(['XOAUTH2']);
    expect(result.capabilities?.size).toBe(2000);
    expect(server.allReceived().match(/EHLO/g)).toHaveLength(2);
  });

  it('flags STARTTLS replaced by XXXXXXXA as tampered and unavailable', async () => {
    const server = await scripted({ ehloBeforeTls: ['XXXXXXXA', 'AUTH PLAIN'] });
    const { result } = await probeLocal(certs, {
      protocol: 'smtp',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.errorCode).toBe('STARTTLS_UNAVAILABLE');
    expect(result.capabilities?.tampered).toBe(true);
    expect(result.capabilities?.starttls).toBe(false);
    expect(server.allReceived()).not.toContain('AUTH');
  });

  it('uses a neutral EHLO name', async () => {
    const server = await scripted({});
    await probeLocal(certs, { protocol: 'smtp', port: server.port, security: 'starttls' });
    expect(server.allReceived()).toContain('EHLO [127.0.0.1]\r\n');
  });

  it('ignores an EHLO name that would inject a command', async () => {
    const server = await scripted({});
    await probeLocal(certs, {
      protocol: 'smtp',
      port: server.port,
      security: 'starttls',
      clientName: 'x\r\nRCPT TO:<victim@example.test>',
    });
    expect(server.allReceived()).not.toContain('RCPT');
  });
});

describe('STARTTLS stripped or refused (bar 3, 5)', () => {
  it.each([
    ['454', '454 4.7.0 TLS not available\r\n', 454],
    ['502', '502 5.5.1 Not implemented\r\n', 502],
    ['garbage', 'HTTP/1.1 400 Bad Request\r\n', null],
  ])('SMTP %s to STARTTLS is "not secure" and no login follows', async (_name, reply, code) => {
    const server = await scripted({ starttlsReply: reply, upgradeOnStarttls: false });
    const { result } = await probeLocal(certs, {
      protocol: 'smtp',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_REFUSED');
    expect(result.replyCode).toBe(code);
    expect(result.tls).toBeNull();
    expect(result.auth).toBeNull();
    expect(server.allReceived()).not.toMatch(/AUTH|PASS/);
  });

  it('IMAP NO to STARTTLS is refused', async () => {
    const server = await track(
      startImapServer({ cert: certs.good, starttlsReply: '{tag} NO TLS unavailable\r\n' }),
    );
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.errorCode).toBe('STARTTLS_REFUSED');
    expect(server.loginAttempts).toBe(0);
  });

  it('POP3 -ERR to STLS is refused', async () => {
    const server = await track(startPop3Server({ cert: certs.good, stlsReply: '-ERR not now\r\n' }));
    const { result } = await probeLocal(certs, {
      protocol: 'pop3',
      port: server.port,
      security: 'starttls',
      credentials,
    });
    expect(result.errorCode).toBe('STARTTLS_REFUSED');
    expect(server.allReceived()).not.toContain(PASSWORD);
  });
});

describe('pre-TLS text and referrals (bar 6, 7)', () => {
  it('keeps no server prose in the result, only codes', async () => {
    const server = await scripted({
      greeting: '220-mx.test ALERT: your account is locked, visit http://evil.example\r\n220 ready\r\n',
      starttlsReply: '454 4.7.0 Go to http://evil.example to continue\r\n',
      upgradeOnStarttls: false,
    });
    const { result, events } = await probeLocal(certs, {
      protocol: 'smtp',
      port: server.port,
      security: 'starttls',
    });
    const serialized = JSON.stringify({ result, events });
    expect(serialized).not.toContain('evil');
    expect(serialized).not.toContain('ALERT');
  });

  it('does not follow IMAP referrals', async () => {
    const server = await track(
      startImapServer({
        cert: certs.good,
        implicitTls: true,
        users: {},
        failureCode: 'REFERRAL imap://user@evil.example/',
      }),
    );
    const { result } = await probeLocal(certs, {
      protocol: 'imap',
      port: server.port,
      security: 'tls',
      credentials,
    });
    expect(result.auth?.outcome).toBe('failed');
    expect(JSON.stringify(result)).not.toContain('evil');
  });
});
