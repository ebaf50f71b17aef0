// Once both directions are settled, a probe whose answer could not change the result is not waited
// for. With a password only paths whose own login worked become alternatives, so a STARTTLS probe that
// carries no login (587 here, whose server greets and then sits on EHLO) is stopped as not-needed with
// the unanswered ones. Without a password it could still become an alternative: it runs to its end.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';
import { closedLoopbackPort, isolatedConfig, listening, type Closable } from './isolated-config.js';

const EMAIL = 'aki@settle.test';
const PASSWORD = 'settle-pass-4';
/** How long the 587 server sits on EHLO before it answers (then it offers no STARTTLS). */
const EHLO_STALL_MS = 2_500;

describe('probes that could not change the result', () => {
  let ca: TestCa;
  let config: DiagnosisConfig;
  const closables: Closable[] = [];
  let ehloSeen = 0;

  beforeAll(async () => {
    ca = createTestCa();
    const issued = ca.issue({ dnsNames: ['mail.settle.test'] });
    const cert = { key: issued.keyPem, cert: issued.chainPem };
    const dns = await startDnsServer({
      zone: {
        'settle.test': { MX: [{ priority: 10, exchange: 'mail.settle.test' }] },
        'mail.settle.test': { A: ['127.0.0.1'] },
      },
    });
    const users = { [EMAIL]: PASSWORD };
    const smtp = await startSmtpServer({ cert, implicitTls: true, users });
    const imap = await startImapServer({ cert, implicitTls: true, users });
    // Greets at once (the probe is answered), then holds every EHLO back.
    const stalling = net.createServer((socket) => {
      socket.write('220 mail.settle.test ESMTP\r\n');
      socket.on('data', () => {
        ehloSeen += 1;
        setTimeout(() => socket.writable && socket.write('250 mail.settle.test\r\n'), EHLO_STALL_MS);
      });
      socket.on('error', () => undefined);
    });
    const stallingPort = await listening(stalling);
    closables.push(dns, smtp, imap, {
      close: () => new Promise<void>((done) => stalling.close(() => done())),
    });
    config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: { '*:465': smtp.port, '*:993': imap.port, '*:587': stallingPort },
      otherPorts: [25, 143, 995, 110],
      httpMs: 1_000,
    });
  });
  afterAll(async () => {
    await Promise.allSettled(closables.map((closable) => closable.close()));
    ca?.cleanup();
  });

  const submission = (result: Awaited<ReturnType<typeof diagnose>>) =>
    result.probes.find((probe) => probe.host === 'mail.settle.test' && probe.port === 587);

  it('with a password, stops the answered 587 probe that carries no login', async () => {
    const before = ehloSeen;
    const result = await diagnose(
      { email: EMAIL, password: PASSWORD, publicIpLookup: false, timeoutMs: 15_000 },
      { config },
    );
    expect(result.outgoing).toMatchObject({ port: 465, verified: true });
    expect(result.incoming).toMatchObject({ port: 993, verified: true });
    // The server did answer it (greeting, then our EHLO arrived), yet the run did not wait for it.
    expect(ehloSeen).toBeGreaterThan(before);
    expect(submission(result)).toMatchObject({ result: 'not-needed', errorCode: null });
  });

  it('without a password, lets it run to its end (it could still be an alternative)', async () => {
    const result = await diagnose({ email: EMAIL, publicIpLookup: false, timeoutMs: 15_000 }, { config });
    expect(result.outgoing).toMatchObject({ port: 465 });
    expect(submission(result)?.result).not.toBe('not-needed');
  });
});
