// security.md bar points 1–7: STARTTLS response injection, stripping, tampering, PREAUTH, cleartext
// credentials, pre-TLS text, referrals.
import { describe, expect, it } from 'vitest';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startScriptedSmtp, type ScriptedSmtpOptions } from '../helpers/mail-servers/scripted-smtp.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const PASSWORD = 'never-Leak-This-9';
const credentials = withLogin(['dave@example.test'], PASSWORD);
const world = useProbeTestWorld();
const scripted = (options: Omit<ScriptedSmtpOptions, 'cert'>) =>
  world.track(startScriptedSmtp({ cert: world.certs.good, ...options }));

/** IMAP and POP3 servers whose answer to STARTTLS/STLS is scripted; `{tag}` is the IMAP tag. */
const withStarttlsReply = {
  imap: (reply: string) => startImapServer({ cert: world.certs.good, starttlsReply: reply }),
  pop3: (reply: string) => startPop3Server({ cert: world.certs.good, stlsReply: reply }),
};

describe('STARTTLS response injection (bar 1)', () => {
  it.each([
    ['whole lines', '220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n'],
    ['a fragment without CRLF', '220 Ready to start TLS\r\n250-inj'],
  ])('SMTP: aborts on %s after the go-ahead', async (_name, reply) => {
    const server = await scripted({ starttlsReply: reply, ehloAfterTls: ['AUTH XOAUTH2'] });
    const { result } = await world.probe('smtp', server, 'starttls', credentials);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_INJECTION');
    expect(result.failedPhase).toBe('starttls');
    expect(result.tls).toBeNull();
    expect(result.capabilities?.authMechanisms ?? []).not.toContain('LOGIN');
    expect(result.auth).toBeNull();
    expect(server.allReceived()).not.toContain(PASSWORD);
  });
});

describe('capabilities after TLS (bar 2) and tampering', () => {
  it('takes AUTH mechanisms only from the post-TLS EHLO', async () => {
    const server = await scripted({
      ehloBeforeTls: ['STARTTLS', 'AUTH PLAIN LOGIN CRAM-MD5', 'SIZE 1'],
      ehloAfterTls: ['AUTH XOAUTH2', 'SIZE 2000'],
    });
    const { result } = await world.probe('smtp', server, 'starttls');
    expect(result.outcome).toBe('ok');
    expect(result.capabilities?.authMechanisms).toEqual(['XOAUTH2']);
    expect(result.capabilities?.size).toBe(2000);
    expect(server.allReceived().match(/EHLO/g)).toHaveLength(2);
  });

  it('flags STARTTLS replaced by XXXXXXXA as tampered and unavailable', async () => {
    const server = await scripted({ ehloBeforeTls: ['XXXXXXXA', 'AUTH PLAIN'] });
    const { result } = await world.probe('smtp', server, 'starttls', credentials);
    expect(result.errorCode).toBe('STARTTLS_UNAVAILABLE');
    expect(result.capabilities?.tampered).toBe(true);
    expect(result.capabilities?.starttls).toBe(false);
    expect(server.allReceived()).not.toContain('AUTH');
  });

  it('uses a neutral EHLO name', async () => {
    const server = await scripted({});
    await world.probe('smtp', server, 'starttls');
    expect(server.allReceived()).toContain('EHLO [127.0.0.1]\r\n');
  });

  it('ignores an EHLO name that would inject a command', async () => {
    const server = await scripted({});
    await world.probe('smtp', server, 'starttls', { clientName: 'x\r\nRCPT TO:<victim@example.test>' });
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
    const { result } = await world.probe('smtp', server, 'starttls', credentials);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('STARTTLS_REFUSED');
    expect(result.replyCode).toBe(code);
    expect(result.tls).toBeNull();
    expect(result.auth).toBeNull();
    expect(server.allReceived()).not.toMatch(/AUTH|PASS/);
  });
});

describe('IMAP and POP3 STARTTLS injection (bar 1) and refusal (bar 3)', () => {
  it.each([
    ['imap', '{tag} OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n', 'STARTTLS_INJECTION'],
    ['pop3', '+OK Begin TLS\r\n+OK injected', 'STARTTLS_INJECTION'],
    ['imap', '{tag} NO TLS unavailable\r\n', 'STARTTLS_REFUSED'],
    ['pop3', '-ERR not now\r\n', 'STARTTLS_REFUSED'],
  ] as const)('%s answering %j: %s, no login follows', async (protocol, reply, errorCode) => {
    const server = await world.track(withStarttlsReply[protocol](reply));
    const { result } = await world.probe(protocol, server, 'starttls', credentials);
    expect(result.errorCode).toBe(errorCode);
    expect(server.loginAttempts).toBe(0);
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
    const { result, events } = await world.probe('smtp', server, 'starttls');
    const serialized = JSON.stringify({ result, events });
    expect(serialized).not.toContain('evil');
    expect(serialized).not.toContain('ALERT');
  });

  it('does not follow IMAP referrals', async () => {
    const server = await world.track(
      startImapServer({
        cert: world.certs.good,
        implicitTls: true,
        users: {},
        failureCode: 'REFERRAL imap://user@evil.example/',
      }),
    );
    const { result } = await world.probe('imap', server, 'tls', credentials);
    expect(result.auth?.outcome).toBe('failed');
    expect(JSON.stringify(result)).not.toContain('evil');
  });
});
