// security.md bar 15: the password never appears in results, events, errors or logs, whatever the
// server does, including echoing our own commands back in its replies.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProbeScheduler } from '../../electron/probe/index.js';
import type { ProbeRequest } from '../../electron/shared/probe-types.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { serveLines } from '../helpers/mail-servers/line-channel.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startScriptedSmtp } from '../helpers/mail-servers/scripted-smtp.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { startTcpServer } from '../helpers/mail-servers/tcp-server.js';
import { FAST_LIMITS, loopbackResolver, probeLocal, useProbeTestWorld, withLogin } from './fixtures.js';

const PASSWORD = 'Zq7-unique-SECRET-pw';
const forms = [
  PASSWORD,
  Buffer.from(PASSWORD).toString('base64'),
  Buffer.from(`\0u@example.test\0${PASSWORD}`).toString('base64'),
  JSON.stringify(PASSWORD).slice(1, -1),
];
const world = useProbeTestWorld();
const logged: string[] = [];
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

function echoServer(tlsPrefix: string) {
  // Answers every command with an error that quotes the command, and the greeting for SMTP.
  return world.track(
    startTcpServer({
      tls: world.certs.good,
      onConnection: (socket, session) => {
        const channel = serveLines(socket, session, (line, ch) => ch.write(`${tlsPrefix}${line}\r\n`), true);
        channel.write('220 echo ESMTP\r\n');
      },
    }),
  );
}

describe('the password never leaks', () => {
  it('through results, events and logs across protocols and failure modes', async () => {
    const cert = world.certs.good;
    const smtp = await world.track(startSmtpServer({ cert, users: { 'u@example.test': PASSWORD } }));
    const smtpWrong = await world.track(startSmtpServer({ cert, implicitTls: true, users: {} }));
    const imap = await world.track(startImapServer({ cert, users: { 'u@example.test': 'other' } }));
    const pop3 = await world.track(startPop3Server({ cert, implicitTls: true, users: {} }));
    const pop3HangsUp = await world.track(
      startPop3Server({ cert, implicitTls: true, users: {}, closeAfterFailedLogin: true }),
    );
    const injection = await world.track(
      startScriptedSmtp({ cert, starttlsReply: '220 go\r\n250 AUTH PLAIN\r\n' }),
    );
    const hangsAtAuth = await world.track(startScriptedSmtp({ cert, implicitTls: true, authReply: '' }));
    const echo = await echoServer('250-');

    const { credentials } = withLogin(['u@example.test', 'u'], PASSWORD);
    const requests: Omit<ProbeRequest, 'host'>[] = [
      { protocol: 'smtp', port: smtp.port, security: 'starttls', credentials },
      { protocol: 'smtp', port: smtp.port, security: 'none', credentials, allowPlaintextAuth: true },
      { protocol: 'smtp', port: smtpWrong.port, security: 'tls', credentials },
      { protocol: 'imap', port: imap.port, security: 'starttls', credentials },
      { protocol: 'imap', port: imap.port, security: 'none', credentials, allowPlaintextAuth: true },
      { protocol: 'pop3', port: pop3.port, security: 'tls', credentials },
      { protocol: 'pop3', port: pop3HangsUp.port, security: 'tls', credentials },
      { protocol: 'smtp', port: injection.port, security: 'starttls', credentials },
      { protocol: 'smtp', port: hangsAtAuth.port, security: 'tls', credentials },
      { protocol: 'smtp', port: echo.port, security: 'tls', credentials },
    ];
    for (const request of requests) {
      const { result, events } = await probeLocal(world.certs, request, {
        limits: { ...FAST_LIMITS, commandTimeoutMs: 400, quitTimeoutMs: 200 },
      });
      assertNoSecret(result);
      assertNoSecret(events);
      assertNoSecret(String(result));
    }
    assertNoSecret(logged);
  });

  it('through the scheduler, including cancelled runs', async () => {
    const smtp = await world.track(startSmtpServer({ cert: world.certs.good, implicitTls: true, users: {} }));
    const scheduler = createProbeScheduler({
      perHostLimit: 1,
      defaults: { resolve: loopbackResolver, trustedCa: [world.certs.ca.certPem], limits: FAST_LIMITS },
    });
    const request: ProbeRequest = {
      protocol: 'smtp',
      host: 'mail.test',
      port: smtp.port,
      security: 'tls',
      ...withLogin(['a'], PASSWORD),
    };
    const runs = [scheduler.run(request), scheduler.run(request)];
    scheduler.cancelAll();
    for (const result of await Promise.all(runs)) assertNoSecret(result);
    assertNoSecret(logged);
  });
});
