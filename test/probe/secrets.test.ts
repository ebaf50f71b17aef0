// security.md bar 15: the password never appears in results, events, errors or logs, whatever the
// server does, including echoing our own commands back in its replies.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProbeScheduler } from '../../electron/probe/index.js';
import type { ProbeRequest } from '../../electron/shared/probe-types.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { serveLines } from '../helpers/mail-servers/line-channel.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startScriptedSmtp } from '../helpers/mail-servers/scripted-smtp.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { startTcpServer } from '../helpers/mail-servers/tcp-server.js';
import { createCertSet, FAST_LIMITS, loopbackResolver, probeLocal, type CertSet } from './fixtures.js';

const PASSWORD = 'Zq7-unique-SECRET-pw';
const forms = [
  PASSWORD,
  Buffer.from(PASSWORD).toString('base64'),
  Buffer.from(`\0u@example.test\0${PASSWORD}`).toString('base64'),
  JSON.stringify(PASSWORD).slice(1, -1),
];
let certs: CertSet;
const closers: (() => Promise<void>)[] = [];
const logged: string[] = [];

beforeAll(() => {
  certs = createCertSet();
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  certs.ca.cleanup();
});
beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function assertNoSecret(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const form of forms) expect(text).not.toContain(form);
}

async function echoServer(tlsPrefix: string) {
  // Answers every command with an error that quotes the command, and the greeting for SMTP.
  const server = await startTcpServer({
    tls: certs.good,
    onConnection: (socket, session) => {
      const channel = serveLines(socket, session, (line, ch) => ch.write(`${tlsPrefix}${line}\r\n`), true);
      channel.write('220 echo ESMTP\r\n');
    },
  });
  closers.push(server.close);
  return server;
}

describe('the password never leaks', () => {
  it('through results, events and logs across protocols and failure modes', async () => {
    const smtp = await startSmtpServer({ cert: certs.good, users: { 'u@example.test': PASSWORD } });
    const smtpWrong = await startSmtpServer({ cert: certs.good, implicitTls: true, users: {} });
    const imap = await startImapServer({ cert: certs.good, users: { 'u@example.test': 'other' } });
    const pop3 = await startPop3Server({ cert: certs.good, implicitTls: true, users: {} });
    const injection = await startScriptedSmtp({
      cert: certs.good,
      starttlsReply: '220 go\r\n250 AUTH PLAIN\r\n',
    });
    const hangsAtAuth = await startScriptedSmtp({ cert: certs.good, implicitTls: true, authReply: '' });
    const echo = await echoServer('250-');
    closers.push(smtp.close, smtpWrong.close, imap.close, pop3.close, injection.close, hangsAtAuth.close);

    const credentials = { usernames: ['u@example.test', 'u'], password: PASSWORD };
    const requests: Omit<ProbeRequest, 'host'>[] = [
      { protocol: 'smtp', port: smtp.port, security: 'starttls', credentials },
      { protocol: 'smtp', port: smtp.port, security: 'none', credentials, allowPlaintextAuth: true },
      { protocol: 'smtp', port: smtpWrong.port, security: 'tls', credentials },
      { protocol: 'imap', port: imap.port, security: 'starttls', credentials },
      { protocol: 'imap', port: imap.port, security: 'none', credentials, allowPlaintextAuth: true },
      { protocol: 'pop3', port: pop3.port, security: 'tls', credentials },
      { protocol: 'smtp', port: injection.port, security: 'starttls', credentials },
      { protocol: 'smtp', port: hangsAtAuth.port, security: 'tls', credentials },
      { protocol: 'smtp', port: echo.port, security: 'tls', credentials },
    ];
    for (const request of requests) {
      const { result, events } = await probeLocal(certs, request, {
        limits: { ...FAST_LIMITS, commandTimeoutMs: 400, quitTimeoutMs: 200 },
      });
      assertNoSecret(result);
      assertNoSecret(events);
      assertNoSecret(String(result));
    }
    assertNoSecret(logged);
  });

  it('through the scheduler, including cancelled runs', async () => {
    const smtp = await startSmtpServer({ cert: certs.good, implicitTls: true, users: {} });
    closers.push(smtp.close);
    const scheduler = createProbeScheduler({
      perHostLimit: 1,
      defaults: { resolve: loopbackResolver, trustedCa: [certs.ca.certPem], limits: FAST_LIMITS },
    });
    const request: ProbeRequest = {
      protocol: 'smtp',
      host: 'mail.test',
      port: smtp.port,
      security: 'tls',
      credentials: { usernames: ['a'], password: PASSWORD },
    };
    const runs = [scheduler.run(request), scheduler.run(request)];
    scheduler.cancelAll();
    for (const result of await Promise.all(runs)) assertNoSecret(result);
    assertNoSecret(logged);
  });
});
